import { RESTJSONErrorCodes } from 'discord.js';
import type { PowerfulPermission } from '../discord/assignable-role.js';
import type { RoleFailure, RoleReport } from '../discord/member-roles.js';
import type { Translator } from '../i18n/i18n.js';

/** Failure lines shown at most; each names a reason and the roles it hit. */
const MAX_LINES = 4;
/** Roles named in one line; the rest are counted. */
const MAX_ROLES_NAMED = 3;

type Cause = RoleFailure['cause'];

/** Why a role change did not happen, as a clause ("my highest role is not above it"). */
function reason(tr: Translator, cause: Cause): string {
  switch (cause.kind) {
    case 'deleted':
      return tr.t('standing.reasons.deleted');
    case 'everyone':
      return tr.t('standing.reasons.everyone');
    case 'integration':
      return tr.t('standing.reasons.integration');
    case 'powerful':
      return tr.t('standing.reasons.powerful', { permissions: permissionList(tr, cause.permissions) });
    case 'above-bot':
      return tr.t('standing.reasons.aboveBot');
    case 'bot-lacks-manage-roles':
      return tr.t('standing.reasons.botLacksManageRoles');
    case 'discord-refused':
      return cause.code === (RESTJSONErrorCodes.MissingPermissions as number)
        ? tr.t('standing.reasons.discordRefusedPermissions')
        : tr.t('standing.reasons.discordRefused', { code: cause.code });
    case 'discord-unavailable':
      return tr.t('standing.reasons.discordUnavailable');
  }
}

/** What an admin does about it. */
function fix(tr: Translator, cause: Cause): string {
  switch (cause.kind) {
    case 'deleted':
      return tr.t('standing.fixes.pickAnother');
    case 'everyone':
    case 'integration':
    case 'powerful':
      return tr.t('standing.fixes.pickSafe');
    case 'above-bot':
    case 'discord-refused':
      return tr.t('standing.fixes.moveAbove');
    case 'bot-lacks-manage-roles':
      return tr.t('standing.fixes.grantManageRoles');
    case 'discord-unavailable':
      return tr.t('standing.fixes.nothing');
  }
}

/** Permission names as Discord's settings show them, in the reader's language. */
export function permissionList(tr: Translator, permissions: readonly PowerfulPermission[]): string {
  return tr.list(permissions.map((permission) => tr.t(`standing.permissions.${permission}`)));
}

interface FailureGroup {
  action: RoleFailure['action'];
  cause: Cause;
  roles: string[];
  members: number;
}

/** Failures grouped by action and reason, so one missing permission is said once, not once per member. */
function grouped(tr: Translator, failures: readonly RoleFailure[]): FailureGroup[] {
  const groups = new Map<
    string,
    { action: RoleFailure['action']; cause: Cause; roles: Set<string>; members: Set<string> }
  >();
  for (const failure of failures) {
    const key = `${failure.action}:${reason(tr, failure.cause)}`;
    const group = groups.get(key) ?? {
      action: failure.action,
      cause: failure.cause,
      roles: new Set(),
      members: new Set(),
    };
    group.roles.add(failure.roleId);
    group.members.add(failure.userId);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({
    action: group.action,
    cause: group.cause,
    roles: [...group.roles],
    members: group.members.size,
  }));
}

function roleList(tr: Translator, roles: readonly string[]): string {
  const shown = tr.list(roles.slice(0, MAX_ROLES_NAMED).map((roleId) => `<@&${roleId}>`));
  return roles.length > MAX_ROLES_NAMED
    ? tr.t('standing.roleList', { roles: shown, count: roles.length - MAX_ROLES_NAMED })
    : shown;
}

/** Appended to a member's answer after their own roles were reconciled: what could not be done, and why. */
export function memberRoleNote(tr: Translator, report: RoleReport): string {
  if (report.failures.length === 0) return '';
  const lines = grouped(tr, report.failures)
    .slice(0, MAX_LINES)
    .map((group) =>
      tr.t(group.action === 'add' ? 'standing.member.give' : 'standing.member.take', {
        roles: roleList(tr, group.roles),
        reason: reason(tr, group.cause),
      }),
    );
  return `\n${lines.join('\n')}\n${tr.t('standing.member.later')}`;
}

/** For an admin after a settings change that reconciled many members: what changed and what is left to fix. */
export function adminRoleReport(tr: Translator, report: RoleReport): string {
  const summary = tr.t('standing.admin.summary', {
    count: report.checked,
    added: report.added,
    removed: report.removed,
  });
  return summary + roleFailuresForAdmin(tr, report);
}

/** What could not be done and how to fix it, for an admin; empty when everything worked. */
export function roleFailuresForAdmin(tr: Translator, report: RoleReport): string {
  if (report.failures.length === 0) return '';
  const groups = grouped(tr, report.failures);
  const lines: string[] = groups.slice(0, MAX_LINES).map((group) =>
    tr.t(group.action === 'add' ? 'standing.admin.give' : 'standing.admin.take', {
      roles: roleList(tr, group.roles),
      count: group.members,
      reason: reason(tr, group.cause),
      fix: fix(tr, group.cause),
    }),
  );
  if (groups.length > MAX_LINES) lines.push(tr.t('standing.admin.more', { count: groups.length - MAX_LINES }));
  return `\n${lines.join('\n')}\n${tr.t('standing.admin.later')}`;
}
