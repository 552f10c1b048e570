import type { RoleProblem } from '../discord/assignable-role.js';
import type { RoleFailure, RoleReport } from '../discord/member-roles.js';
import { plural } from './format.js';

const SETTINGS = 'Server Settings > Roles';
/** Failure lines shown at most; each names a reason and the roles it hit. */
const MAX_LINES = 4;

const roleMention = (roleId: string) => `<@&${roleId}>`;

/** Why an admin cannot pick this role as one the bot gives every mentor. */
export function roleProblemText(problem: RoleProblem, role: string): string {
  switch (problem.kind) {
    case 'deleted':
      return "I can't see that role. Pick one from this server.";
    case 'everyone':
      return `${role} is everyone; pick a role that marks mentors.`;
    case 'integration':
      return `${role} belongs to an integration, so nobody can give it.`;
    case 'powerful':
      return `${role} carries ${problem.permissions.join(', ')}; mentor roles are given to anyone who registers, so pick one without them.`;
    case 'above-bot':
      return `${role} is not below my highest role. Move my role above it in ${SETTINGS}, then try again.`;
    case 'bot-lacks-manage-roles':
      return `I don't have the Manage Roles permission, so I can't give ${role} to anyone. Give my role Manage Roles in ${SETTINGS}, then try again.`;
  }
}

type Cause = RoleFailure['cause'];

function reason(cause: Cause): string {
  switch (cause.kind) {
    case 'deleted':
      return 'the role was deleted';
    case 'everyone':
      return 'it is @everyone';
    case 'integration':
      return 'it belongs to an integration';
    case 'powerful':
      return `it carries ${cause.permissions.join(', ')}, rights I never hand out`;
    case 'above-bot':
      return 'my highest role is not above it';
    case 'bot-lacks-manage-roles':
      return "I don't have the Manage Roles permission on this server";
    case 'discord-refused':
      return cause.code === 50013
        ? 'Discord refused: I lack Manage Roles or my role is not above it'
        : `Discord refused (error ${cause.code})`;
    case 'discord-unavailable':
      return 'Discord did not answer';
  }
}

function fix(cause: Cause): string {
  switch (cause.kind) {
    case 'deleted':
      return 'pick another role with `/admin mentor-role` or `/specialty role`';
    case 'everyone':
    case 'integration':
    case 'powerful':
      return 'pick a safe role with `/admin mentor-role` or `/specialty role`';
    case 'above-bot':
    case 'discord-refused':
      return `move my role above it in ${SETTINGS}`;
    case 'bot-lacks-manage-roles':
      return `give my role Manage Roles in ${SETTINGS}`;
    case 'discord-unavailable':
      return 'nothing; it was a hiccup';
  }
}

/** Failures grouped by action and reason, so one missing permission is said once, not once per member. */
function grouped(
  failures: readonly RoleFailure[],
): { action: RoleFailure['action']; cause: Cause; roles: string[]; members: number }[] {
  const groups = new Map<
    string,
    { action: RoleFailure['action']; cause: Cause; roles: Set<string>; members: Set<string> }
  >();
  for (const failure of failures) {
    const key = `${failure.action}:${reason(failure.cause)}`;
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

function roleList(roles: readonly string[]): string {
  const shown = roles.slice(0, 3).map(roleMention).join(', ');
  return roles.length > 3 ? `${shown} and ${roles.length - 3} more` : shown;
}

/** Appended to a member's answer after their own roles were reconciled: what could not be done, and why. */
export function memberRoleNote(report: RoleReport): string {
  if (report.failures.length === 0) return '';
  const lines = grouped(report.failures)
    .slice(0, MAX_LINES)
    .map(
      (group) =>
        `I couldn't ${group.action === 'add' ? 'give you' : 'take away'} ${roleList(group.roles)}: ${reason(group.cause)}.`,
    );
  return `\n${lines.join('\n')}\nAn admin can fix that; I check roles every hour and will update yours by myself.`;
}

/** For an admin after a settings change that reconciled many members: what changed and what is left to fix. */
export function adminRoleReport(report: RoleReport): string {
  const summary = `Roles checked for ${plural(report.checked, 'member')}: ${report.added} given, ${report.removed} taken away.`;
  return summary + roleFailuresForAdmin(report);
}

/** What could not be done and how to fix it, for an admin; empty when everything worked. */
export function roleFailuresForAdmin(report: RoleReport): string {
  if (report.failures.length === 0) return '';
  const groups = grouped(report.failures);
  const lines = groups
    .slice(0, MAX_LINES)
    .map(
      (group) =>
        `Couldn't ${group.action === 'add' ? 'give' : 'take away'} ${roleList(group.roles)} (${plural(group.members, 'member')}): ${reason(group.cause)}. To fix: ${fix(group.cause)}.`,
    );
  if (groups.length > MAX_LINES) lines.push(`…and ${groups.length - MAX_LINES} more problem(s); see the logs.`);
  return `\n${lines.join('\n')}\nI check roles every hour and finish what is left by myself once it is fixed.`;
}
