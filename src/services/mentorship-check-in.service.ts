/**
 * Check-ins: scheduled on the pair's cadence at a sensible local hour for both, claimed by the sweep with
 * guarded updates (so a restart between scheduling and firing neither loses nor doubles one), and
 * answered privately by each side once: a pulse, and on reviews a 1–5 rating.
 */
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.js';
import { getGuildSettings } from '../../models/guild-settings.model.js';
import { findMemberProfile } from '../../models/member-profile.model.js';
import { findMentorProfile } from '../../models/mentor-profile.model.js';
import {
  CHECK_IN_PULSES,
  claimAdminFlag,
  claimCheckInDelivery,
  createCheckIn,
  findCheckIn,
  findLastRatedCheckIn,
  findUndeliveredCheckIns,
  markCheckInDelivered,
  setCheckInPulse,
  setCheckInRating,
  type CheckInPulse,
  type CheckInSide,
  type MentorshipCheckIn,
  type PostedMessage,
} from '../../models/mentorship-check-in.model.js';
import {
  claimDueCheckIn,
  findMentorshipById,
  findMentorshipsDueForCheckIn,
  findMentorshipsWithoutCheckIn,
  recordMentorshipActivity,
  setFirstCheckIn,
  type Mentorship,
  type MentorshipCadence,
} from '../../models/mentorship.model.js';
import { CADENCE_DAYS, isReviewDue, nextCheckInAt, sensibleTimeAfter } from './mentorship-check-in-time.js';
import { discordId, parseInput } from './service-input.js';

export { CHECK_IN_PULSES } from '../../models/mentorship-check-in.model.js';
export type { CheckInPulse, CheckInSide, MentorshipCheckIn } from '../../models/mentorship-check-in.model.js';

/** A rating at or below this tells the rater how to get help (and flags the pair in formal programs). */
export const LOW_RATING = 2;
/** How long one sweep holds a prompt's delivery before another may take it over. */
const DELIVERY_LEASE_MS = 2 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/** The pair's time zones, the mentee's first; UTC for a side who never set one. */
export async function pairTimezones(mentorship: Mentorship): Promise<string[]> {
  const [mentee, mentorMember, mentor] = await Promise.all([
    findMemberProfile(mentorship.guildId, mentorship.menteeId),
    findMemberProfile(mentorship.guildId, mentorship.mentorId),
    findMentorProfile(mentorship.guildId, mentorship.mentorId),
  ]);
  return [mentee?.timezone ?? 'UTC', mentorMember?.timezone ?? mentor?.timezone ?? 'UTC'];
}

/**
 * The first check-in one cadence after `from` (the start, or a resume). One already past (the sweep ran
 * late) is due at once; the claim then schedules the next one in the future, so there is no burst.
 */
export async function firstCheckInAfter(mentorship: Mentorship, from: Date): Promise<Date> {
  return nextCheckInAt(from, mentorship.cadence, await pairTimezones(mentorship));
}

/**
 * The pending check-in moved to a new cadence: one new cadence after the moment the schedule counts from
 * (the last check-in, the start or a resume, which is the pending one less the old cadence), at a sensible
 * hour; if that has already passed, the next sensible hour from now. Null when nothing is scheduled (a
 * paused pair, or one whose first check-in the sweep has yet to set, which then uses the new cadence).
 */
export async function checkInAfterCadenceChange(
  mentorship: Mentorship,
  cadence: MentorshipCadence,
  now: Date,
): Promise<Date | null> {
  if (mentorship.pausedAt !== null || mentorship.nextCheckInAt === null) return null;
  const countedFrom = new Date(mentorship.nextCheckInAt.getTime() - CADENCE_DAYS[mentorship.cadence] * DAY_MS);
  const zones = await pairTimezones(mentorship);
  const next = nextCheckInAt(countedFrom, cadence, zones);
  return next > now ? next : sensibleTimeAfter(now, zones);
}

/** Gives newly started mentorships their first check-in; the ids of those it scheduled. */
export async function scheduleFirstCheckIns(limit: number): Promise<string[]> {
  const scheduled: string[] = [];
  for (const mentorship of await findMentorshipsWithoutCheckIn(limit)) {
    if (await setFirstCheckIn(mentorship.id, await firstCheckInAfter(mentorship, mentorship.startedAt))) {
      scheduled.push(mentorship.id);
    }
  }
  return scheduled;
}

/**
 * Makes the check-in of every mentorship whose check-in is due: the numbered check-in first (unique, so
 * a second sweep finds the same one), then the guarded claim that schedules the next. A pair whose
 * check-ins were missed (the bot was down for weeks) gets one, not a burst. Returns the check-ins whose
 * prompt is still to be delivered.
 */
export async function claimDueCheckIns(clock: Clock, limit: number): Promise<MentorshipCheckIn[]> {
  const now = clock.now();
  const made: MentorshipCheckIn[] = [];
  for (const mentorship of await findMentorshipsDueForCheckIn(now, limit)) {
    const dueAt = mentorship.nextCheckInAt;
    if (dueAt === null) continue;
    const lastReview = await findLastRatedCheckIn(mentorship.id);
    const checkIn = await createCheckIn({
      mentorshipId: mentorship.id,
      guildId: mentorship.guildId,
      mentorId: mentorship.mentorId,
      menteeId: mentorship.menteeId,
      number: mentorship.checkInsSent + 1,
      dueAt,
      withRating: isReviewDue(mentorship.startedAt, dueAt, lastReview?.dueAt ?? null),
      createdAt: now,
    });
    const zones = await pairTimezones(mentorship);
    let next = nextCheckInAt(dueAt, mentorship.cadence, zones);
    while (next <= now) next = nextCheckInAt(next, mentorship.cadence, zones);
    const claimed = await claimDueCheckIn(mentorship.id, dueAt, mentorship.checkInsSent, next);
    if (claimed && checkIn.deliveredAt === null) made.push(checkIn);
  }
  return made;
}

/** What the delivery of a prompt should do now, read again from the database. */
export type DeliveryPlan =
  | { action: 'deliver'; checkIn: MentorshipCheckIn; mentorship: Mentorship }
  | { action: 'drop'; checkIn: MentorshipCheckIn }
  | { action: 'wait' };

/**
 * Takes the delivery of a prompt: `deliver` with the lease held, `drop` when the pair ended meanwhile,
 * `wait` when it was delivered, another sweep holds it, or its claim has not happened yet (a paused pair).
 */
export async function startCheckInDelivery(checkInId: string, clock: Clock): Promise<DeliveryPlan> {
  const claimed = await claimCheckInDelivery(checkInId, clock.now(), DELIVERY_LEASE_MS);
  if (!claimed) return { action: 'wait' };
  const mentorship = await findMentorshipById(claimed.mentorshipId);
  if (!mentorship || mentorship.status === 'ended') return { action: 'drop', checkIn: claimed };
  if (mentorship.checkInsSent < claimed.number || mentorship.pausedAt !== null) return { action: 'wait' };
  return { action: 'deliver', checkIn: claimed, mentorship };
}

export async function checkInDelivered(checkInId: string, messages: PostedMessage[], clock: Clock): Promise<void> {
  await markCheckInDelivered(checkInId, clock.now(), messages);
}

/** Prompts made but not delivered for `graceMs` (the sweep that made them stopped); oldest first. */
export async function undeliveredCheckIns(clock: Clock, graceMs: number, limit: number): Promise<MentorshipCheckIn[]> {
  return findUndeliveredCheckIns(new Date(clock.now().getTime() - graceMs), limit);
}

export async function getCheckIn(checkInId: string): Promise<MentorshipCheckIn | null> {
  return findCheckIn(checkInId);
}

export interface CheckInAnswerResult {
  checkIn: MentorshipCheckIn;
  side: CheckInSide;
  /** Both sides have now given their pulse (true for exactly one of the two answers). */
  completed: boolean;
  /** "Stuck" or a low rating: the answerer is told how to get help. */
  needsHelp: boolean;
  /** This answer is the one that flags the pair to the admins of a formal program. */
  flagAdmins: boolean;
}

const pulseSchema = z.object({
  checkInId: z.string(),
  actorId: discordId,
  pulse: z.enum(CHECK_IN_PULSES),
});

const ratingSchema = z.object({
  checkInId: z.string(),
  actorId: discordId,
  rating: z.coerce.number().int().min(1).max(5),
});

/** The check-in and the presser's side; anyone but the pair is refused, and so is a pair that ended. */
async function answerable(
  checkInId: string,
  actorId: string,
): Promise<{ checkIn: MentorshipCheckIn; side: CheckInSide }> {
  const checkIn = await findCheckIn(checkInId);
  if (!checkIn) throw new NotFoundError('lifecycle.errors.notFound');
  const side: CheckInSide | null =
    checkIn.mentorId === actorId ? 'mentor' : checkIn.menteeId === actorId ? 'mentee' : null;
  if (side === null) throw new ForbiddenError('lifecycle.errors.notYours');
  const mentorship = await findMentorshipById(checkIn.mentorshipId);
  if (mentorship?.status !== 'active') throw new ConflictError('lifecycle.errors.ended');
  return { checkIn, side };
}

async function afterAnswer(
  before: MentorshipCheckIn,
  after: MentorshipCheckIn,
  side: CheckInSide,
  needsHelp: boolean,
  clock: Clock,
): Promise<CheckInAnswerResult> {
  const now = clock.now();
  await recordMentorshipActivity(after.mentorshipId, now);
  const completed =
    after.mentor.pulse !== null &&
    after.mentee.pulse !== null &&
    (before.mentor.pulse === null || before.mentee.pulse === null);
  const flagAdmins =
    needsHelp && (await getGuildSettings(after.guildId)).formalProgram && (await claimAdminFlag(after.id, now));
  return { checkIn: after, side, completed, needsHelp, flagAdmins };
}

/** Records a side's pulse once; a second press is refused with what was recorded. */
export async function answerCheckInPulse(
  input: { checkInId: string; actorId: string; pulse: CheckInPulse },
  clock: Clock,
): Promise<CheckInAnswerResult> {
  const { checkInId, actorId, pulse } = parseInput(pulseSchema, input);
  const { checkIn, side } = await answerable(checkInId, actorId);
  const after = await setCheckInPulse(checkIn.id, side, pulse, clock.now());
  if (!after) throw new ConflictError('lifecycle.checkIns.alreadyAnswered');
  return afterAnswer(checkIn, after, side, pulse === 'stuck', clock);
}

/** Records a side's 1–5 rating once, on a review check-in. */
export async function answerCheckInRating(
  input: { checkInId: string; actorId: string; rating: number | string },
  clock: Clock,
): Promise<CheckInAnswerResult> {
  const { checkInId, actorId, rating } = parseInput(ratingSchema, input);
  const { checkIn, side } = await answerable(checkInId, actorId);
  if (!checkIn.withRating) throw new ConflictError('lifecycle.checkIns.noRatingHere');
  const after = await setCheckInRating(checkIn.id, side, rating, clock.now());
  if (!after) {
    const recorded = (await findCheckIn(checkIn.id))?.[side].rating ?? rating;
    throw new ConflictError('lifecycle.checkIns.alreadyRated', { rating: recorded });
  }
  return afterAnswer(checkIn, after, side, rating <= LOW_RATING, clock);
}
