import {
  ChannelType,
  ForumLayoutType,
  ThreadAutoArchiveDuration,
  VideoQualityMode,
  type APIChannel,
  type APIDMChannel,
  type APIOverwrite,
  type APIThreadMember,
  type ChannelFlags,
  type ThreadMemberFlags,
} from 'discord-api-types/v10';
import type { DiscordState } from '../state/discord-state.js';
import { isThreadType } from '../state/discord-state.js';
import type { ChannelRecord, PermissionOverwriteRecord, ThreadMemberRecord } from '../state/records.js';
import { bitfield } from './bitfield.js';
import { toApiUser } from './user.js';

export function toApiOverwrite(overwrite: PermissionOverwriteRecord): APIOverwrite {
  return { id: overwrite.id, type: overwrite.type, allow: overwrite.allow.toString(), deny: overwrite.deny.toString() };
}

/**
 * One builder for every channel type. The fields differ per type, and discord-api-types models each as its
 * own interface; the union is asserted once at the end rather than duplicated per type.
 */
export function toApiChannel(state: DiscordState, channel: ChannelRecord): APIChannel {
  if (channel.type === ChannelType.DM) {
    const recipient = channel.recipientId ? state.user(channel.recipientId) : undefined;
    const dm: APIDMChannel = {
      id: channel.id,
      type: ChannelType.DM,
      name: null,
      last_message_id: channel.lastMessageId,
      recipients: recipient ? [toApiUser(recipient)] : [],
    };
    return dm;
  }
  const base = {
    id: channel.id,
    type: channel.type,
    guild_id: channel.guildId,
    name: channel.name,
    parent_id: channel.parentId,
    flags: bitfield<ChannelFlags>(),
  };
  if (isThreadType(channel.type) && channel.thread) {
    const memberCount = state.threadMemberIds(channel.id).length;
    const messageCount = state.messagesIn(channel.id).filter((message) => !message.deleted).length;
    return {
      ...base,
      owner_id: channel.thread.ownerId,
      last_message_id: channel.lastMessageId,
      rate_limit_per_user: channel.rateLimitPerUser,
      message_count: messageCount,
      total_message_sent: messageCount,
      member_count: memberCount,
      applied_tags: [],
      thread_metadata: {
        archived: channel.thread.archived,
        auto_archive_duration: channel.thread.autoArchiveDuration,
        archive_timestamp: channel.thread.archivedAt.toISOString(),
        locked: channel.thread.locked,
        create_timestamp: channel.thread.createdAt.toISOString(),
        ...(channel.type === ChannelType.PrivateThread ? { invitable: channel.thread.invitable } : {}),
      },
    } as APIChannel;
  }
  const guildChannel = {
    ...base,
    position: channel.position,
    permission_overwrites: channel.overwrites.map(toApiOverwrite),
    nsfw: false,
  };
  switch (channel.type) {
    case ChannelType.GuildCategory:
      return guildChannel as APIChannel;
    case ChannelType.GuildVoice:
    case ChannelType.GuildStageVoice:
      return {
        ...guildChannel,
        bitrate: 64_000,
        user_limit: 0,
        rtc_region: null,
        video_quality_mode: VideoQualityMode.Auto,
        last_message_id: channel.lastMessageId,
        rate_limit_per_user: channel.rateLimitPerUser,
        topic: channel.topic,
      } as APIChannel;
    case ChannelType.GuildForum:
    case ChannelType.GuildMedia:
      return {
        ...guildChannel,
        topic: channel.topic,
        last_message_id: channel.lastMessageId,
        rate_limit_per_user: channel.rateLimitPerUser,
        available_tags: [],
        default_reaction_emoji: null,
        default_sort_order: null,
        default_forum_layout: ForumLayoutType.NotSet,
        default_thread_rate_limit_per_user: 0,
        default_auto_archive_duration: ThreadAutoArchiveDuration.ThreeDays,
      } as APIChannel;
    default:
      return {
        ...guildChannel,
        topic: channel.topic,
        last_message_id: channel.lastMessageId,
        rate_limit_per_user: channel.rateLimitPerUser,
        default_auto_archive_duration: ThreadAutoArchiveDuration.ThreeDays,
      } as APIChannel;
  }
}

export function toApiThreadMember(member: ThreadMemberRecord): APIThreadMember {
  return {
    id: member.threadId,
    user_id: member.userId,
    join_timestamp: member.joinedAt.toISOString(),
    flags: bitfield<ThreadMemberFlags>(),
  };
}
