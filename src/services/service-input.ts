/**
 * The edge of every service: input is checked with a zod schema, and the first problem becomes an
 * InvalidInputError naming the field (the command option a user typed into) and how to fix it.
 * Schema messages are catalog keys (`messageKey('mentor.errors.headlineTooLong')`); their text may use
 * `{{minimum}}`, `{{maximum}}`, `{{length}}` and `{{input}}`, filled from the problem zod found.
 * zod's own messages only show for malformed calls, as a generic "not valid".
 */
import { z } from 'zod';
import { ForbiddenError, InvalidInputError } from '../errors.js';
import { isMessageKey } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/message.js';
import { WEEKDAYS } from './availability.js';

/** Longest piece of the user's own input repeated in an error. */
const MAX_INPUT_SHOWN = 100;

export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  // reportInput: zod 4 leaves the offending value out of issues otherwise, and {{length}} / {{input}} need it.
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path[0];
  const known = issue !== undefined && isMessageKey(issue.message);
  throw new InvalidInputError(
    typeof field === 'string' ? field : 'input',
    known ? (issue.message as MessageKey) : 'common.errors.invalidValue',
    issue === undefined ? {} : issueParams(issue),
  );
}

function issueParams(issue: z.core.$ZodIssue): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  const { input } = issue as { input?: unknown };
  if ('minimum' in issue) params.minimum = Number(issue.minimum);
  if ('maximum' in issue) params.maximum = Number(issue.maximum);
  if (typeof input === 'string') {
    params.length = input.length;
    params.input = input.length > MAX_INPUT_SHOWN ? `${input.slice(0, MAX_INPUT_SHOWN - 1)}…` : input;
  } else if (Array.isArray(input)) {
    params.length = input.length;
  } else if (typeof input === 'number') {
    params.input = input;
  }
  return params;
}

/**
 * Weekly hours as typed into a command option ("mon 18:00-20:30, sat-sun 10-12") or as windows; the rules
 * are checked afterwards by availability.ts, which names the exact problem.
 */
export const availabilityInput = z.union([
  z.string(),
  z.array(
    z.object({
      day: z.enum(WEEKDAYS, { error: 'Days are mon, tue, wed, thu, fri, sat or sun.' }),
      start: z.string(),
      end: z.string(),
    }),
  ),
]);

/** Discord ids: a guild, a user, a role. */
export const discordId = z.string().regex(/^\d{1,20}$/u, 'This is not a Discord id.');

/** Who is acting, as the adapter established it from Discord; admin means "Manage Server" on this server. */
export interface Actor {
  userId: string;
  isAdmin: boolean;
  /** "Manage Roles" on this server: needed, besides admin, to choose roles the bot hands out. */
  canManageRoles?: boolean | undefined;
}

export const actorSchema = z.object({
  userId: discordId,
  isAdmin: z.boolean(),
  canManageRoles: z.boolean().optional(),
});

/** Admin-only actions check this in the service, so a button anyone can press is still guarded. */
export function requireAdmin(actor: Actor): void {
  if (!actor.isAdmin) throw new ForbiddenError('common.errors.adminsOnly');
}

/**
 * Choosing a role the bot gives to every mentor is handing that role out: it takes Manage Roles as well as
 * Manage Server, as it would in Discord's own settings.
 */
export function requireRoleManager(actor: Actor): void {
  if (!actor.isAdmin || actor.canManageRoles !== true) throw new ForbiddenError('common.errors.roleManagersOnly');
}
