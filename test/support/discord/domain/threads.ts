import { ChannelType, type ThreadAutoArchiveDuration } from 'discord-api-types/v10';
import type { EmulatorCore } from '../core.js';
import type { ChannelRecord } from '../state/records.js';
import { announceChannel, announceThreadMembers } from './announcements.js';

export interface NewThread {
  /** Threads started from a message take the message's id. */
  id?: string;
  parent: ChannelRecord;
  name: string;
  type: ChannelType.PublicThread | ChannelType.PrivateThread | ChannelType.AnnouncementThread;
  ownerId: string;
  autoArchiveDuration: ThreadAutoArchiveDuration;
  invitable: boolean;
  rateLimitPerUser: number;
}

/** Creates a thread, adds its creator as the first member, and announces both. */
export function createThread(core: EmulatorCore, input: NewThread): ChannelRecord {
  const now = core.clock.now();
  const thread: ChannelRecord = {
    id: input.id ?? core.ids.next(),
    type: input.type,
    guildId: input.parent.guildId,
    name: input.name,
    parentId: input.parent.id,
    position: 0,
    topic: null,
    overwrites: [],
    recipientId: null,
    thread: {
      ownerId: input.ownerId,
      archived: false,
      locked: false,
      invitable: input.type === ChannelType.PrivateThread ? input.invitable : true,
      autoArchiveDuration: input.autoArchiveDuration,
      archivedAt: now,
      createdAt: now,
    },
    lastMessageId: null,
    rateLimitPerUser: input.rateLimitPerUser,
    deleted: false,
  };
  core.state.channels.set(thread.id, thread);
  announceChannel(core, 'create', thread);
  addThreadMember(core, thread, input.ownerId);
  return thread;
}

export function addThreadMember(core: EmulatorCore, thread: ChannelRecord, userId: string): void {
  const key = `${thread.id}:${userId}`;
  if (core.state.threadMembers.has(key)) return;
  core.state.threadMembers.set(key, { threadId: thread.id, userId, joinedAt: core.clock.now() });
  announceThreadMembers(core, thread, { added: [userId] });
}

export function removeThreadMember(core: EmulatorCore, thread: ChannelRecord, userId: string): void {
  if (core.state.threadMembers.delete(`${thread.id}:${userId}`)) {
    announceThreadMembers(core, thread, { removed: [userId] });
  }
}
