import type { FieldPath, FormErrors } from './form-errors.js';

export type MentionType = 'users' | 'roles' | 'everyone';

export interface AllowedMentions {
  parse: MentionType[] | null;
  users: string[];
  roles: string[];
  repliedUser: boolean;
}

/** Validates `allowed_mentions` and returns it normalized; `parse` and an id list of the same kind exclude each other. */
export function validateAllowedMentions(errors: FormErrors, path: FieldPath, value: unknown): AllowedMentions | null {
  if (value === undefined || value === null) return null;
  const raw = value as { parse?: unknown; users?: unknown; roles?: unknown; replied_user?: unknown };
  const parse = Array.isArray(raw.parse) ? (raw.parse as unknown[]) : null;
  parse?.forEach((type, index) => {
    errors.choices([...path, 'parse', index], type, ['users', 'roles', 'everyone']);
  });
  const users = stringList(raw.users);
  const roles = stringList(raw.roles);
  errors.maxItems([...path, 'users'], users, 100);
  errors.maxItems([...path, 'roles'], roles, 100);
  for (const kind of ['users', 'roles'] as const) {
    const ids = kind === 'users' ? users : roles;
    if (parse?.includes(kind) && ids.length > 0) {
      errors.add(
        path,
        'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
        `parse:["${kind}"] and ${kind}: [${ids.join(', ')}] are mutually exclusive.`,
      );
    }
  }
  return {
    parse: parse ? parse.filter((type) => type === 'users' || type === 'roles' || type === 'everyone') : null,
    users,
    roles,
    repliedUser: raw.replied_user === true,
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
