import { GatewayDispatchEvents, MessageType } from 'discord-api-types/v10';
import type { EmulatorCore } from '../core.js';
import { DiscordErrors } from '../rest/discord-error.js';
import type { ChannelRecord, MessageRecord } from '../state/records.js';
import { createMessage } from './messages.js';

/** Discord's limit of pinned messages per channel (30003 beyond it). */
export const MAX_PINS = 250;

export function pinnedIn(core: EmulatorCore, channelId: string): MessageRecord[] {
  return core.state
    .messagesIn(channelId)
    .filter((message) => message.pinnedAt !== null && !message.deleted)
    .sort((a, b) => (b.pinnedAt?.getTime() ?? 0) - (a.pinnedAt?.getTime() ?? 0));
}

/**
 * Pins a message as `pinnerId`: Discord posts a CHANNEL_PINNED_MESSAGE notice (type 6) pointing at it and
 * sends CHANNEL_PINS_UPDATE. Pinning a pinned message changes nothing.
 */
export function pinMessage(core: EmulatorCore, channel: ChannelRecord, message: MessageRecord, pinnerId: string): void {
  if (message.pinnedAt !== null) return;
  if (pinnedIn(core, channel.id).length >= MAX_PINS) throw DiscordErrors.maximumPins();
  message.pinnedAt = core.clock.now();
  createMessage(core, {
    channel,
    authorId: pinnerId,
    origin: 'user',
    type: MessageType.ChannelPinnedMessage,
    system: true,
    body: { message_reference: { message_id: message.id } },
  });
  announcePins(core, channel);
}

export function unpinMessage(core: EmulatorCore, channel: ChannelRecord, message: MessageRecord): void {
  if (message.pinnedAt === null) return;
  message.pinnedAt = null;
  announcePins(core, channel);
}

function announcePins(core: EmulatorCore, channel: ChannelRecord): void {
  const last = pinnedIn(core, channel.id)[0];
  core.gateway.dispatch(GatewayDispatchEvents.ChannelPinsUpdate, {
    ...(channel.guildId ? { guild_id: channel.guildId } : {}),
    channel_id: channel.id,
    last_pin_timestamp: last?.pinnedAt?.toISOString() ?? null,
  });
}
