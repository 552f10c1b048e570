/**
 * Mentorships: the pairs a mentor has taken on. The mentorship documents are the source of truth for a
 * mentor's places; the profile's `activeMenteeCount` (which search and profiles read) is recomputed from
 * them whenever a mentorship starts or ends, and can be recomputed at any time to repair it.
 */
import { setActiveMenteeCount } from '../../models/mentor-profile.model.js';
import { countActiveMentorships } from '../../models/mentorship.model.js';
import { discordId, parseInput } from './service-input.js';

export type { Mentorship } from '../../models/mentorship.model.js';

/** Enough for any realistic burst of simultaneous changes; each round re-reads after writing. */
const MAX_ROUNDS = 5;

/**
 * Sets the mentor's places in use to the number of their active mentorships and returns it. Two
 * recomputes at once could write in the wrong order, so each checks after writing and writes again
 * if the count moved meanwhile: the last writer always leaves the true figure.
 */
export async function recomputeActiveMenteeCount(guildId: string, mentorId: string): Promise<number> {
  parseInput(discordId, guildId);
  parseInput(discordId, mentorId);
  let count = await countActiveMentorships(guildId, mentorId);
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    await setActiveMenteeCount(guildId, mentorId, count);
    const now = await countActiveMentorships(guildId, mentorId);
    if (now === count) return count;
    count = now;
  }
  return count;
}
