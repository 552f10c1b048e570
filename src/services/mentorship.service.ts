/**
 * Mentorships: the pairs a mentor has taken on. The mentorship documents are the source of truth for a
 * mentor's places; the profile's `activeMenteeCount` (which search and profiles read) is recomputed from
 * them whenever a mentorship starts or ends, and can be recomputed at any time to repair it.
 */
import { setActiveMenteeCount } from '../../models/mentor-profile.model.js';
import {
  countActiveMentorships,
  findActiveMentorshipByThread,
  findActiveMentorshipsOf,
  type Mentorship,
} from '../../models/mentorship.model.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.js';
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

export function isParticipant(mentorship: Pick<Mentorship, 'mentorId' | 'menteeId'>, userId: string): boolean {
  return mentorship.mentorId === userId || mentorship.menteeId === userId;
}

/**
 * The caller's active (paused included) mentorship that a `/mentorship` command is about: the one whose
 * private thread the command runs in, else the one with `otherId` (the `with` option), else the only one.
 * Someone else's thread is refused rather than ignored, so nobody acts on a pair they are not part of.
 */
export async function findMentorshipFor(
  guildId: string,
  actorId: string,
  { threadId = null, otherId = null }: { threadId?: string | null; otherId?: string | null },
): Promise<Mentorship> {
  parseInput(discordId, guildId);
  parseInput(discordId, actorId);
  if (otherId !== null) parseInput(discordId, otherId);
  if (otherId === actorId) throw new NotFoundError('mentorship.errors.notWithYourself');
  const threadPair = threadId === null ? null : await findActiveMentorshipByThread(threadId);
  if (threadPair && threadPair.guildId === guildId && (otherId === null || isParticipant(threadPair, otherId))) {
    if (!isParticipant(threadPair, actorId)) throw new ForbiddenError('mentorship.errors.notYourMentorship');
    return threadPair;
  }
  const mine = await findActiveMentorshipsOf(guildId, actorId);
  if (otherId !== null) {
    const withOther = mine.find((m) => isParticipant(m, otherId));
    if (!withOther) throw new NotFoundError('mentorship.errors.noneWith', { otherId });
    return withOther;
  }
  const [only, ...others] = mine;
  if (!only) throw new NotFoundError('mentorship.errors.none');
  if (others.length > 0) throw new ConflictError('mentorship.errors.several', { count: mine.length });
  return only;
}
