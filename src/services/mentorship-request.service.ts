/**
 * A member asks a mentor for mentorship with their goals; the mentor accepts (taking one of their
 * places), declines with an optional reason, or declines and blocks; the member may withdraw; unanswered
 * requests expire; a mentor who retires, is turned down or leaves has their requests closed. Every step
 * out of "pending" is one guarded update that also records what the people involved must be told
 * (see the model's `notices`), so a crash or a failed Discord call loses nothing and tells no one twice.
 */
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { ForbiddenError, NotFoundError, RequestRefusedError } from '../errors.js';
import { messageKey } from '../i18n/message.js';
import { getGuildSettings, updateGuildSettings } from '../../models/guild-settings.model.js';
import { isBlockedBy } from '../../models/mentor-block.model.js';
import {
  endUnansweredRun,
  findMentorProfile,
  pauseUnresponsiveMentor,
  recordUnansweredRequest,
  setPendingRequestCount,
  setResponseStats,
} from '../../models/mentor-profile.model.js';
import {
  countPendingRequestsFor,
  countPendingRequestsOf,
  countRequestsFor,
  findDeclineSince,
  findMentorshipRequest,
  findNoticesDueBetween,
  findPendingCreatedBefore,
  finishPendingRequest,
  insertMentorshipRequest,
  listPendingRequestsFor,
  listPendingRequestsOf,
  oweExpiryToMentor,
  markNoticeDelivered,
  recentAnswerMinutes,
  setMentorDm,
  REQUEST_CLOSE_REASONS,
  type MentorshipRequest,
  type MessageRef,
  type RequestCloseReason,
  type RequestNotice,
  type RequestStatus,
  type RequestStep,
} from '../../models/mentorship-request.model.js';
import {
  deleteMentorshipOfRequest,
  findActiveMentorship,
  startMentorshipInFreePlace,
} from '../../models/mentorship.model.js';
import { effectiveStatus, isOffered, isRecognised } from './mentor-standing.js';
import { recomputeActiveMenteeCount } from './mentorship.service.js';
import { actorSchema, discordId, parseInput, requireAdmin } from './service-input.js';

export type {
  MentorshipRequest,
  MessageRef,
  RequestCloseReason,
  RequestNotice,
  RequestStatus,
} from '../../models/mentorship-request.model.js';

/** How long a mentor has to answer before the request expires and the member is told. */
export const REQUEST_LIFETIME_DAYS = 7;
export const REQUEST_LIFETIME_MS = REQUEST_LIFETIME_DAYS * 24 * 60 * 60_000;
/** Open requests a member may have at once: enough to find a match, too few to spam every mentor. */
export const MAX_PENDING_REQUESTS = 3;
/** Requests a mentor may leave to expire in a row before they are paused until they resume. */
export const UNANSWERED_BEFORE_PAUSE = 2;
/** Bounds of the server's cooling-off setting, in days. */
export const MAX_REQUEST_COOLDOWN_DAYS = 365;
const RESPONSIVENESS_SAMPLE = 20;
const DAY_MS = 24 * 60 * 60_000;
/** Names are shown beside mentions; Discord's display names are at most 32 characters. */
const NAME_MAX = 64;

/**
 * Where the service hands a request whose step made notices due: a durable queue (an Agenda job in the
 * app, see src/jobs/mentorship-request-notice.job.ts). The notices are already saved with the step, so a
 * queue that fails loses nothing: the notice sweep queues them again.
 */
export interface RequestNoticeQueue {
  deliver(requestId: string, status: RequestStatus): Promise<void>;
}

const pairSchema = z.object({ guildId: discordId, menteeId: discordId, mentorId: discordId });
export type RequestPair = z.input<typeof pairSchema>;

const displayName = z.string().trim().min(1).max(NAME_MAX).nullable().default(null);

const requestSchema = pairSchema.extend({
  goals: z
    .string()
    .trim()
    .min(20, messageKey('requests.errors.goalsTooShort'))
    .max(1000, messageKey('requests.errors.goalsTooLong')),
  menteeName: displayName,
  mentorName: displayName,
});
export type RequestMentorshipInput = z.input<typeof requestSchema>;

/**
 * Every refusal that does not depend on the goals, checked before the member writes them and again when
 * they send them: asking oneself, the mentor's standing and room, a block, an active mentorship, a
 * request already waiting, the member's limit and the cooling-off after a decline.
 */
export async function checkCanRequest(input: RequestPair, clock: Clock): Promise<void> {
  const { guildId, menteeId, mentorId } = parseInput(pairSchema, input);
  const now = clock.now();
  if (menteeId === mentorId) throw new RequestRefusedError('self');
  const [mentor, settings, blocked, mentorship, pending] = await Promise.all([
    findMentorProfile(guildId, mentorId),
    getGuildSettings(guildId),
    isBlockedBy(guildId, mentorId, menteeId),
    findActiveMentorship(guildId, mentorId, menteeId),
    listPendingRequestsOf(guildId, menteeId, MAX_PENDING_REQUESTS + 1),
  ]);
  const who = { mentorId };
  if (!mentor || !isRecognised(mentor) || effectiveStatus(mentor, now) !== 'active') {
    throw new RequestRefusedError('mentor-unavailable', who);
  }
  if (blocked) throw new RequestRefusedError('blocked', who);
  if (mentorship) throw new RequestRefusedError('already-mentored', who);
  if (pending.some((request) => request.mentorId === mentorId)) throw new RequestRefusedError('duplicate', who);
  if (!isOffered(mentor, now)) throw new RequestRefusedError('mentor-full', who);
  if (pending.length >= MAX_PENDING_REQUESTS) throw new RequestRefusedError('limit', { max: MAX_PENDING_REQUESTS });
  if (settings.requestCooldownDays > 0) {
    const decline = await findDeclineSince(
      guildId,
      menteeId,
      mentorId,
      new Date(now.getTime() - settings.requestCooldownDays * DAY_MS),
    );
    if (decline?.decidedAt) {
      const until = new Date(decline.decidedAt.getTime() + settings.requestCooldownDays * DAY_MS);
      throw new RequestRefusedError('cooldown', {
        ...who,
        ...(decline.mentorName ? { mentorName: decline.mentorName } : {}),
        until: Math.floor(until.getTime() / 1000),
      });
    }
  }
}

/**
 * Saves a pending request that owes the mentor their DM (the adapter sends it at once; the notice job
 * and sweep retry if it cannot). The member's limit holds under simultaneous requests: each takes one
 * of a few numbered slots under a unique index.
 */
export async function requestMentorship(input: RequestMentorshipInput, clock: Clock): Promise<MentorshipRequest> {
  const { guildId, menteeId, mentorId, goals, menteeName, mentorName } = parseInput(requestSchema, input);
  await checkCanRequest({ guildId, menteeId, mentorId }, clock);
  const saved = await insertMentorshipRequest(
    { guildId, menteeId, mentorId, goals, menteeName, mentorName, createdAt: clock.now() },
    MAX_PENDING_REQUESTS,
  );
  if (saved === 'duplicate') throw new RequestRefusedError('duplicate', { mentorId });
  if (saved === 'full') throw new RequestRefusedError('limit', { max: MAX_PENDING_REQUESTS });
  return saved;
}

const decisionSchema = z.object({ requestId: z.string(), actorId: discordId });
export type DecideRequestInput = z.input<typeof decisionSchema>;

async function requestOf(requestId: string): Promise<MentorshipRequest> {
  const request = await findMentorshipRequest(requestId);
  if (!request) throw new NotFoundError('requests.errors.notFound');
  return request;
}

async function pendingRequestFor(requestId: string, mentorId: string): Promise<MentorshipRequest> {
  const request = await requestOf(requestId);
  if (request.mentorId !== mentorId) throw new ForbiddenError('requests.errors.onlyMentorAnswers');
  if (request.status !== 'pending') throw new RequestRefusedError('already-answered', { status: request.status });
  return request;
}

/**
 * Finishes a pending request. A place taken for it by an accept that did not complete is given back.
 * When it was no longer pending, the refusal names what happened to it meanwhile.
 */
async function finish(request: MentorshipRequest, step: RequestStep): Promise<MentorshipRequest> {
  const finished = await finishPendingRequest(request.id, step);
  if (!finished) {
    const now = await requestOf(request.id);
    throw new RequestRefusedError('already-answered', { status: now.status });
  }
  if (step.status !== 'accepted' && (await deleteMentorshipOfRequest(request.id))) {
    await recomputeActiveMenteeCount(request.guildId, request.mentorId);
  }
  return finished;
}

const OUTCOME_NOTICES = ['tell-mentee', 'redraw-mentor-dm'] as const satisfies readonly RequestNotice[];

/**
 * The mentor must still be able to take a mentee (active, recognised, a free place). The mentorship is
 * saved first, in a free numbered place, so two accepts at once can never overfill a mentor; then the
 * request is marked accepted. If that loses a race (the request was withdrawn, say), the place is given
 * back; if the process stops between the two, pressing Accept again completes the same mentorship, and
 * an expiry or any other ending of the request gives the place back.
 */
export async function acceptMentorship(input: DecideRequestInput, clock: Clock): Promise<MentorshipRequest> {
  const { requestId, actorId } = parseInput(decisionSchema, input);
  const request = await pendingRequestFor(requestId, actorId);
  const now = clock.now();
  const mentor = await findMentorProfile(request.guildId, request.mentorId);
  if (!mentor || !isRecognised(mentor)) throw new RequestRefusedError('mentor-not-recognised');
  if (effectiveStatus(mentor, now) !== 'active') throw new RequestRefusedError('mentor-paused');
  const mentorship = await startMentorshipInFreePlace(
    {
      guildId: request.guildId,
      mentorId: request.mentorId,
      menteeId: request.menteeId,
      requestId: request.id,
      startedAt: now,
      goals: request.goals,
      // The pair may change it in their agreement; one-on-one is what most requests are about.
      format: mentor.formats.includes('one-on-one') ? 'one-on-one' : (mentor.formats[0] ?? null),
    },
    mentor.capacity,
  );
  if (mentorship === 'full') throw new RequestRefusedError('no-free-place');
  if (mentorship === 'already-mentored') throw new RequestRefusedError('mentee-already-yours');
  const finished = await finishPendingRequest(request.id, { status: 'accepted', at: now, notices: OUTCOME_NOTICES });
  if (!finished) await deleteMentorshipOfRequest(request.id);
  await recomputeActiveMenteeCount(request.guildId, request.mentorId);
  if (!finished) {
    throw new RequestRefusedError('already-answered', { status: (await requestOf(request.id)).status });
  }
  await endUnansweredRun(request.guildId, request.mentorId);
  return finished;
}

const declineSchema = decisionSchema.extend({ reason: z.string().trim().max(500).optional() });

export async function declineMentorship(
  input: z.input<typeof declineSchema>,
  clock: Clock,
): Promise<MentorshipRequest> {
  const { requestId, actorId, reason } = parseInput(declineSchema, input);
  const request = await pendingRequestFor(requestId, actorId);
  const declined = await finish(request, {
    status: 'declined',
    at: clock.now(),
    declineReason: reason ? reason : null,
    notices: OUTCOME_NOTICES,
  });
  await endUnansweredRun(request.guildId, request.mentorId);
  return declined;
}

/** Only the member who asked can withdraw; the mentor's DM is redrawn to say so. */
export async function withdrawMentorshipRequest(input: DecideRequestInput, clock: Clock): Promise<MentorshipRequest> {
  const { requestId, actorId } = parseInput(decisionSchema, input);
  const request = await requestOf(requestId);
  if (request.menteeId !== actorId) throw new ForbiddenError('requests.errors.onlyMenteeWithdraws');
  if (request.status !== 'pending') throw new RequestRefusedError('already-answered', { status: request.status });
  return finish(request, { status: 'withdrawn', at: clock.now(), notices: ['redraw-mentor-dm'] });
}

/** What an expiry needs besides the clock: a queue for the requests it closes when it pauses the mentor. */
export interface ExpiryDeps {
  clock: Clock;
  notices: RequestNoticeQueue;
}

/**
 * Run by the request's expiry job and by the sweep; null when it was no longer pending. An active mentor
 * who has now left `UNANSWERED_BEFORE_PAUSE` requests in a row to expire is paused until they resume: the
 * request then owes the mentor how to resume and the admins a notice, and the mentor's other waiting
 * requests are closed (their members told, with other mentors to ask), since nobody will answer them.
 */
export async function expireMentorshipRequest(requestId: string, deps: ExpiryDeps): Promise<MentorshipRequest | null> {
  const request = await findMentorshipRequest(requestId);
  if (request?.status !== 'pending') return null;
  const now = deps.clock.now();
  let expired: MentorshipRequest;
  try {
    // The mentor's notice is owed once it is known whether this expiry paused them (below).
    expired = await finish(request, { status: 'expired', at: now, notices: ['tell-mentee', 'redraw-mentor-dm'] });
  } catch (error) {
    if (error instanceof RequestRefusedError) return null;
    throw error;
  }
  const run = await recordUnansweredRequest(expired.guildId, expired.mentorId, now);
  const paused =
    run !== null &&
    run >= UNANSWERED_BEFORE_PAUSE &&
    (await pauseUnresponsiveMentor(expired.guildId, expired.mentorId, UNANSWERED_BEFORE_PAUSE, now)) !== null;
  await oweExpiryToMentor(expired.id, paused, now);
  if (paused) await closePendingRequestsForMentor(expired.guildId, expired.mentorId, 'unresponsive', deps);
  else await refreshRequestFigures(expired.guildId, expired.mentorId);
  return (await findMentorshipRequest(expired.id)) ?? expired;
}

/** Expires pending requests past their lifetime, whether or not their expiry job ever ran. */
export async function expireOverdueRequests(deps: ExpiryDeps, limit: number): Promise<MentorshipRequest[]> {
  const cutoff = new Date(deps.clock.now().getTime() - REQUEST_LIFETIME_MS);
  const expired: MentorshipRequest[] = [];
  for (const id of await findPendingCreatedBefore(cutoff, limit)) {
    const request = await expireMentorshipRequest(id, deps);
    if (request) expired.push(request);
  }
  return expired;
}

/** Requests owing notices for longer than `graceMs` (their job was never queued, or was lost), up to a day. */
export async function requestsOwingNotices(
  clock: Clock,
  graceMs: number,
  limit: number,
): Promise<{ id: string; status: RequestStatus }[]> {
  const now = clock.now().getTime();
  return findNoticesDueBetween(new Date(now - DAY_MS), new Date(now - graceMs), limit);
}

const closeSchema = z.object({
  guildId: discordId,
  mentorId: discordId,
  reason: z.enum(REQUEST_CLOSE_REASONS),
});
/** Requests closed per round; a mentor rarely has more than a handful. */
const CLOSE_BATCH = 100;

/**
 * Closes every pending request to a mentor who retired, was turned down or left the server; each member
 * is told by a durable DM and the mentor's request DMs are redrawn. Safe to call again. How many closed.
 */
export async function closePendingRequestsForMentor(
  guildId: string,
  mentorId: string,
  reason: RequestCloseReason,
  deps: { clock: Clock; notices: RequestNoticeQueue },
): Promise<number> {
  const input = parseInput(closeSchema, { guildId, mentorId, reason });
  let closed = 0;
  for (;;) {
    const pending = await listPendingRequestsFor(input.guildId, input.mentorId, CLOSE_BATCH);
    if (pending.length === 0) {
      await refreshRequestFigures(input.guildId, input.mentorId);
      return closed;
    }
    for (const request of pending) {
      const step: RequestStep = {
        status: 'closed',
        at: deps.clock.now(),
        closeReason: input.reason,
        notices: OUTCOME_NOTICES,
      };
      const done = await finish(request, step).catch((error: unknown) => {
        if (error instanceof RequestRefusedError) return null;
        throw error;
      });
      if (!done) continue;
      closed += 1;
      await deps.notices.deliver(done.id, done.status);
    }
  }
}

/** A request as it is now (with the notices it still owes); null if there is none. */
export async function getMentorshipRequest(requestId: string): Promise<MentorshipRequest | null> {
  return findMentorshipRequest(parseInput(z.string(), requestId));
}

/** Records a delivered notice; the request DM's message is remembered so later steps can redraw it. */
export async function noticeDelivered(requestId: string, notice: RequestNotice, mentorDm?: MessageRef): Promise<void> {
  if (mentorDm) await setMentorDm(requestId, mentorDm);
  await markNoticeDelivered(requestId, notice);
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

/** A member's own requests waiting for an answer, oldest first. */
export async function pendingRequestsOf(
  guildId: string,
  menteeId: string,
): Promise<{ requests: MentorshipRequest[]; total: number }> {
  const [requests, total] = await Promise.all([
    listPendingRequestsOf(parseInput(discordId, guildId), parseInput(discordId, menteeId), MAX_PENDING_REQUESTS + 2),
    countPendingRequestsOf(guildId, menteeId),
  ]);
  return { requests, total };
}

/**
 * Recomputes what the search reads about a mentor's requests: how many they answer and how fast
 * (responsiveness), and how many wait for them now (fair load). Callers run it after answering the user.
 */
export async function refreshRequestFigures(guildId: string, mentorId: string): Promise<void> {
  const [counts, minutes, pending] = await Promise.all([
    countRequestsFor(guildId, mentorId),
    recentAnswerMinutes(guildId, mentorId, RESPONSIVENESS_SAMPLE),
    countPendingRequestsFor(guildId, mentorId),
  ]);
  await setResponseStats(guildId, mentorId, {
    requestsReceived: counts.received,
    requestsAnswered: counts.answered,
    medianResponseMinutes: median(minutes),
  });
  await setPendingRequestCount(guildId, mentorId, pending);
}

const cooldownSchema = z.object({
  guildId: discordId,
  actor: actorSchema,
  days: z
    .number()
    .int(messageKey('requests.errors.cooldownWholeDays'))
    .min(0, messageKey('requests.errors.cooldownNotNegative'))
    .max(MAX_REQUEST_COOLDOWN_DAYS, messageKey('requests.errors.cooldownTooLong')),
});

/** How long a declined member waits before asking the same mentor again; 0 turns it off. Admins only. */
export async function setRequestCooldown(input: z.input<typeof cooldownSchema>): Promise<number> {
  const { guildId, actor, days } = parseInput(cooldownSchema, input);
  requireAdmin(actor);
  return (await updateGuildSettings(guildId, { requestCooldownDays: days })).requestCooldownDays;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(value ?? 0);
}
