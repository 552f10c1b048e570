/**
 * Roles that stay right: which Discord roles each member earns (the mentor role and their specialties'
 * roles, while the server recognises them as a mentor; reputation roles while their all-time points reach
 * the role's threshold), and what to change so that, of the roles the bot
 * manages, they hold exactly those. The adapter reads what members hold in Discord, applies the changes
 * and records the outcome here; running it again after any failure repairs what is left.
 */
import { z } from 'zod';
import { getGuildSettings } from '../../models/guild-settings.model.js';
import { findRoleGrants, findUserIdsWithGrants, replaceRoleGrant } from '../../models/member-role-grant.model.js';
import { findMentorStandings, findMentorUserIds } from '../../models/mentor-profile.model.js';
import { allTimePoints, membersWithPointsAtLeast } from '../../models/reputation-counter.model.js';
import { RECOGNISED_APPROVAL_STATES, rolesHeld } from './mentor-standing.js';
import { discordId, parseInput } from './service-input.js';
import { listSpecialties } from './specialty.service.js';

export interface MemberRoleTarget {
  userId: string;
  /** Roles the member earns now. */
  earned: string[];
  /** Roles the bot gave this member before, or failed to take back. */
  granted: string[];
}

export interface RolePlan {
  guildId: string;
  /** Every role the bot hands out on this server, plus roles it handed out until a setting just changed. */
  managed: string[];
  members: MemberRoleTarget[];
}

export interface RoleChanges {
  add: string[];
  remove: string[];
}

const planSchema = z.object({
  guildId: discordId,
  /** Only these members; without it, every recognised mentor and everyone the bot manages roles for. */
  userIds: z.array(discordId).optional(),
  /** Roles a setting stopped using just now: taken from members who do not earn them another way. */
  formerRoleIds: z.array(discordId).default([]),
});

export type PlanMemberRolesInput = z.input<typeof planSchema>;

export async function planMemberRoles(input: PlanMemberRolesInput): Promise<RolePlan> {
  const { guildId, userIds, formerRoleIds } = parseInput(planSchema, input);
  const [settings, catalog] = await Promise.all([
    getGuildSettings(guildId),
    listSpecialties(guildId, { includeArchived: true }),
  ]);
  const thresholds = settings.reputation.roleThresholds;
  const lowest = Math.min(...thresholds.map((threshold) => threshold.points));
  const ids =
    userIds ??
    [
      ...new Set([
        ...(await findMentorUserIds(guildId, RECOGNISED_APPROVAL_STATES)),
        ...(await findUserIdsWithGrants(guildId)),
        ...(thresholds.length > 0 ? await membersWithPointsAtLeast(guildId, lowest) : []),
      ]),
    ].sort();
  const [standings, grants, points] = await Promise.all([
    findMentorStandings(guildId, ids),
    findRoleGrants(guildId, ids),
    thresholds.length > 0 ? allTimePoints(guildId, ids) : new Map<string, number>(),
  ]);
  const managed = new Set([
    ...formerRoleIds,
    ...thresholds.map((threshold) => threshold.roleId),
    ...catalog.flatMap((specialty) => (specialty.roleId === null ? [] : [specialty.roleId])),
    ...(settings.mentorRoleId === null ? [] : [settings.mentorRoleId]),
  ]);
  return {
    guildId,
    managed: [...managed],
    members: ids.map((userId) => {
      const standing = standings.find((profile) => profile.userId === userId);
      const reputationRoles = thresholds
        .filter((threshold) => (points.get(userId) ?? 0) >= threshold.points)
        .map((threshold) => threshold.roleId);
      return {
        userId,
        earned: [
          ...new Set([...(standing ? rolesHeld(standing, catalog, settings.mentorRoleId) : []), ...reputationRoles]),
        ],
        granted: grants.get(userId) ?? [],
      };
    }),
  };
}

/**
 * Given the roles the member holds in Discord: the earned ones they lack, and the ones they hold without
 * earning them that the bot manages or gave them. Roles the bot has nothing to do with are never touched.
 */
export function roleChanges(plan: RolePlan, target: MemberRoleTarget, holding: readonly string[]): RoleChanges {
  return {
    add: target.earned.filter((role) => !holding.includes(role)),
    remove: holding.filter(
      (role) => !target.earned.includes(role) && (plan.managed.includes(role) || target.granted.includes(role)),
    ),
  };
}

/**
 * After the changes were applied (some may have failed): the roles the member now holds that the bot
 * manages for them, so one it could not take back is tried again next time, even if no setting names it.
 */
export async function recordMemberRoles(
  plan: RolePlan,
  target: MemberRoleTarget,
  holdingAfter: readonly string[],
): Promise<void> {
  const managedForMember = holdingAfter.filter(
    (role) => target.earned.includes(role) || target.granted.includes(role) || plan.managed.includes(role),
  );
  await replaceRoleGrant(plan.guildId, target.userId, [...new Set(managedForMember)].sort());
}
