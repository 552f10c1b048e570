import { ChannelType, GatewayDispatchEvents, type APIEmbed } from 'discord-api-types/v10';
import type { EmulatorCore } from '../core.js';
import { ensureDmChannel } from '../domain/dm-channels.js';
import { createMessage } from '../domain/messages.js';
import {
  createScheduledEvent,
  deleteScheduledEvent,
  setScheduledEventInterest,
  updateScheduledEvent,
} from '../domain/scheduled-events.js';
import { toApiVoiceState } from '../payloads/voice-state.js';
import type { MessageRecord, ScheduledEventRecord } from '../state/records.js';

export interface UserMessageInput {
  authorId: string;
  /** Omit to write to the bot in DMs. */
  channelId?: string;
  content?: string;
  embeds?: APIEmbed[];
  /** Id of the message this one replies to. */
  replyTo?: string;
}

export interface VoiceStateInput {
  guildId: string;
  userId: string;
  /** The voice or stage channel joined, or null to leave. */
  channelId: string | null;
  selfMute?: boolean;
  selfDeaf?: boolean;
}

const VOICE_TYPES: ReadonlySet<ChannelType> = new Set([ChannelType.GuildVoice, ChannelType.GuildStageVoice]);

/**
 * Things users (and Discord itself) do that the bot hears about on the gateway: writing messages, moving
 * between voice channels, marking interest in events, and event changes made from the Discord client.
 */
export class UserActivity {
  constructor(private readonly core: EmulatorCore) {}

  /** A user writes a message (MESSAGE_CREATE). Mentions parse as for any user message. */
  messageCreate(input: UserMessageInput): MessageRecord {
    const channel = input.channelId
      ? this.core.state.channel(input.channelId)
      : ensureDmChannel(this.core, input.authorId);
    if (!channel) throw new Error(`Unknown channel ${String(input.channelId)}`);
    if (channel.guildId && !this.core.state.member(channel.guildId, input.authorId)) {
      throw new Error(`User ${input.authorId} is not a member of the guild of channel ${channel.id}`);
    }
    if (channel.type === ChannelType.DM && channel.recipientId !== input.authorId) {
      throw new Error(`Channel ${channel.id} is not ${input.authorId}'s DM with the bot`);
    }
    return createMessage(this.core, {
      channel,
      authorId: input.authorId,
      origin: 'user',
      body: {
        ...(input.content !== undefined ? { content: input.content } : {}),
        ...(input.embeds ? { embeds: input.embeds } : {}),
        ...(input.replyTo ? { message_reference: { message_id: input.replyTo } } : {}),
      },
    });
  }

  /** Joins, moves or leaves voice (VOICE_STATE_UPDATE). */
  voiceStateUpdate(input: VoiceStateInput): void {
    const { state } = this.core;
    if (!state.member(input.guildId, input.userId))
      throw new Error(`User ${input.userId} is not a member of ${input.guildId}`);
    const key = `${input.guildId}:${input.userId}`;
    const sessionId = state.voiceStates.get(key)?.sessionId ?? this.core.ids.next();
    const voiceState = {
      guildId: input.guildId,
      userId: input.userId,
      channelId: input.channelId,
      sessionId,
      selfMute: input.selfMute ?? false,
      selfDeaf: input.selfDeaf ?? false,
    };
    if (input.channelId === null) {
      state.voiceStates.delete(key);
    } else {
      const channel = state.channel(input.channelId);
      if (channel?.guildId !== input.guildId || !VOICE_TYPES.has(channel.type)) {
        throw new Error(`${input.channelId} is not a voice or stage channel of ${input.guildId}`);
      }
      state.voiceStates.set(key, { ...voiceState, channelId: input.channelId });
    }
    this.core.gateway.dispatch(GatewayDispatchEvents.VoiceStateUpdate, toApiVoiceState(state, voiceState));
  }

  /** A user clicks "Interested" (GUILD_SCHEDULED_EVENT_USER_ADD). */
  scheduledEventUserAdd(eventId: string, userId: string): void {
    setScheduledEventInterest(this.core, this.#event(eventId), userId, true);
  }

  /** A user withdraws interest (GUILD_SCHEDULED_EVENT_USER_REMOVE). */
  scheduledEventUserRemove(eventId: string, userId: string): void {
    setScheduledEventInterest(this.core, this.#event(eventId), userId, false);
  }

  /** A user creates an event in the Discord client; the body uses API field names and Discord's rules. */
  scheduledEventCreate(guildId: string, creatorId: string, body: Record<string, unknown>): ScheduledEventRecord {
    return createScheduledEvent(this.core, guildId, creatorId, body);
  }

  /** A change from the client or Discord's automation (an external event starting at its start time, ...). */
  scheduledEventUpdate(eventId: string, body: Record<string, unknown>): ScheduledEventRecord {
    return updateScheduledEvent(this.core, this.#event(eventId), body);
  }

  scheduledEventDelete(eventId: string): void {
    deleteScheduledEvent(this.core, this.#event(eventId));
  }

  #event(eventId: string): ScheduledEventRecord {
    const event = this.core.state.scheduledEvent(eventId);
    if (!event) throw new Error(`Unknown scheduled event ${eventId}`);
    return event;
  }
}
