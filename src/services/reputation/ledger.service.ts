/**
 * The reputation ledger's one way in. Every recognition is appended under an idempotency key (a replayed
 * interaction, a retried job or a second caller with the same key records nothing twice), then its deltas
 * are added to the member's counters by whoever claims the event first. Counters can always be rebuilt
 * from the ledger (`rebuildReputationCounters`).
 */
import { z } from 'zod';
import { findMentorProfile, setReputationFigures } from '../../../models/mentor-profile.model.js';
import {
  ALL_SPECIALTIES,
  findCounter,
  incrementCounters,
  replaceCounters,
  type ReputationCounter,
} from '../../../models/reputation-counter.model.js';
import { markSessionReversed } from '../../../models/session.model.js';
import {
  appendReputationEvent,
  claimUncounted,
  eventsOfGuild,
  findReputationEvent,
  markAllCounted,
  markReversed,
  uncountedEvents,
  type CounterDeltas,
  type ReputationEvent,
} from '../../../models/reputation-event.model.js';
import type { Clock } from '../../clock.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { messageKey } from '../../i18n/message.js';
import { getGuildSettings } from '../guild-settings.service.js';
import { actorSchema, discordId, parseInput, requireAdmin } from '../service-input.js';
import { isoWeekOf, monthOf } from './periods.js';

export type { ReputationEvent } from '../../../models/reputation-event.model.js';

/** The kinds a caller records; reversals come only from `reverseReputationEvent`. */
export const RECORDABLE_KINDS = ['session', 'thanks', 'feedback', 'adjustment', 'office-hour'] as const;
export type RecordableKind = (typeof RECORDABLE_KINDS)[number];

export const MAX_REASON_LENGTH = 300;
export const MAX_ADJUSTMENT = 1_000;

const recordSchema = z.object({
  guildId: discordId,
  /** Who earns the points. */
  userId: discordId,
  kind: z.enum(RECORDABLE_KINDS),
  /** Unique per server: the same key never counts twice. */
  key: z.string().min(1).max(200),
  actorId: discordId.nullable().default(null),
  /** Defaults to the server's weight for the kind; required for adjustments. */
  points: z.number().optional(),
  /** 1–5 stars, for `feedback`. */
  rating: z.number().int().min(1).max(5).optional(),
  sourceId: z.string().max(100).nullable().default(null),
  reason: z
    .string()
    .trim()
    .max(MAX_REASON_LENGTH, messageKey('reputation.errors.reasonTooLong'))
    .nullable()
    .default(null),
  unrelated: z.boolean().default(false),
  ring: z.boolean().default(false),
  /** When it happened; the clock's now by default. */
  at: z.date().optional(),
});

export type RecordReputationEventInput = z.input<typeof recordSchema>;

export interface RecordedReputationEvent {
  event: ReputationEvent;
  /** False when the key was already in the ledger: nothing was added. */
  recorded: boolean;
}

function pointsFor(
  input: z.output<typeof recordSchema>,
  weights: Awaited<ReturnType<typeof getGuildSettings>>['reputation'],
): number {
  if (input.points !== undefined) return input.points;
  switch (input.kind) {
    case 'session':
      return weights.sessionPoints;
    case 'feedback':
      return weights.feedbackPointsPerStar * Math.max(0, (input.rating ?? 0) - 2);
    case 'thanks':
    case 'office-hour':
      return input.unrelated ? weights.thanksUnrelatedPoints : weights.thanksPoints;
    case 'adjustment':
      return 0;
  }
}

function deltasFor(input: z.output<typeof recordSchema>, points: number): CounterDeltas {
  return {
    points,
    sessions: input.kind === 'session' ? 1 : 0,
    thanks: input.kind === 'thanks' || input.kind === 'office-hour' ? 1 : 0,
    ratingSum: input.kind === 'feedback' ? (input.rating ?? 0) : 0,
    ratingCount: input.kind === 'feedback' && input.rating !== undefined ? 1 : 0,
  };
}

/** Adds an event's deltas to its counters, if no one else has: safe to call from anywhere, any number of times. */
async function countOnce(event: ReputationEvent): Promise<void> {
  if (!(await claimUncounted(event.id))) return;
  await incrementCounters(
    event.guildId,
    event.userId,
    ['all', `week:${event.week}`, `month:${event.month}`],
    event.specialties,
    event.deltas,
  );
  // The earner was a mentor (they had specialties): their profile shows, and the search scores, the totals.
  if (event.specialties.length > 0) {
    const all = await findCounter(event.guildId, 'all', ALL_SPECIALTIES, event.userId);
    await setReputationFigures(event.guildId, event.userId, {
      reputation: all?.points ?? 0,
      sessionsHeld: all?.sessions ?? 0,
    });
  }
}

/**
 * Records a recognition once per `key` and counts it: a session (`session:<sessionId>`), a thanks, an
 * end-of-mentorship rating (`feedback:<feedbackId>`, with `rating`), an admin adjustment, later an office
 * hour's "this helped me". Points default to the server's weights; a `ring` thanks is halved.
 */
export async function recordReputationEvent(
  input: RecordReputationEventInput,
  clock: Clock,
): Promise<RecordedReputationEvent> {
  const parsed = parseInput(recordSchema, input);
  const { reputation: weights } = await getGuildSettings(parsed.guildId);
  const base = pointsFor(parsed, weights);
  const points = parsed.ring ? base / 2 : base;
  const at = parsed.at ?? clock.now();
  const profile = await findMentorProfile(parsed.guildId, parsed.userId);
  const { event, created } = await appendReputationEvent({
    guildId: parsed.guildId,
    userId: parsed.userId,
    kind: parsed.kind,
    key: parsed.key,
    actorId: parsed.actorId,
    deltas: deltasFor(parsed, points),
    week: isoWeekOf(at),
    month: monthOf(at),
    specialties: profile?.specialties ?? [],
    sourceId: parsed.sourceId,
    reason: parsed.reason,
    unrelated: parsed.unrelated,
    ring: parsed.ring,
    createdAt: at,
  });
  // A duplicate whose first recording was interrupted before counting is counted now, still only once.
  if (created || !event.counted) await countOnce(event);
  return { event, recorded: created };
}

const adjustSchema = z.object({
  guildId: discordId,
  actor: actorSchema,
  userId: discordId,
  amount: z
    .number()
    .int()
    .min(-MAX_ADJUSTMENT)
    .max(MAX_ADJUSTMENT)
    .refine((n) => n !== 0, messageKey('reputation.errors.zeroAdjustment')),
  reason: z.string().trim().min(3, messageKey('reputation.errors.reasonRequired')).max(MAX_REASON_LENGTH),
  /** The admin's interaction id: pressing twice adjusts once. */
  requestId: z.string().min(1).max(40),
});

/** An admin adds or removes points, with a reason kept in the ledger. */
export async function adjustReputation(
  input: z.input<typeof adjustSchema>,
  clock: Clock,
): Promise<RecordedReputationEvent> {
  const { guildId, actor, userId, amount, reason, requestId } = parseInput(adjustSchema, input);
  requireAdmin(actor);
  return recordReputationEvent(
    { guildId, userId, kind: 'adjustment', key: `adjust:${requestId}`, actorId: actor.userId, points: amount, reason },
    clock,
  );
}

const reverseSchema = z.object({
  guildId: discordId,
  actor: actorSchema,
  eventId: z.string().regex(/^[a-f\d]{24}$/u, messageKey('reputation.errors.eventNotFound')),
  reason: z.string().trim().min(3, messageKey('reputation.errors.reasonRequired')).max(MAX_REASON_LENGTH),
});

/**
 * Undoes a fraudulent or mistaken event: a reversal with the opposite deltas, counted in the original's
 * week, month and specialties, so every counter and leaderboard it touched goes back. Once per event.
 */
export async function reverseReputationEvent(
  input: z.input<typeof reverseSchema>,
  clock: Clock,
): Promise<ReputationEvent> {
  const { guildId, actor, eventId, reason } = parseInput(reverseSchema, input);
  requireAdmin(actor);
  const original = await findReputationEvent(guildId, eventId);
  if (!original) throw new NotFoundError('reputation.errors.eventNotFound');
  if (original.kind === 'reversal') throw new ConflictError('reputation.errors.reversalOfReversal');
  if (original.reversedBy !== null) throw new ConflictError('reputation.errors.alreadyReversed');
  const negated = Object.fromEntries(
    Object.entries(original.deltas).map(([field, value]) => [field, -value]),
  ) as unknown as CounterDeltas;
  const { event } = await appendReputationEvent({
    guildId,
    userId: original.userId,
    kind: 'reversal',
    key: `reversal:${original.id}`,
    actorId: actor.userId,
    deltas: negated,
    week: original.week,
    month: original.month,
    specialties: original.specialties,
    sourceId: original.id,
    reason,
    unrelated: false,
    ring: false,
    createdAt: clock.now(),
  });
  await countOnce(event);
  await markReversed(original.id, event.id);
  // What the session itself fed (hours mentored, people helped, the pair's shared history) goes with it.
  if (original.kind === 'session' && original.sourceId !== null) await markSessionReversed(guildId, original.sourceId);
  return event;
}

/** How long an uncounted event may be in flight before the sweep counts it. */
const INTERRUPTED_AFTER_MS = 60_000;

/** Counts events whose recording was interrupted between the ledger and the counters. How many. */
export async function countInterruptedEvents(clock: Clock, limit = 500): Promise<number> {
  const events = await uncountedEvents(new Date(clock.now().getTime() - INTERRUPTED_AFTER_MS), limit);
  for (const event of events) await countOnce(event);
  return events.length;
}

/**
 * Recomputes a server's counters from its ledger. For repairs and audits: run it while the server is
 * quiet, since events recorded during the rebuild may be missed until the next one.
 */
export async function rebuildReputationCounters(guildId: string): Promise<number> {
  await markAllCounted(parseInput(discordId, guildId));
  const counters = new Map<string, ReputationCounter>();
  for await (const event of eventsOfGuild(guildId)) {
    for (const period of ['all', `week:${event.week}`, `month:${event.month}`]) {
      for (const specialty of [ALL_SPECIALTIES, ...event.specialties]) {
        const id = `${period}\u0000${specialty}\u0000${event.userId}`;
        const counter = counters.get(id) ?? {
          guildId,
          period,
          specialty,
          userId: event.userId,
          points: 0,
          sessions: 0,
          thanks: 0,
          ratingSum: 0,
          ratingCount: 0,
        };
        counter.points += event.deltas.points;
        counter.sessions += event.deltas.sessions;
        counter.thanks += event.deltas.thanks;
        counter.ratingSum += event.deltas.ratingSum;
        counter.ratingCount += event.deltas.ratingCount;
        counters.set(id, counter);
      }
    }
  }
  await replaceCounters(guildId, [...counters.values()]);
  return counters.size;
}
