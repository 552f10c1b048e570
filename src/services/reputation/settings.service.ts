/** A server's reputation rules, changed by admins. */
import { z } from 'zod';
import { getGuildSettings, updateGuildSettings } from '../../../models/guild-settings.model.js';
import type { ReputationSettings } from '../../../models/reputation-settings.js';
import { actorSchema, discordId, parseInput, requireAdmin, requireRoleManager } from '../service-input.js';

export type { ReputationSettings } from '../../../models/reputation-settings.js';

const points = z.number().min(0).max(100);

const updateSchema = z.object({
  guildId: discordId,
  actor: actorSchema,
  sessionPoints: points.optional(),
  thanksPoints: points.optional(),
  thanksUnrelatedPoints: points.optional(),
  feedbackPointsPerStar: points.optional(),
  thanksCooldownHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .optional(),
  thanksDailyCap: z.number().int().min(1).max(100).optional(),
  thanksMinMemberDays: z.number().int().min(0).max(365).optional(),
  announcementChannelId: discordId.nullable().optional(),
});

const thresholdSchema = z.object({
  guildId: discordId,
  actor: actorSchema,
  roleId: discordId,
  /** All-time points from which members hold the role; 0 stops giving it. */
  points: z.number().int().min(0).max(1_000_000),
});

/**
 * Sets (or, with 0 points, removes) a reputation role. Choosing a role the bot hands out takes Manage Roles
 * as well as Manage Server. Returns the rules now in force and whether a role stopped being given.
 */
export async function setReputationRole(
  input: z.input<typeof thresholdSchema>,
): Promise<{ settings: ReputationSettings; removed: boolean }> {
  const { guildId, actor, roleId, points } = parseInput(thresholdSchema, input);
  requireRoleManager(actor);
  const current = await getGuildSettings(guildId);
  const others = current.reputation.roleThresholds.filter((threshold) => threshold.roleId !== roleId);
  const roleThresholds = points === 0 ? others : [...others, { roleId, points }].sort((a, b) => a.points - b.points);
  const settings = await updateGuildSettings(guildId, { reputation: { ...current.reputation, roleThresholds } });
  return { settings: settings.reputation, removed: points === 0 };
}

/** Changes the given rules, keeps the others; returns the rules now in force. */
export async function updateReputationSettings(input: z.input<typeof updateSchema>): Promise<ReputationSettings> {
  const { guildId, actor, ...changes } = parseInput(updateSchema, input);
  requireAdmin(actor);
  const current = await getGuildSettings(guildId);
  const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const settings = await updateGuildSettings(guildId, { reputation: { ...current.reputation, ...defined } });
  return settings.reputation;
}

export async function reputationSettings(guildId: string): Promise<ReputationSettings> {
  return (await getGuildSettings(parseInput(discordId, guildId))).reputation;
}
