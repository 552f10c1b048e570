/**
 * A mentoring session that happened: a mentorship check-in both sides answered, a session a mentor logged
 * (held elsewhere, it counts once an attendee confirms it) or, later, an office hour. `key` is unique per
 * server (`check-in:<checkInId>`, `logged:<interactionId>`), so recording the same session twice returns
 * the first record.
 */
import mongoose, { Schema, type Types } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key-error.js';
import { MENTOR_FORMATS, type MentorFormat } from './mentor-profile.model.js';

/** `office-hour` is reserved for office hours (issue 19). */
export const SESSION_SOURCES = ['check-in', 'logged', 'office-hour'] as const;
export type SessionSource = (typeof SESSION_SOURCES)[number];

/** `reversed`: a confirmed session an admin reversed as fraudulent; it no longer counts anywhere. */
export const SESSION_STATUSES = ['pending', 'confirmed', 'disputed', 'reversed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export interface Session {
  id: string;
  guildId: string;
  mentorId: string;
  attendeeIds: string[];
  heldAt: Date;
  /** Unknown for a check-in, which only says that the pair met. */
  durationMinutes: number | null;
  format: MentorFormat | null;
  topics: string;
  /** Visible to the participants and admins only. */
  notes: string;
  source: SessionSource;
  key: string;
  mentorshipId: string | null;
  status: SessionStatus;
  /** The attendee who confirmed or disputed a logged session. */
  answeredBy: string | null;
  answeredAt: Date | null;
  createdAt: Date;
}

type SessionDoc = Omit<Session, 'id'> & { _id: Types.ObjectId };

const sessionSchema = new Schema<SessionDoc>({
  guildId: { type: String, required: true },
  mentorId: { type: String, required: true },
  attendeeIds: { type: [String], required: true },
  heldAt: { type: Date, required: true },
  durationMinutes: { type: Number, default: null },
  format: { type: String, enum: [...MENTOR_FORMATS, null], default: null },
  topics: { type: String, default: '' },
  notes: { type: String, default: '' },
  source: { type: String, enum: SESSION_SOURCES, required: true },
  key: { type: String, required: true },
  mentorshipId: { type: String, default: null },
  status: { type: String, enum: SESSION_STATUSES, required: true },
  answeredBy: { type: String, default: null },
  answeredAt: { type: Date, default: null },
  createdAt: { type: Date, required: true },
});
sessionSchema.index({ guildId: 1, key: 1 }, { unique: true, name: 'one_session_per_key' });
sessionSchema.index({ guildId: 1, mentorId: 1, status: 1, heldAt: -1 });
sessionSchema.index({ guildId: 1, attendeeIds: 1, heldAt: -1 });

export const SessionModel = mongoose.model<SessionDoc>('Session', sessionSchema);

function toSession(doc: SessionDoc): Session {
  const { _id, ...rest } = doc;
  return { ...rest, id: _id.toHexString() };
}

export type NewSession = Omit<Session, 'id' | 'answeredBy' | 'answeredAt'>;

/** Saves the session; one already saved under its key comes back as it is, with `created: false`. */
export async function insertSession(session: NewSession): Promise<{ session: Session; created: boolean }> {
  try {
    const doc = await SessionModel.create({ ...session, answeredBy: null, answeredAt: null });
    return { session: toSession(doc.toObject()), created: true };
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const existing = await SessionModel.findOne({ guildId: session.guildId, key: session.key }).lean<SessionDoc>();
    if (!existing) throw error;
    return { session: toSession(existing), created: false };
  }
}

export async function findSession(guildId: string, sessionId: string): Promise<Session | null> {
  if (!mongoose.isValidObjectId(sessionId)) return null;
  const doc = await SessionModel.findOne({ _id: sessionId, guildId }).lean<SessionDoc>();
  return doc ? toSession(doc) : null;
}

/** Moves a pending session to `status` on an attendee's answer; null when it was no longer pending. */
export async function answerPendingSession(
  guildId: string,
  sessionId: string,
  attendeeId: string,
  status: 'confirmed' | 'disputed',
  at: Date,
): Promise<Session | null> {
  const doc = await SessionModel.findOneAndUpdate(
    { _id: sessionId, guildId, status: 'pending', attendeeIds: attendeeId },
    { $set: { status, answeredBy: attendeeId, answeredAt: at } },
    { returnDocument: 'after' },
  ).lean<SessionDoc>();
  return doc ? toSession(doc) : null;
}

/** A confirmed session stops counting (its credit was reversed); false when it was not confirmed. */
export async function markSessionReversed(guildId: string, sessionId: string): Promise<boolean> {
  if (!mongoose.isValidObjectId(sessionId)) return false;
  const result = await SessionModel.updateOne(
    { _id: sessionId, guildId, status: 'confirmed' },
    { $set: { status: 'reversed' } },
  );
  return result.modifiedCount > 0;
}

/** Sessions a member led or attended, newest first. */
export async function sessionsOfMember(
  guildId: string,
  userId: string,
  statuses: readonly SessionStatus[],
  limit: number,
): Promise<Session[]> {
  const [led, attended] = await Promise.all([
    SessionModel.find({ guildId, mentorId: userId, status: { $in: statuses } })
      .sort({ heldAt: -1 })
      .limit(limit)
      .lean<SessionDoc[]>(),
    SessionModel.find({ guildId, attendeeIds: userId, status: { $in: statuses } })
      .sort({ heldAt: -1 })
      .limit(limit)
      .lean<SessionDoc[]>(),
  ]);
  return [...led, ...attended]
    .sort((a, b) => b.heldAt.getTime() - a.heldAt.getTime())
    .slice(0, limit)
    .map(toSession);
}

/** Sessions a mentor logged with this attendee that still wait for their answer. */
export async function countPendingSessionsOfPair(
  guildId: string,
  mentorId: string,
  attendeeId: string,
): Promise<number> {
  return SessionModel.countDocuments({ guildId, mentorId, status: 'pending', attendeeIds: attendeeId });
}

/** Pending sessions waiting for this attendee's answer. */
export async function pendingSessionsFor(guildId: string, attendeeId: string, limit: number): Promise<Session[]> {
  const docs = await SessionModel.find({ guildId, attendeeIds: attendeeId, status: 'pending' })
    .sort({ heldAt: -1 })
    .limit(limit)
    .lean<SessionDoc[]>();
  return docs.map(toSession);
}

/** Duration and attendees of every confirmed session a mentor led: the inputs of their totals. */
export async function confirmedSessionsLedBy(
  guildId: string,
  mentorId: string,
): Promise<Pick<Session, 'durationMinutes' | 'attendeeIds'>[]> {
  return SessionModel.find(
    { guildId, mentorId, status: 'confirmed' },
    { _id: 0, durationMinutes: 1, attendeeIds: 1 },
  ).lean<Pick<Session, 'durationMinutes' | 'attendeeIds'>[]>();
}
