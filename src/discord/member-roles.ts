import { DiscordAPIError, RESTJSONErrorCodes, type Guild, type GuildMember } from 'discord.js';
import type { Logger } from '../logger.js';
import {
  planMemberRoles,
  recordMemberRoles,
  roleChanges,
  type MemberRoleTarget,
  type RolePlan,
} from '../services/mentor-roles.service.js';
import { grantProblem, removalProblem, type RoleProblem } from './assignable-role.js';

/** A role change that did not happen: refused before the call (a problem), or by Discord. */
export interface RoleFailure {
  userId: string;
  roleId: string;
  action: 'add' | 'remove';
  cause: RoleProblem | { kind: 'discord-refused'; code: number } | { kind: 'discord-unavailable' };
}

export interface RoleReport {
  /** Members whose roles were compared with what they earn (members who left the server are not). */
  checked: number;
  added: number;
  removed: number;
  failures: RoleFailure[];
}

/** Members asked for at once by the gateway's Request Guild Members (Discord's limit for user ids). */
const MEMBERS_PER_REQUEST = 100;
const MEMBER_REQUEST_TIMEOUT_MS = 15_000;

/**
 * Makes the members' Discord roles match what they earn: adds the earned ones they lack, takes away the
 * ones the bot manages that they no longer earn, vetting every role again first. Failures are reported,
 * recorded and left for the next run (after every profile action, every settings change, and hourly).
 * Without `userIds`: everyone the bot gives or gave roles to on this server.
 */
export async function reconcileMemberRoles(
  guild: Guild,
  scope: { userIds?: string[]; formerRoleIds?: string[] },
  logger: Logger,
): Promise<RoleReport> {
  const plan = await planMemberRoles({ guildId: guild.id, ...scope });
  const report: RoleReport = { checked: 0, added: 0, removed: 0, failures: [] };
  if (plan.members.length === 0) return report;
  const members = await fetchMembers(
    guild,
    plan.members.map((target) => target.userId),
  );
  for (const target of plan.members) {
    const member = members.get(target.userId);
    if (!member) continue;
    report.checked += 1;
    await reconcileOne(guild, plan, target, member, report, logger);
  }
  return report;
}

async function reconcileOne(
  guild: Guild,
  plan: RolePlan,
  target: MemberRoleTarget,
  member: GuildMember,
  report: RoleReport,
  logger: Logger,
): Promise<void> {
  const holding = new Set(member.roles.cache.keys());
  holding.delete(guild.id);
  const changes = roleChanges(plan, target, [...holding]);
  const attempt = async (roleId: string, action: 'add' | 'remove') => {
    const problem = action === 'add' ? grantProblem(guild, roleId) : removalProblem(guild, roleId);
    if (problem) {
      report.failures.push({ userId: target.userId, roleId, action, cause: problem });
      return;
    }
    try {
      if (action === 'add') await guild.members.addRole({ user: target.userId, role: roleId });
      else await guild.members.removeRole({ user: target.userId, role: roleId });
      if (action === 'add') {
        holding.add(roleId);
        report.added += 1;
      } else {
        holding.delete(roleId);
        report.removed += 1;
      }
    } catch (error) {
      const cause =
        error instanceof DiscordAPIError && error.status < 500
          ? { kind: 'discord-refused' as const, code: Number(error.code) }
          : { kind: 'discord-unavailable' as const };
      if (action === 'remove' && error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownRole) {
        holding.delete(roleId);
        return;
      }
      report.failures.push({ userId: target.userId, roleId, action, cause });
      logger.warn('Could not change a member role', { roleId, action, targetUserId: target.userId, error });
    }
  };
  for (const roleId of changes.add) await attempt(roleId, 'add');
  for (const roleId of changes.remove) await attempt(roleId, 'remove');
  await recordMemberRoles(plan, target, [...holding]);
}

/**
 * Members as Discord holds them now (the cache is not kept up to date without the privileged members
 * intent): one REST call for one member, the gateway's member request for more. Members who left are absent.
 */
async function fetchMembers(guild: Guild, userIds: readonly string[]): Promise<Map<string, GuildMember>> {
  const found = new Map<string, GuildMember>();
  const [only] = userIds;
  if (userIds.length === 1 && only !== undefined) {
    try {
      found.set(only, await guild.members.fetch({ user: only, force: true }));
    } catch (error) {
      if (!(error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMember)) throw error;
    }
    return found;
  }
  for (let start = 0; start < userIds.length; start += MEMBERS_PER_REQUEST) {
    const batch = userIds.slice(start, start + MEMBERS_PER_REQUEST);
    const members = await guild.members.fetch({ user: batch, time: MEMBER_REQUEST_TIMEOUT_MS });
    for (const [id, member] of members) found.set(id, member);
  }
  return found;
}
