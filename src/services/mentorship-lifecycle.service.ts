/**
 * Pausing, resuming and ending a mentorship. Each is one guarded update of the mentorship, so two presses
 * at once (or both sides ending at the same moment) change it once and the other gets a clear answer;
 * ending frees the place by recomputing the mentor's count from the mentorships.
 */
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.js';
import {
  MENTORSHIP_END_REASONS,
  endMentorshipRecord,
  findMentorshipById,
  findMentorshipsOwingEndFollowUp,
  markEndFollowedUp,
  pauseMentorshipRecord,
  recordMentorshipActivity,
  resumeMentorshipRecord,
  type Mentorship,
  type MentorshipEndReason,
} from '../../models/mentorship.model.js';
import { firstCheckInAfter } from './mentorship-check-in.service.js';
import { isParticipant, recomputeActiveMenteeCount } from './mentorship.service.js';
import { discordId, parseInput } from './service-input.js';
import { messageKey } from '../i18n/message.js';

export { MENTORSHIP_END_REASONS, type MentorshipEndReason } from '../../models/mentorship.model.js';

/** The reasons a member may give; `inactive` is the bot's own. */
export const MEMBER_END_REASONS = MENTORSHIP_END_REASONS.filter(
  (reason): reason is Exclude<MentorshipEndReason, 'inactive'> => reason !== 'inactive',
);

const actSchema = z.object({ mentorshipId: z.string(), actorId: discordId });
const endSchema = actSchema.extend({
  reason: z.enum(MEMBER_END_REASONS, { error: messageKey('lifecycle.errors.badReason') }),
});

/** The mentorship, if the actor is one of its two sides. */
async function mentorshipOf(mentorshipId: string, actorId: string): Promise<Mentorship> {
  const mentorship = await findMentorshipById(mentorshipId);
  if (!mentorship) throw new NotFoundError('lifecycle.errors.notFound');
  if (!isParticipant(mentorship, actorId)) throw new ForbiddenError('lifecycle.errors.notYours');
  return mentorship;
}

/** The other side of the pair from `userId`. */
export function otherSide(mentorship: Pick<Mentorship, 'mentorId' | 'menteeId'>, userId: string): string {
  return mentorship.mentorId === userId ? mentorship.menteeId : mentorship.mentorId;
}

/** Either side may pause: check-ins stop, the place is kept. */
export async function pauseMentorship(input: z.input<typeof actSchema>, clock: Clock): Promise<Mentorship> {
  const { mentorshipId, actorId } = parseInput(actSchema, input);
  const mentorship = await mentorshipOf(mentorshipId, actorId);
  if (mentorship.status !== 'active') throw new ConflictError('lifecycle.errors.alreadyEnded');
  const paused = await pauseMentorshipRecord(mentorship.id, actorId, clock.now());
  if (!paused) throw new ConflictError('lifecycle.errors.alreadyPaused');
  return paused;
}

/** Either side may resume; the next check-in is one cadence from now, at a sensible hour for both. */
export async function resumeMentorship(input: z.input<typeof actSchema>, clock: Clock): Promise<Mentorship> {
  const { mentorshipId, actorId } = parseInput(actSchema, input);
  const mentorship = await mentorshipOf(mentorshipId, actorId);
  if (mentorship.status !== 'active') throw new ConflictError('lifecycle.errors.alreadyEnded');
  const now = clock.now();
  const resumed = await resumeMentorshipRecord(mentorship.id, now, await firstCheckInAfter(mentorship, now));
  if (!resumed) throw new ConflictError('lifecycle.errors.notPaused');
  return resumed;
}

/**
 * Either side may end it, with a reason: check-ins stop and the place is free. A second end (the other
 * side at the same moment, a replay) is refused and changes nothing.
 */
export async function endMentorship(
  input: { mentorshipId: string; actorId: string; reason: string },
  clock: Clock,
): Promise<Mentorship> {
  const { mentorshipId, actorId, reason } = parseInput(endSchema, input);
  const mentorship = await mentorshipOf(mentorshipId, actorId);
  const ended = await endMentorshipRecord(mentorship.id, { endedBy: actorId, endReason: reason, now: clock.now() });
  if (!ended) throw new ConflictError('lifecycle.errors.alreadyEnded');
  await recomputeActiveMenteeCount(ended.guildId, ended.mentorId);
  return ended;
}

/**
 * The bot's end of a pair that never answered its warning: only while it is still at that stage, so
 * any activity since (a message, a check-in answer, Continue) keeps it open. Null when it did not end.
 */
export async function endInactiveMentorship(mentorshipId: string, clock: Clock): Promise<Mentorship | null> {
  const ended = await endMentorshipRecord(mentorshipId, {
    endedBy: null,
    endReason: 'inactive',
    now: clock.now(),
    onlyIfFading: 'warned',
  });
  if (ended) await recomputeActiveMenteeCount(ended.guildId, ended.mentorId);
  return ended;
}

/** "Continue" on a fading pair's question: counts as activity, so the sequence starts over. */
export async function continueMentorship(input: z.input<typeof actSchema>, clock: Clock): Promise<Mentorship> {
  const { mentorshipId, actorId } = parseInput(actSchema, input);
  const mentorship = await mentorshipOf(mentorshipId, actorId);
  if (mentorship.status !== 'active') throw new ConflictError('lifecycle.errors.ended');
  await recordMentorshipActivity(mentorship.id, clock.now());
  return mentorship;
}

export async function getMentorship(mentorshipId: string): Promise<Mentorship | null> {
  return findMentorshipById(mentorshipId);
}

/** Ended mentorships whose follow-up was never done (the bot stopped right after the end). */
export async function mentorshipsOwingEndFollowUp(clock: Clock, graceMs: number, limit: number): Promise<Mentorship[]> {
  return findMentorshipsOwingEndFollowUp(new Date(clock.now().getTime() - graceMs), limit);
}

export async function endFollowedUp(mentorshipId: string): Promise<void> {
  await markEndFollowedUp(mentorshipId);
}
