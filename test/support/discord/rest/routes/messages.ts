import { ChannelType, PermissionFlagsBits } from 'discord-api-types/v10';
import type { EmulatorCore } from '../../core.js';
import { announceChannel } from '../../domain/announcements.js';
import { requireChannelPermission } from '../../domain/bot-permissions.js';
import { canDirectMessage } from '../../domain/dm-channels.js';
import { readNonce, repeatedByNonce } from '../../domain/message-nonces.js';
import { createMessage, deleteMessage, editMessage } from '../../domain/messages.js';
import { toApiMessage } from '../../payloads/message.js';
import { channelPermissions, hasPermission } from '../../permissions.js';
import { compareIds, isThreadType } from '../../state/discord-state.js';
import type { ChannelRecord } from '../../state/records.js';
import { DiscordErrors } from '../discord-error.js';
import { findChannel, findMessage, queryNumber } from '../lookups.js';
import { noContent, ok, type RouteDefinition } from '../router.js';

const TEXT_CAPABLE: ReadonlySet<ChannelType> = new Set([
  ChannelType.GuildText,
  ChannelType.DM,
  ChannelType.GuildVoice,
  ChannelType.GuildAnnouncement,
  ChannelType.AnnouncementThread,
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.GuildStageVoice,
]);

export function messageRoutes(core: EmulatorCore): RouteDefinition[] {
  const { state, config } = core;
  const readable = (channel: ChannelRecord): void => {
    if (channel.guildId) requireChannelPermission(core, channel.id, PermissionFlagsBits.ReadMessageHistory);
  };
  return [
    {
      method: 'POST',
      pattern: '/channels/:channelId/messages',
      auth: 'bot',
      handle: ({ params, body, files }) => {
        const channel = findChannel(core, params.channelId ?? '');
        assertCanPost(core, channel);
        const sent = readNonce(body);
        const repeated = repeatedByNonce(core, config.botUserId, sent);
        if (repeated) return ok(toApiMessage(state, repeated));
        return ok(
          toApiMessage(
            state,
            createMessage(core, { channel, authorId: config.botUserId, origin: 'bot', body, files, nonce: sent.nonce }),
          ),
        );
      },
    },
    {
      method: 'GET',
      pattern: '/channels/:channelId/messages',
      auth: 'bot',
      handle: ({ params, query }) => {
        const channel = findChannel(core, params.channelId ?? '');
        readable(channel);
        const limit = Math.min(Math.max(queryNumber(query, 'limit', 50), 1), 100);
        const before = query.get('before');
        const after = query.get('after');
        const visible = state
          .messagesIn(channel.id)
          .filter((message) => !message.deleted && message.visibleTo === null)
          .filter((message) => (before ? compareIds(message.id, before) < 0 : true))
          .filter((message) => (after ? compareIds(message.id, after) > 0 : true))
          .sort((a, b) => compareIds(b.id, a.id));
        // `after` pages forward: the messages right after the id, still returned newest first.
        const page = after ? visible.slice(-limit) : visible.slice(0, limit);
        return ok(page.map((message) => toApiMessage(state, message)));
      },
    },
    {
      method: 'GET',
      pattern: '/channels/:channelId/messages/:messageId',
      auth: 'bot',
      handle: ({ params }) => {
        const channel = findChannel(core, params.channelId ?? '');
        readable(channel);
        return ok(toApiMessage(state, findMessage(core, channel.id, params.messageId ?? '')));
      },
    },
    {
      method: 'PATCH',
      pattern: '/channels/:channelId/messages/:messageId',
      auth: 'bot',
      handle: ({ params, body, files }) => {
        const channel = findChannel(core, params.channelId ?? '');
        const message = findMessage(core, channel.id, params.messageId ?? '');
        if (message.authorId !== config.botUserId) throw DiscordErrors.cannotEditOthersMessage();
        return ok(toApiMessage(state, editMessage(core, message, { origin: 'bot', body, files })));
      },
    },
    {
      method: 'DELETE',
      pattern: '/channels/:channelId/messages/:messageId',
      auth: 'bot',
      handle: ({ params }) => {
        const channel = findChannel(core, params.channelId ?? '');
        const message = findMessage(core, channel.id, params.messageId ?? '');
        if (message.authorId !== config.botUserId) {
          const permissions = channelPermissions(state, channel.id, config.botUserId);
          if (!channel.guildId || !hasPermission(permissions, PermissionFlagsBits.ManageMessages)) {
            throw DiscordErrors.missingPermissions();
          }
        }
        deleteMessage(core, message);
        return noContent();
      },
    },
  ];
}

/**
 * Sending rules: a text-capable channel; for DMs a reachable user (50007); in guilds VIEW_CHANNEL and
 * SEND_MESSAGES (SEND_MESSAGES_IN_THREADS in threads). Posting in an archived thread unarchives it; a locked
 * one needs MANAGE_THREADS.
 */
function assertCanPost(core: EmulatorCore, channel: ChannelRecord): void {
  if (!TEXT_CAPABLE.has(channel.type)) throw DiscordErrors.nonTextChannel();
  if (channel.type === ChannelType.DM) {
    if (!channel.recipientId || !canDirectMessage(core, channel.recipientId)) throw DiscordErrors.cannotMessageUser();
    return;
  }
  const thread = isThreadType(channel.type) ? channel.thread : null;
  requireChannelPermission(
    core,
    channel.id,
    thread ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages,
  );
  if (!thread) return;
  const permissions = channelPermissions(core.state, channel.id, core.config.botUserId);
  if (thread.locked && !hasPermission(permissions, PermissionFlagsBits.ManageThreads))
    throw DiscordErrors.threadLocked();
  if (thread.archived) {
    thread.archived = false;
    thread.archivedAt = core.clock.now();
    announceChannel(core, 'update', channel);
  }
}
