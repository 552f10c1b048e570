/**
 * A member asks a mentor for mentorship with their goals; the mentor accepts (taking one of their
 * places) or declines with an optional reason; unanswered requests expire. Every step is a guarded
 * single-document update, so double clicks and races decide nothing twice.
 */
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.js';
import {
  decrementActiveMentees,
  findMentorProfile,
  incrementActiveMentees,
  setResponseStats,
} from '../../models/mentor-profile.model.js';
import {
  countPendingRequestsFor,
  countPendingRequestsOf,
  countRequestsFor,
  decideMentorshipRequest,
  deleteMentorshipRequest,
  findMentorshipRequest,
  insertMentorshipRequest,
  listPendingRequestsFor,
  recentAnswerMinutes,
  type MentorshipRequest,
} from '../../models/mentorship-request.model.js';
import { isOffered } from './mentor-standing.js';
import { discordId, parseInput } from './service-input.js';

export type { MentorshipRequest } from '../../models/mentorship-request.model.js';

/** How long a mentor has to answer before the request expires and the member is told. */
export const REQUEST_LIFETIME_DAYS = 7;
export const REQUEST_LIFETIME_MS = REQUEST_LIFETIME_DAYS * 24 * 60 * 60_000;
/** Open requests a member may have at once: enough to find a match, too few to spam every mentor. */
export const MAX_PENDING_REQUESTS = 3;
const RESPONSIVENESS_SAMPLE = 20;

const requestSchema = z.object({
  guildId: discordId,
  menteeId: discordId,
  mentorId: discordId,
  goals: z
    .string()
    .trim()
    .min(20, 'Tell the mentor a little more about your goals: at least 20 characters.')
    .max(1000, {
      error: (issue) => `Goals can be at most 1,000 characters; yours have ${String((issue.input as string).length)}.`,
    }),
});
export type RequestMentorshipInput = z.input<typeof requestSchema>;

export async function requestMentorship(input: RequestMentorshipInput, clock: Clock): Promise<MentorshipRequest> {
  const { guildId, menteeId, mentorId, goals } = parseInput(requestSchema, input);
  const now = clock.now();
  if (menteeId === mentorId) throw new ForbiddenError('you cannot ask yourself for mentorship.');
  const mentor = await findMentorProfile(guildId, mentorId);
  if (!mentor || !isOffered(mentor, now)) {
    throw new ConflictError(
      'That mentor is not taking requests right now (paused, retired or full). Try another one from `/mentors find`.',
    );
  }
  if ((await countPendingRequestsOf(guildId, menteeId)) >= MAX_PENDING_REQUESTS) {
    throw new ConflictError(
      `You already have ${MAX_PENDING_REQUESTS} requests waiting for an answer. Wait for one, or let one expire, before asking another mentor.`,
    );
  }
  const request = await insertMentorshipRequest({ guildId, menteeId, mentorId, goals, createdAt: now });
  if (!request) throw new ConflictError('You already asked this mentor; their answer is on its way.');
  // Requests sent at the same moment can all pass the count above; the last to land rolls itself back.
  if ((await countPendingRequestsOf(guildId, menteeId)) > MAX_PENDING_REQUESTS) {
    await deleteMentorshipRequest(request.id);
    throw new ConflictError(`You already have ${MAX_PENDING_REQUESTS} requests waiting for an answer.`);
  }
  return request;
}

/** Undoes a request whose follow-up steps (scheduling its expiry) failed, so it holds no place. */
export async function withdrawMentorshipRequest(requestId: string): Promise<void> {
  await deleteMentorshipRequest(requestId);
}

const decisionSchema = z.object({ requestId: z.string(), actorId: discordId });
export type DecideRequestInput = z.input<typeof decisionSchema>;

async function pendingRequestFor(requestId: string, actorId: string): Promise<MentorshipRequest> {
  const request = await findMentorshipRequest(requestId);
  if (!request) throw new NotFoundError('that request', 'It may have been removed.');
  if (request.mentorId !== actorId) throw new ForbiddenError('only the mentor who was asked can answer this request.');
  if (request.status !== 'pending') throw new ConflictError(`This request was already ${request.status}.`);
  return request;
}

/** Takes one of the mentor's places first, so a mentor can never be overfilled by two accepts at once. */
export async function acceptMentorship(input: DecideRequestInput, clock: Clock): Promise<MentorshipRequest> {
  const { requestId, actorId } = parseInput(decisionSchema, input);
  const request = await pendingRequestFor(requestId, actorId);
  const place = await incrementActiveMentees(request.guildId, request.mentorId);
  if (!place) {
    throw new ConflictError(
      'All your places are taken. Raise your capacity with `/mentor edit`, or decline this request.',
    );
  }
  const accepted = await decideMentorshipRequest(requestId, 'accepted', clock.now());
  if (!accepted) {
    await decrementActiveMentees(request.guildId, request.mentorId);
    throw new ConflictError('This request was answered or expired a moment ago.');
  }
  return accepted;
}

const declineSchema = decisionSchema.extend({ reason: z.string().trim().max(500).optional() });

export async function declineMentorship(
  input: z.input<typeof declineSchema>,
  clock: Clock,
): Promise<MentorshipRequest> {
  const { requestId, actorId, reason } = parseInput(declineSchema, input);
  const request = await pendingRequestFor(requestId, actorId);
  const declined = await decideMentorshipRequest(request.id, 'declined', clock.now(), reason ? reason : null);
  if (!declined) throw new ConflictError('This request was answered or expired a moment ago.');
  return declined;
}

/** Run by the expiry job; null when the request was answered in time. */
export async function expireMentorshipRequest(requestId: string, clock: Clock): Promise<MentorshipRequest | null> {
  return decideMentorshipRequest(requestId, 'expired', clock.now());
}

/** The oldest `limit` requests waiting for the mentor, and how many wait in all. */
export async function pendingRequestsFor(
  guildId: string,
  mentorId: string,
  limit: number,
): Promise<{ requests: MentorshipRequest[]; total: number }> {
  const [requests, total] = await Promise.all([
    listPendingRequestsFor(parseInput(discordId, guildId), parseInput(discordId, mentorId), limit),
    countPendingRequestsFor(guildId, mentorId),
  ]);
  return { requests, total };
}

/** Recomputes the figures the search scores responsiveness by; callers run it after answering the user. */
export async function refreshResponseStats(guildId: string, mentorId: string): Promise<void> {
  const [counts, minutes] = await Promise.all([
    countRequestsFor(guildId, mentorId),
    recentAnswerMinutes(guildId, mentorId, RESPONSIVENESS_SAMPLE),
  ]);
  await setResponseStats(guildId, mentorId, {
    requestsReceived: counts.received,
    requestsAnswered: counts.answered,
    medianResponseMinutes: median(minutes),
  });
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(value ?? 0);
}
