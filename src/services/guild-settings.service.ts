/** Admin settings of a server's mentor program. */
import { z } from 'zod';
import {
  getGuildSettings as readGuildSettings,
  updateGuildSettings,
  type GuildSettings,
} from '../../models/guild-settings.model.js';
import { actorSchema, discordId, parseInput, requireAdmin, requireRoleManager } from './service-input.js';

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
  /** The role every recognised mentor gets; null clears it. Needs Manage Roles as well. */
  mentorRoleId: discordId.nullable().optional(),
  /** Where new applications are announced to admins; null clears it. */
  applicationsChannelId: discordId.nullable().optional(),
});

export type UpdateGuildSettingsInput = z.input<typeof updateSchema>;

/** The settings after and before; when the mentor role changed, the adapter reconciles every mentor's roles. */
export interface MentorProgramSettingsChange {
  settings: GuildSettings;
  previous: GuildSettings;
}

export async function updateMentorProgramSettings(
  input: UpdateGuildSettingsInput,
): Promise<MentorProgramSettingsChange> {
  const { guildId, actor, formalProgram, mentorRoleId, applicationsChannelId } = parseInput(updateSchema, input);
  requireAdmin(actor);
  if (mentorRoleId !== undefined) requireRoleManager(actor);
  const previous = await readGuildSettings(guildId);
  const settings = await updateGuildSettings(guildId, {
    ...(formalProgram === undefined ? {} : { formalProgram }),
    ...(mentorRoleId === undefined ? {} : { mentorRoleId }),
    ...(applicationsChannelId === undefined ? {} : { applicationsChannelId }),
  });
  return { settings, previous };
}
