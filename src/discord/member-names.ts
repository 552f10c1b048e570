/**
 * Display names to show beside member mentions in embeds: Discord clients render a mention of a member
 * they have not loaded as a raw id, so a name must travel as text too. Names come from discord.js's member
 * cache, which every interaction a member makes refreshes; members missing from it are fetched by id in
 * one gateway request per batch (allowed without the privileged members intent), shared by concurrent
 * callers and bounded in time. Ids Discord does not know as members are not asked for again for a while.
 */
import type { Guild } from 'discord.js';

/** A name lookup must never hold an answer up for long; the mention alone is the fallback. */
const FETCH_TIMEOUT_MS = 1_500;
/** How long an id that is not a member (or whose fetch failed) is shown without a name before asking again. */
const RETRY_AFTER_MS = 5 * 60_000;

const MAX_REMEMBERED = 10_000;

const fetches = new Map<string, Promise<void>>();
const notMembers = new Map<string, number>();

/** The display name of each given user who is a member of `guild`; others are absent from the map. */
export async function displayNames(guild: Guild | null, userIds: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (guild === null || userIds.length === 0) return names;
  const now = Date.now();
  const missing = userIds.filter((id) => {
    if (guild.members.cache.has(id)) return false;
    const key = `${guild.id}:${id}`;
    return !fetches.has(key) && (notMembers.get(key) ?? 0) <= now;
  });
  if (missing.length > 0) fetchMembers(guild, missing);
  await Promise.all(userIds.flatMap((id) => fetches.get(`${guild.id}:${id}`) ?? []));
  for (const id of userIds) {
    const member = guild.members.cache.get(id);
    if (member !== undefined) names.set(id, member.displayName);
  }
  return names;
}

function fetchMembers(guild: Guild, userIds: readonly string[]): void {
  const keys = userIds.map((id) => `${guild.id}:${id}`);
  const done = guild.members
    .fetch({ user: [...userIds], time: FETCH_TIMEOUT_MS })
    .then(
      (found) => found,
      () => null,
    )
    .then((found) => {
      if (notMembers.size > MAX_REMEMBERED) forgetExpired();
      const retryAt = Date.now() + RETRY_AFTER_MS;
      for (const [index, id] of userIds.entries()) {
        if (!found?.has(id)) notMembers.set(keys[index] ?? '', retryAt);
      }
    })
    .finally(() => {
      for (const key of keys) fetches.delete(key);
    });
  for (const key of keys) fetches.set(key, done);
}

function forgetExpired(): void {
  const now = Date.now();
  for (const [key, retryAt] of notMembers) if (retryAt <= now) notMembers.delete(key);
}
