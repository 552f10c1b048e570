import type { ChannelType } from 'discord-api-types/v10';
import type { EmulatorCore } from '../core.js';
import type { ChannelRecord, PermissionOverwriteRecord } from '../state/records.js';
import { announceChannel } from './announcements.js';

export interface NewGuildChannel {
  guildId: string;
  name: string;
  type: ChannelType;
  parentId: string | null;
  topic: string | null;
  overwrites: PermissionOverwriteRecord[];
}

/** Creates a (non-thread) guild channel at the end of the list and announces CHANNEL_CREATE. */
export function createGuildChannel(core: EmulatorCore, input: NewGuildChannel): ChannelRecord {
  const channel: ChannelRecord = {
    id: core.ids.next(),
    type: input.type,
    guildId: input.guildId,
    name: input.name,
    parentId: input.parentId,
    position: core.state.guildChannels(input.guildId).length,
    topic: input.topic,
    overwrites: input.overwrites,
    recipientId: null,
    thread: null,
    lastMessageId: null,
    rateLimitPerUser: 0,
    deleted: false,
  };
  core.state.channels.set(channel.id, channel);
  announceChannel(core, 'create', channel);
  return channel;
}
