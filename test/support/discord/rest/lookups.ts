import type { EmulatorCore } from '../core.js';
import type {
  ChannelRecord,
  GuildRecord,
  MemberRecord,
  MessageRecord,
  RoleRecord,
  UserRecord,
} from '../state/records.js';
import { DiscordErrors } from './discord-error.js';

/** Lookups that answer Discord's "Unknown X" errors when the thing does not exist. */

export function findGuild(core: EmulatorCore, guildId: string): GuildRecord {
  const guild = core.state.guild(guildId);
  // A guild the bot is not in is as unknown to it as one that does not exist.
  if (!guild || !core.state.member(guildId, core.config.botUserId)) throw DiscordErrors.unknownGuild();
  return guild;
}

export function findChannel(core: EmulatorCore, channelId: string): ChannelRecord {
  const channel = core.state.channel(channelId);
  if (!channel) throw DiscordErrors.unknownChannel();
  if (channel.guildId && !core.state.member(channel.guildId, core.config.botUserId))
    throw DiscordErrors.missingAccess();
  return channel;
}

export function findMessage(core: EmulatorCore, channelId: string, messageId: string): MessageRecord {
  const message = core.state.message(messageId);
  if (message?.channelId !== channelId || message.deleted || message.visibleTo !== null) {
    throw DiscordErrors.unknownMessage();
  }
  return message;
}

export function findUser(core: EmulatorCore, userId: string): UserRecord {
  const user = core.state.user(userId);
  if (!user) throw DiscordErrors.unknownUser();
  return user;
}

export function findMember(core: EmulatorCore, guildId: string, userId: string): MemberRecord {
  const member = core.state.member(guildId, userId);
  if (!member) throw DiscordErrors.unknownMember();
  return member;
}

export function findRole(core: EmulatorCore, guildId: string, roleId: string): RoleRecord {
  const role = core.state.role(roleId);
  if (role?.guildId !== guildId) throw DiscordErrors.unknownRole();
  return role;
}

/** Route bodies are JSON objects; anything else reads as an empty object and fails field validation. */
export function bodyObject(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

export function queryNumber(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  const value = raw === null ? NaN : Number(raw);
  return Number.isFinite(value) ? value : fallback;
}
