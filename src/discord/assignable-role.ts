import { GuildMember, PermissionFlagsBits, type ChatInputCommandInteraction, type Guild } from 'discord.js';
import { InvalidInputError } from '../errors.js';
import type { Translator } from '../i18n/i18n.js';
import { permissionList } from '../views/role-report.view.js';

/** Permissions the bot must never hand out automatically: it gives mentor roles to anyone who registers. */
const POWERFUL = [
  ['administrator', PermissionFlagsBits.Administrator],
  ['manageServer', PermissionFlagsBits.ManageGuild],
  ['manageRoles', PermissionFlagsBits.ManageRoles],
  ['manageChannels', PermissionFlagsBits.ManageChannels],
  ['manageMessages', PermissionFlagsBits.ManageMessages],
  ['manageWebhooks', PermissionFlagsBits.ManageWebhooks],
  ['banMembers', PermissionFlagsBits.BanMembers],
  ['kickMembers', PermissionFlagsBits.KickMembers],
  ['timeoutMembers', PermissionFlagsBits.ModerateMembers],
  ['mentionEveryone', PermissionFlagsBits.MentionEveryone],
] as const;

export type PowerfulPermission = (typeof POWERFUL)[number][0];

/** Why the bot will not give (or cannot take) a role. */
export type RoleProblem =
  | { kind: 'deleted' }
  | { kind: 'everyone' }
  | { kind: 'integration' }
  | { kind: 'powerful'; permissions: PowerfulPermission[] }
  | { kind: 'above-bot' }
  | { kind: 'bot-lacks-manage-roles' };

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

const PROBLEM_KEYS = {
  deleted: 'standing.roleProblems.deleted',
  everyone: 'standing.roleProblems.everyone',
  integration: 'standing.roleProblems.integration',
  powerful: 'standing.roleProblems.powerful',
  'above-bot': 'standing.roleProblems.aboveBot',
  'bot-lacks-manage-roles': 'standing.roleProblems.botLacksManageRoles',
} as const;

/**
 * Refuses a role an admin wants every mentor to get when the bot could not or should not give it, and one
 * the admin could not give themselves (so Manage Server cannot be used to climb the role ladder through
 * the bot). Manage Roles itself is checked by the service. `tr` names the permissions in the admin's words.
 */
export function requireAssignableRole(tr: Translator, interaction: ChatInputCommandInteraction, roleId: string): void {
  const role = `<@&${roleId}>`;
  const guild = interaction.guild;
  if (!guild) throw new InvalidInputError('role', 'standing.roleProblems.deleted');
  const problem = grantProblem(guild, roleId);
  if (problem) {
    throw new InvalidInputError('role', PROBLEM_KEYS[problem.kind], {
      role,
      ...(problem.kind === 'powerful' ? { permissions: permissionList(tr, problem.permissions) } : {}),
    });
  }
  const actor = interaction.member;
  const cached = guild.roles.cache.get(roleId);
  if (
    cached &&
    guild.ownerId !== interaction.user.id &&
    actor instanceof GuildMember &&
    cached.comparePositionTo(actor.roles.highest) >= 0
  ) {
    throw new InvalidInputError('role', 'standing.roleProblems.aboveActor', { role });
  }
}
