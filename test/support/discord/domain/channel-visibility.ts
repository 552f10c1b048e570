import { PermissionFlagsBits } from 'discord-api-types/v10';
import type { EmulatorCore } from '../core.js';
import { channelPermissions, hasPermission } from '../permissions.js';
import type { ChannelRecord } from '../state/records.js';

/**
 * Whether a member's client shows them this guild channel at all: VIEW_CHANNEL after overwrites, and for a
 * private thread membership or MANAGE_THREADS. What a user cannot see, they cannot run a command in or press.
 */
export function userCanSee(core: EmulatorCore, channel: ChannelRecord, userId: string): boolean {
  if (!channel.guildId) return true;
  return hasPermission(channelPermissions(core.state, channel.id, userId), PermissionFlagsBits.ViewChannel);
}
