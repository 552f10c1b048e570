/**
 * The reputation ledger: one append-only document per recognition (a confirmed session, a thanks, an
 * end-of-mentorship rating, an admin's adjustment, the reversal of an earlier event). `key` is unique per
 * server, so the same interaction, job or check-in replayed records nothing twice. Counters
 * (reputation-counter.model.ts) are derived from these documents and can be rebuilt from them.
 */
import mongoose, { Schema, type Types } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key-error.js';

/** `office-hour` is reserved for office hours' "this helped me" (issue 19). */
export const REPUTATION_EVENT_KINDS = [
  'session',
  'thanks',
  'feedback',
  'adjustment',
  'reversal',
  'office-hour',
] as const;
export type ReputationEventKind = (typeof REPUTATION_EVENT_KINDS)[number];

/** What an event adds to its member's counters; a reversal adds the negation of the original's. */
export interface CounterDeltas {
  points: number;
  sessions: number;
  thanks: number;
  ratingSum: number;
  ratingCount: number;
}

export interface ReputationEvent {
  id: string;
  guildId: string;
  /** Who earns (or loses) the points. */
  userId: string;
  kind: ReputationEventKind;
  /** The idempotency key: `session:<sessionId>`, `thanks:<giver>:<receiver>:<window>`, `adjust:<interactionId>`... */
  key: string;
  /** Who caused it: the member who thanked or rated, the admin who adjusted; null for the bot. */
  actorId: string | null;
  deltas: CounterDeltas;
  /** The periods it counts in (a reversal counts in its original's), and the earner's specialties then. */
  week: string;
  month: string;
  specialties: string[];
  /** The session, message, mentorship or reversed event it is about. */
  sourceId: string | null;
  reason: string | null;
  /** A thanks between members with no mentorship or session in common. */
  unrelated: boolean;
  /** A thanks inside a pair that only thank each other: damped, and listed for admins. */
  ring: boolean;
  /** Set once its deltas were added to the counters. */
  counted: boolean;
  reversedBy: string | null;
  createdAt: Date;
}

type ReputationEventDoc = Omit<ReputationEvent, 'id'> & { _id: Types.ObjectId };

const deltasSchema = new Schema<CounterDeltas>(
  {
    points: { type: Number, required: true },
    sessions: { type: Number, default: 0 },
    thanks: { type: Number, default: 0 },
    ratingSum: { type: Number, default: 0 },
    ratingCount: { type: Number, default: 0 },
  },
  { _id: false },
);

const reputationEventSchema = new Schema<ReputationEventDoc>({
  guildId: { type: String, required: true },
  userId: { type: String, required: true },
  kind: { type: String, enum: REPUTATION_EVENT_KINDS, required: true },
  key: { type: String, required: true },
  actorId: { type: String, default: null },
  deltas: { type: deltasSchema, required: true },
  week: { type: String, required: true },
  month: { type: String, required: true },
  specialties: { type: [String], default: [] },
  sourceId: { type: String, default: null },
  reason: { type: String, default: null },
  unrelated: { type: Boolean, default: false },
  ring: { type: Boolean, default: false },
  counted: { type: Boolean, default: false },
  reversedBy: { type: String, default: null },
  createdAt: { type: Date, required: true },
});
reputationEventSchema.index({ guildId: 1, key: 1 }, { unique: true, name: 'one_event_per_key' });
// A member's recent recognitions (/rep) and a rebuild of their counters.
reputationEventSchema.index({ guildId: 1, userId: 1, createdAt: -1 });
// Thanks limits: a giver's recent thanks (daily cap, cooldown, rings).
reputationEventSchema.index({ guildId: 1, actorId: 1, kind: 1, createdAt: -1 });
// Events whose counters were interrupted, for the repair sweep.
reputationEventSchema.index({ counted: 1, createdAt: 1 }, { partialFilterExpression: { counted: false } });
// Rings shown to admins.
reputationEventSchema.index({ guildId: 1, ring: 1, createdAt: -1 }, { partialFilterExpression: { ring: true } });

export const ReputationEventModel = mongoose.model<ReputationEventDoc>('ReputationEvent', reputationEventSchema);

function toEvent(doc: ReputationEventDoc): ReputationEvent {
  const { _id, ...rest } = doc;
  return { ...rest, id: _id.toHexString() };
}

export type NewReputationEvent = Omit<ReputationEvent, 'id' | 'counted' | 'reversedBy'>;

/** Appends the event; when its key is already in the ledger, the stored one comes back with `created: false`. */
export async function appendReputationEvent(
  event: NewReputationEvent,
): Promise<{ event: ReputationEvent; created: boolean }> {
  try {
    const doc = await ReputationEventModel.create({ ...event, counted: false, reversedBy: null });
    return { event: toEvent(doc.toObject()), created: true };
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const existing = await ReputationEventModel.findOne({
      guildId: event.guildId,
      key: event.key,
    }).lean<ReputationEventDoc>();
    if (!existing) throw error;
    return { event: toEvent(existing), created: false };
  }
}

/**
 * Claims the right to add an event's deltas to the counters: true for exactly one caller, however many
 * try at once (the first recorder, a retry of the same key, the repair sweep).
 */
export async function claimUncounted(eventId: string): Promise<boolean> {
  const result = await ReputationEventModel.updateOne({ _id: eventId, counted: false }, { $set: { counted: true } });
  return result.modifiedCount > 0;
}

export async function findReputationEvent(guildId: string, eventId: string): Promise<ReputationEvent | null> {
  if (!mongoose.isValidObjectId(eventId)) return null;
  const doc = await ReputationEventModel.findOne({ _id: eventId, guildId }).lean<ReputationEventDoc>();
  return doc ? toEvent(doc) : null;
}

/** Marks an event reversed by `reversalId`, once: false when it already was. */
export async function markReversed(eventId: string, reversalId: string): Promise<boolean> {
  const result = await ReputationEventModel.updateOne(
    { _id: eventId, reversedBy: null },
    { $set: { reversedBy: reversalId } },
  );
  return result.modifiedCount > 0;
}

export async function recentEventsFor(guildId: string, userId: string, limit: number): Promise<ReputationEvent[]> {
  const docs = await ReputationEventModel.find({ guildId, userId })
    .sort({ createdAt: -1 })
    .limit(limit)
    .lean<ReputationEventDoc[]>();
  return docs.map(toEvent);
}

/** Thanks given by `actorId` since `since`, newest first. */
export async function thanksGivenSince(guildId: string, actorId: string, since: Date): Promise<ReputationEvent[]> {
  const docs = await ReputationEventModel.find({ guildId, actorId, kind: 'thanks', createdAt: { $gte: since } })
    .sort({ createdAt: -1 })
    .lean<ReputationEventDoc[]>();
  return docs.map(toEvent);
}

export async function ringEvents(guildId: string, since: Date, limit: number): Promise<ReputationEvent[]> {
  const docs = await ReputationEventModel.find({ guildId, ring: true, createdAt: { $gte: since } })
    .sort({ createdAt: -1 })
    .limit(limit)
    .lean<ReputationEventDoc[]>();
  return docs.map(toEvent);
}

/** Events left uncounted by an interruption, older than `before` (so not one being recorded right now). */
export async function uncountedEvents(before: Date, limit: number): Promise<ReputationEvent[]> {
  const docs = await ReputationEventModel.find({ counted: false, createdAt: { $lt: before } })
    .limit(limit)
    .lean<ReputationEventDoc[]>();
  return docs.map(toEvent);
}

/** Every event of a server, oldest first, for rebuilding its counters. */
export function eventsOfGuild(guildId: string): AsyncIterable<ReputationEventDoc> {
  return ReputationEventModel.find({ guildId }).sort({ _id: 1 }).lean<ReputationEventDoc[]>().cursor();
}

/** Before a rebuild: every event of the server will be in the rebuilt counters, so none is left for the sweep. */
export async function markAllCounted(guildId: string): Promise<void> {
  await ReputationEventModel.updateMany({ guildId, counted: false }, { $set: { counted: true } });
}
