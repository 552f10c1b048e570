/** Server settings of the pairs' space: the channel for their threads, and the guides as admins rewrote them. */
import { z } from 'zod';
import { messageKey } from '../i18n/message.js';
import {
  MENTORSHIP_GUIDES,
  getGuildSettings,
  setMentorshipGuide,
  updateGuildSettings,
  type MentorshipGuide,
  type MentorshipGuideTexts,
} from '../../models/guild-settings.model.js';
import { actorSchema, discordId, parseInput, requireAdmin } from './service-input.js';

export { MENTORSHIP_GUIDES, type MentorshipGuide, type MentorshipGuideTexts };

/** Longest guide an admin may write: it travels in an embed with the other guide parts. */
export const MAX_GUIDE_LENGTH = 1_500;

const channelSchema = z.object({ guildId: discordId, actor: actorSchema, channelId: discordId.nullable() });

export async function setMentorshipChannel(input: z.input<typeof channelSchema>): Promise<string | null> {
  const { guildId, actor, channelId } = parseInput(channelSchema, input);
  requireAdmin(actor);
  return (await updateGuildSettings(guildId, { mentorshipChannelId: channelId })).mentorshipChannelId;
}

export async function mentorshipChannelOf(guildId: string): Promise<string | null> {
  return (await getGuildSettings(parseInput(discordId, guildId))).mentorshipChannelId;
}

export async function mentorshipGuidesOf(guildId: string): Promise<MentorshipGuideTexts> {
  return (await getGuildSettings(parseInput(discordId, guildId))).mentorshipGuides;
}

const guideSchema = z.object({
  guildId: discordId,
  actor: actorSchema,
  guide: z.enum(MENTORSHIP_GUIDES),
  text: z
    .string()
    .trim()
    .min(1, messageKey('mentorship.errors.guideEmpty'))
    .max(MAX_GUIDE_LENGTH, messageKey('mentorship.errors.guideTooLong'))
    .nullable(),
});

/** Saves an admin's text for one guide, or null to go back to the catalog's default. */
export async function saveMentorshipGuide(input: z.input<typeof guideSchema>): Promise<void> {
  const { guildId, actor, guide, text } = parseInput(guideSchema, input);
  requireAdmin(actor);
  await setMentorshipGuide(guildId, guide, text);
}
