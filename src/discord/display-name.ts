import { GuildMember, type Guild, type User } from 'discord.js';

/**
 * The name a member goes by on this server (nickname, else their global display name), from what an
 * interaction already carries, so showing it costs no request.
 */
export function displayNameOf(member: GuildMember | { nick?: string | null } | null, user: User): string {
  if (member instanceof GuildMember) return member.displayName;
  return member?.nick ?? user.displayName;
}

/**
 * Display names of a few members, asked of Discord in one request (the member cache is not kept without
 * the privileged members intent). Members who left keep their global name, or their id.
 */
export async function memberDisplayNames(guild: Guild, userIds: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (userIds.length === 0) return names;
  const members = await guild.members.fetch({ user: [...userIds], time: 10_000 });
  for (const userId of userIds) {
    const member = members.get(userId);
    const user = member?.user ?? guild.client.users.cache.get(userId);
    names.set(userId, member?.displayName ?? user?.displayName ?? userId);
  }
  return names;
}
