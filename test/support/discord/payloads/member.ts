import type {
  GuildMemberFlags,
  APIGuildMember,
  APIInteractionDataResolvedGuildMember,
  APIInteractionGuildMember,
} from 'discord-api-types/v10';
import type { DiscordState } from '../state/discord-state.js';
import type { MemberRecord } from '../state/records.js';
import { channelPermissions } from '../permissions.js';
import { bitfield } from './bitfield.js';
import { toApiUser } from './user.js';

export function toApiMember(state: DiscordState, member: MemberRecord): APIGuildMember {
  const user = state.user(member.userId);
  if (!user) throw new Error(`Member ${member.userId} has no user record`);
  return {
    user: toApiUser(user),
    nick: member.nick,
    avatar: null,
    banner: null,
    roles: [...member.roles],
    joined_at: member.joinedAt.toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: bitfield<GuildMemberFlags>(),
    pending: false,
    communication_disabled_until: null,
  };
}

/** The member as an interaction carries it: with the permissions they have in the interaction's channel. */
export function toInteractionMember(
  state: DiscordState,
  member: MemberRecord,
  channelId: string,
): APIInteractionGuildMember {
  const apiMember = toApiMember(state, member);
  return {
    ...apiMember,
    user: apiMember.user,
    permissions: channelPermissions(state, channelId, member.userId).toString(),
  };
}

/** Members inside `resolved` omit `user` (it sits in `resolved.users`). */
export function toResolvedMember(
  state: DiscordState,
  member: MemberRecord,
  channelId: string,
): APIInteractionDataResolvedGuildMember {
  const { user: _user, deaf: _deaf, mute: _mute, ...rest } = toApiMember(state, member);
  return { ...rest, permissions: channelPermissions(state, channelId, member.userId).toString() };
}
