/**
 * Private feedback after the end: each side rates the mentorship 1–5 and may leave a comment for the
 * other, once. The other side reads it only when both have answered or 14 days after the end, by DM.
 */
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.js';
import { messageKey } from '../i18n/message.js';
import {
  createFeedback,
  findFeedbackOf,
  markFeedbackRevealed,
  type MentorshipFeedback,
} from '../../models/mentorship-feedback.model.js';
import { findMentorshipById, type Mentorship } from '../../models/mentorship.model.js';
import { isParticipant } from './mentorship.service.js';
import { discordId, parseInput } from './service-input.js';

export type { MentorshipFeedback } from '../../models/mentorship-feedback.model.js';

/** Feedback is shown to the other side at the latest this long after the end. */
export const FEEDBACK_REVEAL_AFTER_MS = 14 * 24 * 60 * 60_000;
export const MAX_FEEDBACK_COMMENT = 1_000;

const feedbackSchema = z.object({
  mentorshipId: z.string(),
  actorId: discordId,
  rating: z.coerce
    .number({ error: messageKey('lifecycle.feedback.badRating') })
    .int({ error: messageKey('lifecycle.feedback.badRating') })
    .min(1, { error: messageKey('lifecycle.feedback.badRating') })
    .max(5, { error: messageKey('lifecycle.feedback.badRating') }),
  comment: z
    .string()
    .trim()
    .max(MAX_FEEDBACK_COMMENT, { error: messageKey('lifecycle.feedback.commentTooLong') }),
});

/** The ended mentorship an actor may give feedback on. */
export async function feedbackTarget(mentorshipId: string, actorId: string): Promise<Mentorship> {
  const mentorship = await findMentorshipById(mentorshipId);
  if (!mentorship) throw new NotFoundError('lifecycle.errors.notFound');
  if (!isParticipant(mentorship, actorId)) throw new ForbiddenError('lifecycle.errors.notYours');
  if (mentorship.status !== 'ended') throw new ConflictError('lifecycle.feedback.notEnded');
  return mentorship;
}

/** Before the form opens: the pair only, once it ended, and only a side that has not answered yet. */
export async function checkCanGiveFeedback(mentorshipId: string, actorId: string): Promise<void> {
  const mentorship = await feedbackTarget(mentorshipId, actorId);
  const given = await findFeedbackOf(mentorship.id);
  if (given.some((feedback) => feedback.fromId === actorId)) throw new ConflictError('lifecycle.feedback.already');
}

export interface FeedbackGiven {
  feedback: MentorshipFeedback;
  mentorship: Mentorship;
  /** Both sides have answered now, so both may be shown at once. */
  bothAnswered: boolean;
}

/** Records a side's feedback once; a second one is refused and the first stands. */
export async function giveFeedback(input: z.input<typeof feedbackSchema>, clock: Clock): Promise<FeedbackGiven> {
  const { mentorshipId, actorId, rating, comment } = parseInput(feedbackSchema, input);
  const mentorship = await feedbackTarget(mentorshipId, actorId);
  const isMentor = mentorship.mentorId === actorId;
  const feedback = await createFeedback({
    mentorshipId: mentorship.id,
    guildId: mentorship.guildId,
    fromId: actorId,
    toId: isMentor ? mentorship.menteeId : mentorship.mentorId,
    fromRole: isMentor ? 'mentor' : 'mentee',
    rating,
    comment,
    createdAt: clock.now(),
  });
  if (!feedback) throw new ConflictError('lifecycle.feedback.already');
  const all = await findFeedbackOf(mentorship.id);
  return { feedback, mentorship, bothAnswered: all.length >= 2 };
}

/**
 * The feedback that may be shown now and has not been: all of it once both sides answered, else
 * whatever exists 14 days after the end. Nothing while it is too early.
 */
export async function feedbackToReveal(mentorshipId: string, clock: Clock): Promise<MentorshipFeedback[]> {
  const mentorship = await findMentorshipById(mentorshipId);
  if (mentorship?.status !== 'ended' || mentorship.endedAt === null) return [];
  const all = await findFeedbackOf(mentorshipId);
  const due = all.length >= 2 || clock.now().getTime() >= mentorship.endedAt.getTime() + FEEDBACK_REVEAL_AFTER_MS;
  return due ? all.filter((f) => f.revealedAt === null) : [];
}

export async function feedbackRevealed(feedbackId: string, clock: Clock): Promise<void> {
  await markFeedbackRevealed(feedbackId, clock.now());
}
