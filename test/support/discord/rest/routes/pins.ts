import { MessageType, PermissionFlagsBits } from 'discord-api-types/v10';
import type { EmulatorCore } from '../../core.js';
import { requireChannelPermission } from '../../domain/bot-permissions.js';
import { pinMessage, pinnedIn, unpinMessage } from '../../domain/pins.js';
import { toApiMessage } from '../../payloads/message.js';
import { channelPermissions, hasPermission } from '../../permissions.js';
import type { ChannelRecord } from '../../state/records.js';
import { DiscordErrors } from '../discord-error.js';
import { findChannel, findMessage, queryNumber } from '../lookups.js';
import { noContent, ok, type RouteDefinition } from '../router.js';

/** Messages someone wrote (or a bot sent, or a command answered); the others are system messages (50021). */
const USER_MESSAGE_TYPES: ReadonlySet<MessageType> = new Set([
  MessageType.Default,
  MessageType.Reply,
  MessageType.ChatInputCommand,
  MessageType.ContextMenuCommand,
]);

/**
 * Pins (resources/message: Pin Message, Unpin Message, Get Channel Pins). Pinning needs PIN_MESSAGES, which
 * since February 2026 MANAGE_MESSAGES no longer covers; the deprecated `/channels/:id/pins` routes are not served.
 */
export function pinRoutes(core: EmulatorCore): RouteDefinition[] {
  const { state, config } = core;
  const pinnable = (channelId: string, messageId: string) => {
    const channel = findChannel(core, channelId);
    const message = state.message(messageId);
    // A message of another channel: Discord answers 50019 rather than "unknown".
    if (message && !message.deleted && message.channelId !== channel.id) throw DiscordErrors.pinInOtherChannel();
    const found = findMessage(core, channel.id, messageId);
    if (channel.guildId) requireChannelPermission(core, channel.id, PermissionFlagsBits.PinMessages);
    if (!USER_MESSAGE_TYPES.has(found.type)) throw DiscordErrors.systemMessage();
    return { channel, message: found };
  };
  return [
    {
      method: 'PUT',
      pattern: '/channels/:channelId/messages/pins/:messageId',
      auth: 'bot',
      handle: ({ params }) => {
        const { channel, message } = pinnable(params.channelId ?? '', params.messageId ?? '');
        pinMessage(core, channel, message, config.botUserId);
        return noContent();
      },
    },
    {
      method: 'DELETE',
      pattern: '/channels/:channelId/messages/pins/:messageId',
      auth: 'bot',
      handle: ({ params }) => {
        const { channel, message } = pinnable(params.channelId ?? '', params.messageId ?? '');
        unpinMessage(core, channel, message);
        return noContent();
      },
    },
    {
      method: 'GET',
      pattern: '/channels/:channelId/messages/pins',
      auth: 'bot',
      handle: ({ params, query }) => {
        const channel: ChannelRecord = findChannel(core, params.channelId ?? '');
        if (channel.guildId) requireChannelPermission(core, channel.id, PermissionFlagsBits.ViewChannel);
        const canRead =
          !channel.guildId ||
          hasPermission(
            channelPermissions(state, channel.id, config.botUserId),
            PermissionFlagsBits.ReadMessageHistory,
          );
        const limit = Math.min(Math.max(queryNumber(query, 'limit', 50), 1), 50);
        const before = query.get('before');
        const pins = canRead
          ? pinnedIn(core, channel.id).filter((m) => (before ? (m.pinnedAt?.toISOString() ?? '') < before : true))
          : [];
        return ok({
          items: pins.slice(0, limit).map((message) => ({
            pinned_at: message.pinnedAt?.toISOString(),
            message: toApiMessage(state, message),
          })),
          has_more: pins.length > limit,
        });
      },
    },
  ];
}
