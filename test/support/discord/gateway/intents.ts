import { ApplicationFlags, GatewayDispatchEvents, GatewayIntentBits } from 'discord-api-types/v10';
import { bitfield } from '../payloads/bitfield.js';

export const PRIVILEGED_INTENTS =
  GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;

export const ALL_INTENTS = Object.values(GatewayIntentBits)
  .filter((value): value is number => typeof value === 'number')
  .reduce((all, bit) => all | bit, 0);

const GUILDS_EVENTS: ReadonlySet<string> = new Set([
  GatewayDispatchEvents.GuildCreate,
  GatewayDispatchEvents.GuildUpdate,
  GatewayDispatchEvents.GuildDelete,
  GatewayDispatchEvents.GuildRoleCreate,
  GatewayDispatchEvents.GuildRoleUpdate,
  GatewayDispatchEvents.GuildRoleDelete,
  GatewayDispatchEvents.ChannelCreate,
  GatewayDispatchEvents.ChannelUpdate,
  GatewayDispatchEvents.ChannelDelete,
  GatewayDispatchEvents.ChannelPinsUpdate,
  GatewayDispatchEvents.ThreadCreate,
  GatewayDispatchEvents.ThreadUpdate,
  GatewayDispatchEvents.ThreadDelete,
  GatewayDispatchEvents.ThreadListSync,
  GatewayDispatchEvents.ThreadMemberUpdate,
  GatewayDispatchEvents.ThreadMembersUpdate,
]);

const MEMBER_EVENTS: ReadonlySet<string> = new Set([
  GatewayDispatchEvents.GuildMemberAdd,
  GatewayDispatchEvents.GuildMemberUpdate,
  GatewayDispatchEvents.GuildMemberRemove,
]);

const SCHEDULED_EVENT_EVENTS: ReadonlySet<string> = new Set([
  GatewayDispatchEvents.GuildScheduledEventCreate,
  GatewayDispatchEvents.GuildScheduledEventUpdate,
  GatewayDispatchEvents.GuildScheduledEventDelete,
  GatewayDispatchEvents.GuildScheduledEventUserAdd,
  GatewayDispatchEvents.GuildScheduledEventUserRemove,
]);

const MESSAGE_EVENTS: ReadonlySet<string> = new Set([
  GatewayDispatchEvents.MessageCreate,
  GatewayDispatchEvents.MessageUpdate,
  GatewayDispatchEvents.MessageDelete,
  GatewayDispatchEvents.MessageDeleteBulk,
]);

/**
 * The intent a session needs to receive an event, or 0 when every session receives it
 * (READY, INTERACTION_CREATE, member chunks, and the bot's own member updates).
 */
export function requiredIntent(event: GatewayDispatchEvents, data: unknown, botUserId: string): number {
  if (GUILDS_EVENTS.has(event)) return GatewayIntentBits.Guilds;
  if (MEMBER_EVENTS.has(event)) {
    const isBotSelfUpdate = event === GatewayDispatchEvents.GuildMemberUpdate && userIdOf(data) === botUserId;
    return isBotSelfUpdate ? 0 : GatewayIntentBits.GuildMembers;
  }
  if (SCHEDULED_EVENT_EVENTS.has(event)) return GatewayIntentBits.GuildScheduledEvents;
  if (event === GatewayDispatchEvents.GuildEmojisUpdate) return GatewayIntentBits.GuildExpressions;
  if (event === GatewayDispatchEvents.VoiceStateUpdate) return GatewayIntentBits.GuildVoiceStates;
  if (event === GatewayDispatchEvents.PresenceUpdate) return GatewayIntentBits.GuildPresences;
  if (MESSAGE_EVENTS.has(event)) {
    return hasGuildId(data) ? GatewayIntentBits.GuildMessages : GatewayIntentBits.DirectMessages;
  }
  return 0;
}

/**
 * Without MESSAGE_CONTENT, guild messages from others arrive with empty content, embeds, attachments and
 * components, unless they mention the bot.
 */
export function withoutMessageContent(data: Record<string, unknown>, botUserId: string): Record<string, unknown> {
  const author = data.author as { id?: string } | undefined;
  const mentions = (data.mentions as { id: string }[] | undefined) ?? [];
  if (!hasGuildId(data) || author?.id === botUserId || mentions.some((user) => user.id === botUserId)) return data;
  return { ...data, content: '', embeds: [], attachments: [], components: [] };
}

function hasGuildId(data: unknown): boolean {
  return typeof data === 'object' && data !== null && typeof (data as { guild_id?: unknown }).guild_id === 'string';
}

function userIdOf(data: unknown): string | undefined {
  return (data as { user?: { id?: string } } | null)?.user?.id;
}

/** The application flags Discord reports for the privileged intents switched on in the developer portal. */
export function applicationFlagsFor(privilegedIntents: number): ApplicationFlags {
  let flags = 0;
  if (privilegedIntents & GatewayIntentBits.GuildPresences) flags |= ApplicationFlags.GatewayPresence;
  if (privilegedIntents & GatewayIntentBits.GuildMembers) flags |= ApplicationFlags.GatewayGuildMembers;
  if (privilegedIntents & GatewayIntentBits.MessageContent) flags |= ApplicationFlags.GatewayMessageContent;
  return bitfield<ApplicationFlags>(flags);
}
