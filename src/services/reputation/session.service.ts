/**
 * Sessions: every mentoring session that happened, whoever reported it. A check-in both sides answered is
 * recorded as confirmed at once (`recordSession`); a session a mentor logs counts only once an attendee
 * confirms it, and an attendee can dispute it instead. A confirmed session earns its mentor the server's
 * session points, at most once per pair and day (see `sessionCreditKey`).
 */
import { z } from 'zod';
import type { Clock } from '../../clock.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../../errors.js';
import { messageKey } from '../../i18n/message.js';
import { findMentorProfile, MENTOR_FORMATS } from '../../../models/mentor-profile.model.js';
import {
  answerPendingSession,
  confirmedSessionsLedBy,
  countPendingSessionsOfPair,
  findSession,
  insertSession,
  pendingSessionsFor,
  sessionsOfMember,
  SESSION_SOURCES,
  type Session,
  type SessionStatus,
} from '../../../models/session.model.js';
import { isRecognised } from '../mentor-standing.js';
import { actorSchema, discordId, parseInput } from '../service-input.js';
import { recordReputationEvent } from './ledger.service.js';

export type { Session, SessionStatus } from '../../../models/session.model.js';

export const MAX_TOPICS_LENGTH = 200;
export const MAX_NOTES_LENGTH = 500;
export const MAX_SESSION_MINUTES = 8 * 60;
/** A logged session may be up to this many days old. */
export const MAX_DAYS_AGO = 60;
const MAX_ATTENDEES = 25;
/** Each logged session asks the attendee by direct message: a few may wait at once, not a flood. */
export const MAX_PENDING_PER_PAIR = 3;
const DAY_MS = 24 * 60 * 60_000;

const sessionFields = {
  durationMinutes: z.number().int().min(5).max(MAX_SESSION_MINUTES).nullable().default(null),
  format: z.enum(MENTOR_FORMATS).nullable().default(null),
  topics: z.string().trim().max(MAX_TOPICS_LENGTH, messageKey('sessions.errors.topicsTooLong')).default(''),
  notes: z.string().trim().max(MAX_NOTES_LENGTH, messageKey('sessions.errors.notesTooLong')).default(''),
};

const recordSchema = z.object({
  guildId: discordId,
  mentorId: discordId,
  attendeeIds: z.array(discordId).min(1).max(MAX_ATTENDEES),
  heldAt: z.date(),
  source: z.enum(SESSION_SOURCES),
  /** Unique per server: `check-in:<checkInId>`, later `office-hour:<occurrenceId>:<userId>`. */
  key: z.string().min(1).max(200),
  mentorshipId: z.string().max(40).nullable().default(null),
  ...sessionFields,
});

export type RecordSessionInput = z.input<typeof recordSchema>;

/** Counts a confirmed session for its mentor, once. */
/**
 * The ledger key of a session's points: one per mentor, attendees and UTC day, so a pair that logs and
 * confirms session after session earns one session's points a day (every session still counts in the
 * totals of hours and people helped).
 */
function sessionCreditKey(session: Session): string {
  const day = session.heldAt.toISOString().slice(0, 10);
  return `session:${session.mentorId}:${[...session.attendeeIds].sort().join(',')}:${day}`;
}

async function creditMentor(session: Session, clock: Clock): Promise<void> {
  await recordReputationEvent(
    {
      guildId: session.guildId,
      userId: session.mentorId,
      kind: 'session',
      key: sessionCreditKey(session),
      actorId: session.answeredBy,
      sourceId: session.id,
      at: session.answeredAt ?? session.heldAt,
    },
    clock,
  );
}

/**
 * Records a session both sides already vouched for (a mentorship check-in answered by both): confirmed at
 * once and credited to the mentor. The same `key` again returns the first record and credits nothing more.
 */
export async function recordSession(
  input: RecordSessionInput,
  clock: Clock,
): Promise<{ session: Session; created: boolean }> {
  const parsed = parseInput(recordSchema, input);
  const { session, created } = await insertSession({
    ...parsed,
    attendeeIds: [...new Set(parsed.attendeeIds)].filter((id) => id !== parsed.mentorId),
    status: 'confirmed',
    createdAt: clock.now(),
  });
  // Also after a duplicate: the first caller may have stopped between the session and its points.
  if (session.status === 'confirmed') await creditMentor(session, clock);
  return { session, created };
}

const logSchema = z.object({
  guildId: discordId,
  mentorId: discordId,
  attendeeId: discordId,
  /** The interaction that logged it: a replay logs nothing twice. */
  requestId: z.string().min(1).max(40),
  daysAgo: z.number().int().min(0).max(MAX_DAYS_AGO).default(0),
  ...sessionFields,
  durationMinutes: z.number().int().min(5).max(MAX_SESSION_MINUTES),
});

/** A mentor logs a session held elsewhere; it waits for the attendee's confirmation. */
export async function logSession(input: z.input<typeof logSchema>, clock: Clock): Promise<Session> {
  const { guildId, mentorId, attendeeId, requestId, daysAgo, ...fields } = parseInput(logSchema, input);
  if (attendeeId === mentorId) throw new InvalidInputError('with', 'sessions.errors.self');
  // A retired mentor, or an applicant the server has not approved, earns no session points.
  const profile = await findMentorProfile(guildId, mentorId);
  if (!profile || !isRecognised(profile)) throw new ForbiddenError('sessions.errors.mentorsOnly');
  if ((await countPendingSessionsOfPair(guildId, mentorId, attendeeId)) >= MAX_PENDING_PER_PAIR) {
    throw new ConflictError('sessions.errors.tooManyPending', { max: MAX_PENDING_PER_PAIR, user: attendeeId });
  }
  const now = clock.now();
  const { session } = await insertSession({
    guildId,
    mentorId,
    attendeeIds: [attendeeId],
    heldAt: new Date(now.getTime() - daysAgo * DAY_MS),
    source: 'logged',
    key: `logged:${requestId}`,
    mentorshipId: null,
    status: 'pending',
    createdAt: now,
    ...fields,
  });
  return session;
}

const answerSchema = z.object({
  guildId: discordId,
  sessionId: z.string().regex(/^[a-f\d]{24}$/u),
  actorId: discordId,
  answer: z.enum(['confirmed', 'disputed']),
});

export interface SessionAnswer {
  session: Session;
  /** False when the same answer was already given (a second press): nothing changed. */
  changed: boolean;
}

/** An attendee confirms (it counts from now) or disputes a logged session; the same answer twice is a no-op. */
export async function answerSession(input: z.input<typeof answerSchema>, clock: Clock): Promise<SessionAnswer> {
  const { guildId, sessionId, actorId, answer } = parseInput(answerSchema, input);
  const found = await findSession(guildId, sessionId);
  if (!found) throw new NotFoundError('sessions.errors.notFound');
  if (!found.attendeeIds.includes(actorId)) throw new ForbiddenError('sessions.errors.notAttendee');
  const answered = await answerPendingSession(guildId, sessionId, actorId, answer, clock.now());
  if (answered) {
    if (answered.status === 'confirmed') await creditMentor(answered, clock);
    return { session: answered, changed: true };
  }
  const current = (await findSession(guildId, sessionId)) ?? found;
  if (current.status !== answer) throw new ConflictError(`sessions.errors.already.${current.status}`);
  if (current.status === 'confirmed') await creditMentor(current, clock);
  return { session: current, changed: false };
}

export async function pendingSessionsOf(guildId: string, attendeeId: string, limit = 5): Promise<Session[]> {
  return pendingSessionsFor(parseInput(discordId, guildId), parseInput(discordId, attendeeId), limit);
}

const historySchema = z.object({ guildId: discordId, actor: actorSchema, userId: discordId });

export interface SessionHistory {
  userId: string;
  /** Notes and unconfirmed sessions show only to the member themself and to admins. */
  full: boolean;
  sessions: Session[];
  totals: SessionTotals;
}

export interface SessionTotals {
  sessionsHeld: number;
  minutesMentored: number;
  peopleHelped: number;
}

/**
 * A member's sessions. Privacy: the member and admins see all of them (pending and disputed ones, and
 * notes); anyone else sees the totals and only the confirmed sessions they took part in themselves.
 */
export async function sessionHistory(input: z.input<typeof historySchema>, limit = 10): Promise<SessionHistory> {
  const { guildId, actor, userId } = parseInput(historySchema, input);
  const full = actor.userId === userId || actor.isAdmin;
  const statuses: SessionStatus[] = full ? ['pending', 'confirmed', 'disputed', 'reversed'] : ['confirmed'];
  const sessions = await sessionsOfMember(guildId, userId, statuses, full ? limit : 100);
  const visible = full
    ? sessions
    : sessions.filter((s) => s.mentorId === actor.userId || s.attendeeIds.includes(actor.userId)).slice(0, limit);
  return { userId, full, sessions: visible, totals: await sessionTotals(guildId, userId) };
}

/** Hours mentored, people helped and sessions held, from a mentor's confirmed sessions. */
export async function sessionTotals(guildId: string, mentorId: string): Promise<SessionTotals> {
  const sessions = await confirmedSessionsLedBy(guildId, mentorId);
  return {
    sessionsHeld: sessions.length,
    minutesMentored: sessions.reduce((sum, s) => sum + (s.durationMinutes ?? 0), 0),
    peopleHelped: new Set(sessions.flatMap((s) => s.attendeeIds)).size,
  };
}
