import { GuildMember, PermissionFlagsBits, type ChatInputCommandInteraction, type Guild } from 'discord.js';
import { InvalidInputError } from '../errors.js';
import { roleProblemText } from '../views/role-report.view.js';

/** Why the bot will not give (or cannot take) a role. */
export type RoleProblem =
  | { kind: 'deleted' }
  | { kind: 'everyone' }
  | { kind: 'integration' }
  | { kind: 'powerful'; permissions: string[] }
  | { kind: 'above-bot' }
  | { kind: 'bot-lacks-manage-roles' };

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
 * Why the bot must not give this role to a mentor now, from its current view of the server (kept up to
 * date by role events), or null when it may: checked when an admin picks the role and again at every
 * grant, since a role can gain rights or move above the bot afterwards.
 */
export function grantProblem(guild: Guild, roleId: string): RoleProblem | null {
  const role = guild.roles.cache.get(roleId);
  if (!role) return { kind: 'deleted' };
  if (role.id === guild.id) return { kind: 'everyone' };
  if (role.managed) return { kind: 'integration' };
  const powerful = POWERFUL.filter(([, flag]) => role.permissions.has(flag, false)).map(([name]) => name);
  if (powerful.length > 0) return { kind: 'powerful', permissions: powerful };
  return hierarchyProblem(guild, roleId);
}

/** Why the bot cannot take this role from a member now, or null when it can (a deleted role needs no removal). */
export function removalProblem(guild: Guild, roleId: string): RoleProblem | null {
  const role = guild.roles.cache.get(roleId);
  if (!role) return null;
  if (role.managed) return { kind: 'integration' };
  return hierarchyProblem(guild, roleId);
}

function hierarchyProblem(guild: Guild, roleId: string): RoleProblem | null {
  const me = guild.members.me;
  if (!me?.permissions.has(PermissionFlagsBits.ManageRoles)) return { kind: 'bot-lacks-manage-roles' };
  if (guild.ownerId === me.id) return null;
  return (guild.roles.cache.get(roleId)?.comparePositionTo(me.roles.highest) ?? 0) < 0 ? null : { kind: 'above-bot' };
}

/**
 * Refuses a role an admin wants every mentor to get when the bot could not or should not give it, and one
 * the admin could not give themselves (so Manage Server cannot be used to climb the role ladder through
 * the bot). Manage Roles itself is checked by the service.
 */
export function requireAssignableRole(interaction: ChatInputCommandInteraction, roleId: string): void {
  const guild = interaction.guild;
  if (!guild) throw new InvalidInputError('role', "I can't see that role. Pick one from this server.");
  const problem = grantProblem(guild, roleId);
  if (problem) throw new InvalidInputError('role', roleProblemText(problem, `<@&${roleId}>`));
  const actor = interaction.member;
  const role = guild.roles.cache.get(roleId);
  if (
    role &&
    guild.ownerId !== interaction.user.id &&
    actor instanceof GuildMember &&
    role.comparePositionTo(actor.roles.highest) >= 0
  ) {
    throw new InvalidInputError('role', `<@&${roleId}> is not below your highest role, so you cannot have me give it.`);
  }
}
