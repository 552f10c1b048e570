/** Admin settings of a server's mentor program. */
import { z } from 'zod';
import {
  getGuildSettings as readGuildSettings,
  updateGuildSettings,
  type GuildSettings,
} from '../../models/guild-settings.model.js';
import { findMentorUserIds } from '../../models/mentor-profile.model.js';
import { RECOGNISED_APPROVAL_STATES } from './mentor-standing.js';
import { actorSchema, discordId, parseInput, requireAdmin } from './service-input.js';

export type { GuildSettings } from '../../models/guild-settings.model.js';

/** The server's settings, with defaults (informal program, no mentor role) if none were saved. */
export async function getGuildSettings(guildId: string): Promise<GuildSettings> {
  return readGuildSettings(parseInput(discordId, guildId));
}

const updateSchema = z.object({
  guildId: discordId,
  actor: actorSchema,
  /** New registrations wait for approval while on; mentors already accepted stay accepted. */
  formalProgram: z.boolean().optional(),
  /** The role every recognised mentor gets; null clears it. */
  mentorRoleId: discordId.nullable().optional(),
});

export type UpdateGuildSettingsInput = z.input<typeof updateSchema>;

export interface MentorProgramSettingsChange {
  settings: GuildSettings;
  previous: GuildSettings;
  /**
   * When the mentor role changed: the recognised mentors, whom the adapter moves from the previous role
   * to the new one. Empty otherwise.
   */
  mentorUserIds: string[];
}

export async function updateMentorProgramSettings(
  input: UpdateGuildSettingsInput,
): Promise<MentorProgramSettingsChange> {
  const { guildId, actor, formalProgram, mentorRoleId } = parseInput(updateSchema, input);
  requireAdmin(actor, 'change the mentor program settings');
  const previous = await readGuildSettings(guildId);
  const settings = await updateGuildSettings(guildId, {
    ...(formalProgram === undefined ? {} : { formalProgram }),
    ...(mentorRoleId === undefined ? {} : { mentorRoleId }),
  });
  const roleChanged = settings.mentorRoleId !== previous.mentorRoleId;
  const mentorUserIds = roleChanged ? await findMentorUserIds(guildId, RECOGNISED_APPROVAL_STATES) : [];
  return { settings, previous, mentorUserIds };
}
