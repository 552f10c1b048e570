import { ChannelType } from 'discord-api-types/v10';
import type { EmulatorCore } from '../core.js';
import type { ChannelRecord } from '../state/records.js';

/** The DM channel between the bot and a user, created on first use as Discord does. */
export function ensureDmChannel(core: EmulatorCore, userId: string): ChannelRecord {
  const existing = core.state.dmChannelWith(userId);
  if (existing) return existing;
  const channel: ChannelRecord = {
    id: core.ids.next(),
    type: ChannelType.DM,
    guildId: null,
    name: null,
    parentId: null,
    position: 0,
    topic: null,
    overwrites: [],
    recipientId: userId,
    thread: null,
    lastMessageId: null,
    rateLimitPerUser: 0,
    deleted: false,
  };
  core.state.channels.set(channel.id, channel);
  return channel;
}

/**
 * Whether the bot may message a user: not a bot, DMs open, and at least one guild in common.
 * (Discord now also answers 50278 for "no mutual guilds"; the emulator uses 50007 for all three cases.)
 */
export function canDirectMessage(core: EmulatorCore, userId: string): boolean {
  const user = core.state.user(userId);
  if (!user || user.bot || !user.dmsOpen) return false;
  return core.state.guildsOf(core.config.botUserId).some((guild) => core.state.member(guild.id, userId));
}
