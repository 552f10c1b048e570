import { ChannelType, OverwriteType, PermissionFlagsBits } from 'discord-api-types/v10';
import type { DiscordState } from './state/discord-state.js';
import { isThreadType } from './state/discord-state.js';

export const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

/** What @everyone gets in a fresh guild, close to Discord's defaults. */
export const DEFAULT_EVERYONE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.CreatePrivateThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.Connect |
  PermissionFlagsBits.Speak |
  PermissionFlagsBits.UseVAD |
  PermissionFlagsBits.RequestToSpeak |
  PermissionFlagsBits.ChangeNickname |
  PermissionFlagsBits.CreateInstantInvite |
  PermissionFlagsBits.CreateEvents;

/** What the bot's managed role grants unless a test says otherwise: a typical community bot invite. */
export const DEFAULT_BOT_PERMISSIONS =
  DEFAULT_EVERYONE_PERMISSIONS |
  PermissionFlagsBits.ManageRoles |
  PermissionFlagsBits.ManageChannels |
  PermissionFlagsBits.ManageThreads |
  PermissionFlagsBits.ManageMessages |
  PermissionFlagsBits.PinMessages |
  PermissionFlagsBits.ManageEvents |
  PermissionFlagsBits.ManageNicknames;

export function guildPermissions(state: DiscordState, guildId: string, userId: string): bigint {
  const guild = state.guild(guildId);
  const member = state.member(guildId, userId);
  if (!guild || !member) return 0n;
  if (guild.ownerId === userId) return ALL_PERMISSIONS;
  let permissions = state.everyoneRole(guildId).permissions;
  for (const roleId of member.roles) permissions |= state.role(roleId)?.permissions ?? 0n;
  return (permissions & PermissionFlagsBits.Administrator) !== 0n ? ALL_PERMISSIONS : permissions;
}

/** Discord's overwrite algorithm: @everyone overwrite, then role overwrites together, then the member's own. */
export function channelPermissions(state: DiscordState, channelId: string, userId: string): bigint {
  const channel = state.channel(channelId);
  if (!channel) return 0n;
  if (channel.type === ChannelType.DM) return dmPermissions();
  if (!channel.guildId) return 0n;
  // Threads inherit their parent's overwrites.
  const source = isThreadType(channel.type) && channel.parentId ? state.channel(channel.parentId) : channel;
  const base = guildPermissions(state, channel.guildId, userId);
  if (!source || (base & PermissionFlagsBits.Administrator) !== 0n) return base;
  const member = state.member(channel.guildId, userId);
  let permissions = base;
  const everyone = source.overwrites.find((overwrite) => overwrite.id === channel.guildId);
  if (everyone) permissions = (permissions & ~everyone.deny) | everyone.allow;
  let roleAllow = 0n;
  let roleDeny = 0n;
  for (const overwrite of source.overwrites) {
    if (overwrite.type === OverwriteType.Role && member?.roles.includes(overwrite.id)) {
      roleAllow |= overwrite.allow;
      roleDeny |= overwrite.deny;
    }
  }
  permissions = (permissions & ~roleDeny) | roleAllow;
  const own = source.overwrites.find((overwrite) => overwrite.type === OverwriteType.Member && overwrite.id === userId);
  if (own) permissions = (permissions & ~own.deny) | own.allow;
  return hidesPrivateThread(state, channel.type, channelId, userId, permissions)
    ? permissions & ~PermissionFlagsBits.ViewChannel
    : permissions;
}

/** A private thread is seen only by its members and by moderators (MANAGE_THREADS), like a group DM in a guild. */
function hidesPrivateThread(
  state: DiscordState,
  type: ChannelType,
  threadId: string,
  userId: string,
  permissions: bigint,
): boolean {
  return (
    type === ChannelType.PrivateThread &&
    !state.threadMembers.has(`${threadId}:${userId}`) &&
    (permissions & PermissionFlagsBits.ManageThreads) === 0n
  );
}

function dmPermissions(): bigint {
  return (
    PermissionFlagsBits.ViewChannel |
    PermissionFlagsBits.SendMessages |
    PermissionFlagsBits.ReadMessageHistory |
    PermissionFlagsBits.EmbedLinks |
    PermissionFlagsBits.AttachFiles |
    PermissionFlagsBits.AddReactions
  );
}

export function hasPermission(permissions: bigint, required: bigint): boolean {
  return (permissions & required) === required;
}

/** The position of the member's highest role (0 when they only have @everyone). */
export function highestRolePosition(state: DiscordState, guildId: string, userId: string): number {
  const member = state.member(guildId, userId);
  if (!member) return -1;
  return Math.max(0, ...member.roles.map((roleId) => state.role(roleId)?.position ?? 0));
}
