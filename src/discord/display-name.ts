import { GuildMember, type User } from 'discord.js';

/**
 * The name a member goes by on this server (nickname, else their global display name), from what an
 * interaction already carries, so showing it costs no request.
 */
export function displayNameOf(member: GuildMember | { nick?: string | null } | null, user: User): string {
  if (member instanceof GuildMember) return member.displayName;
  return member?.nick ?? user.displayName;
}
