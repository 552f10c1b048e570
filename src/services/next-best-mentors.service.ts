/**
 * "Who else could help?": after a mentor declines, lets a request expire or stops mentoring, the member is
 * offered the best other mentors right in that message. They come from the same ranking as `/mentors find`
 * (so full, paused, unapproved mentors and fair load are handled alike), in the first mentor's specialties,
 * leaving out that mentor, everyone the member already asked and anyone already mentoring them.
 */
import type { Clock } from '../clock.js';
import { findMentorProfile } from '../../models/mentor-profile.model.js';
import { findMentorsAskedBy, type MentorshipRequest } from '../../models/mentorship-request.model.js';
import { findActiveMentorshipsOf } from '../../models/mentorship.model.js';
import { UserError } from '../errors.js';
import { MAX_PAGE_SIZE, findMentors, type MentorSearchResult } from './mentor-search.service.js';
import { mentorDirectory, type MentorDirectory } from './mentor-search/mentor-directory.js';

/** Enough to choose from without turning a DM into a search page. */
export const NEXT_BEST_COUNT = 3;

export async function nextBestMentors(
  request: Pick<MentorshipRequest, 'guildId' | 'menteeId' | 'mentorId'>,
  clock: Clock,
  limit = NEXT_BEST_COUNT,
  directory: MentorDirectory = mentorDirectory,
): Promise<MentorSearchResult[]> {
  const { guildId, menteeId, mentorId } = request;
  const [mentor, asked, mentorships] = await Promise.all([
    findMentorProfile(guildId, mentorId),
    findMentorsAskedBy(guildId, menteeId),
    findActiveMentorshipsOf(guildId, menteeId),
  ]);
  if (!mentor) return [];
  const excluded = new Set([mentorId, ...asked, ...mentorships.map((m) => m.mentorId)]);
  const found = new Map<string, MentorSearchResult>();
  for (const specialty of mentor.specialties) {
    const page = await findMentors(
      { guildId, askerId: menteeId, specialty, pageSize: MAX_PAGE_SIZE },
      clock,
      directory,
    ).catch((error: unknown) => {
      // A specialty archived since: nobody is offered in it any more.
      if (error instanceof UserError) return null;
      throw error;
    });
    for (const result of page?.results ?? []) {
      const known = found.get(result.mentor.userId);
      if (!excluded.has(result.mentor.userId) && (!known || known.score.total < result.score.total)) {
        found.set(result.mentor.userId, result);
      }
    }
  }
  return [...found.values()]
    .sort((a, b) => b.score.total - a.score.total || (a.mentor.userId < b.mentor.userId ? -1 : 1))
    .slice(0, limit)
    .map((result, index) => ({ ...result, rank: index + 1 }));
}
