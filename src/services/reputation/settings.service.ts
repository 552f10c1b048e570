/** A server's reputation rules, changed by admins. */
import { z } from 'zod';
import { getGuildSettings, updateGuildSettings } from '../../../models/guild-settings.model.js';
import type { ReputationSettings } from '../../../models/reputation-settings.js';
import { actorSchema, discordId, parseInput, requireAdmin } from '../service-input.js';

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
