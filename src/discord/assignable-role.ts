import { GuildMember, PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import { InvalidInputError } from '../errors.js';

/** Permissions the bot must never hand out automatically: it gives mentor roles to anyone who registers. */
const POWERFUL = [
  ['Administrator', PermissionFlagsBits.Administrator],
  ['Manage Server', PermissionFlagsBits.ManageGuild],
  ['Manage Roles', PermissionFlagsBits.ManageRoles],
  ['Manage Channels', PermissionFlagsBits.ManageChannels],
  ['Manage Messages', PermissionFlagsBits.ManageMessages],
  ['Manage Webhooks', PermissionFlagsBits.ManageWebhooks],
  ['Ban Members', PermissionFlagsBits.BanMembers],
  ['Kick Members', PermissionFlagsBits.KickMembers],
  ['Timeout Members', PermissionFlagsBits.ModerateMembers],
  ['Mention Everyone', PermissionFlagsBits.MentionEveryone],
] as const;

/**
 * Refuses a role the bot should not give to mentors: @everyone, an integration's role, one carrying
 * moderation or admin rights, one at or above the bot's highest role, or one the admin could not give
 * themselves (so Manage Server cannot be used to climb the role ladder through the bot).
 */
export function requireAssignableRole(interaction: ChatInputCommandInteraction, roleId: string): void {
  const guild = interaction.guild;
  const role = guild?.roles.cache.get(roleId);
  if (!guild || !role) throw new InvalidInputError('role', "I can't see that role. Pick one from this server.");
  const refuse = (why: string) => {
    throw new InvalidInputError('role', `${role.name} ${why}`);
  };
  if (role.id === guild.id) refuse('is everyone; pick a role that marks mentors.');
  if (role.managed) refuse('belongs to an integration, so nobody can give it.');
  const powerful = POWERFUL.filter(([, flag]) => role.permissions.has(flag, false)).map(([name]) => name);
  if (powerful.length > 0) {
    refuse(`carries ${powerful.join(', ')}; mentor roles are given to anyone who registers, so pick one without them.`);
  }
  const me = guild.members.me;
  if (!me || role.comparePositionTo(me.roles.highest) >= 0) {
    refuse('is not below my highest role. Move my role above it in Server Settings > Roles, then try again.');
  }
  const actor = interaction.member;
  if (
    guild.ownerId !== interaction.user.id &&
    actor instanceof GuildMember &&
    role.comparePositionTo(actor.roles.highest) >= 0
  ) {
    refuse('is not below your highest role, so you cannot have me give it.');
  }
}
