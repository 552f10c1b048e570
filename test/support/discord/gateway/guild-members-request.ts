import { GatewayIntentBits, type GatewayGuildMembersChunkDispatchData } from 'discord-api-types/v10';
import type { DiscordState } from '../state/discord-state.js';
import type { MemberRecord } from '../state/records.js';
import { toApiMember } from '../payloads/member.js';

const MEMBERS_PER_CHUNK = 1000;
const MAX_QUERY_RESULTS = 100;

interface GuildMembersRequest {
  guild_id?: unknown;
  query?: unknown;
  limit?: unknown;
  user_ids?: unknown;
  nonce?: unknown;
}

/**
 * Op 8 answered as Discord does: by user ids (≤ 100, with `not_found`), by username/nickname prefix (≤ 100),
 * or everyone for `query: ''`, which needs GUILD_MEMBERS. Without that intent the emulator answers an empty
 * chunk rather than dropping the request, so a bot waiting on the nonce sees "no members" instead of hanging.
 */
export function answerGuildMembersRequest(
  state: DiscordState,
  request: GuildMembersRequest,
  intents: number,
): GatewayGuildMembersChunkDispatchData[] {
  const guildId = typeof request.guild_id === 'string' ? request.guild_id : undefined;
  if (!guildId || !state.guild(guildId)) return [];
  const nonce = typeof request.nonce === 'string' && request.nonce.length <= 32 ? request.nonce : undefined;
  const userIds = toUserIds(request.user_ids);
  let members: MemberRecord[];
  let notFound: string[] = [];
  if (userIds) {
    const wanted = userIds.slice(0, MAX_QUERY_RESULTS);
    members = wanted.flatMap((userId) => state.member(guildId, userId) ?? []);
    notFound = wanted.filter((userId) => !state.member(guildId, userId));
  } else {
    const query = typeof request.query === 'string' ? request.query.toLowerCase() : '';
    const limit = typeof request.limit === 'number' ? request.limit : 0;
    const wantsEveryone = query === '';
    if (wantsEveryone && (intents & GatewayIntentBits.GuildMembers) === 0) {
      members = [];
    } else {
      members = state.guildMembers(guildId).filter((member) => matchesPrefix(state, member, query));
      const cap = wantsEveryone
        ? limit > 0
          ? limit
          : Infinity
        : Math.min(limit || MAX_QUERY_RESULTS, MAX_QUERY_RESULTS);
      members = members.slice(0, cap);
    }
  }
  const chunkCount = Math.max(1, Math.ceil(members.length / MEMBERS_PER_CHUNK));
  return Array.from({ length: chunkCount }, (_, index) => ({
    guild_id: guildId,
    members: members
      .slice(index * MEMBERS_PER_CHUNK, (index + 1) * MEMBERS_PER_CHUNK)
      .map((member) => toApiMember(state, member)),
    chunk_index: index,
    chunk_count: chunkCount,
    ...(index === 0 && notFound.length > 0 ? { not_found: notFound } : {}),
    ...(nonce ? { nonce } : {}),
  }));
}

function toUserIds(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((id): id is string => typeof id === 'string');
  return undefined;
}

function matchesPrefix(state: DiscordState, member: MemberRecord, query: string): boolean {
  if (query === '') return true;
  const username = state.user(member.userId)?.username.toLowerCase() ?? '';
  return username.startsWith(query) || (member.nick?.toLowerCase().startsWith(query) ?? false);
}
