/**
 * A mentorship: one document per accepted request, the source of truth for a mentor's places. While
 * active it holds one numbered place (`place`, 1..capacity) under a partial unique index, so two
 * accepts at the same moment can never give a mentor more mentees than places; ending it frees the
 * place. The mentor profile's `activeMenteeCount` is a copy recomputed from here.
 */
import mongoose, { Schema, type Types } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key-error.js';

export const MENTORSHIP_STATUSES = ['active', 'ended'] as const;
export type MentorshipStatus = (typeof MENTORSHIP_STATUSES)[number];

export interface Mentorship {
  id: string;
  guildId: string;
  mentorId: string;
  menteeId: string;
  /** The accepted request that started it. */
  requestId: string;
  status: MentorshipStatus;
  startedAt: Date;
  endedAt: Date | null;
}

interface MentorshipDoc extends Omit<Mentorship, 'id'> {
  _id: Types.ObjectId;
  place: number;
}

const mentorshipSchema = new Schema<MentorshipDoc>({
  guildId: { type: String, required: true },
  mentorId: { type: String, required: true },
  menteeId: { type: String, required: true },
  requestId: { type: String, required: true },
  status: { type: String, enum: MENTORSHIP_STATUSES, required: true, default: 'active' },
  place: { type: Number, required: true },
  startedAt: { type: Date, required: true },
  endedAt: { type: Date, default: null },
});
mentorshipSchema.index({ requestId: 1 }, { unique: true });
mentorshipSchema.index(
  { guildId: 1, mentorId: 1, place: 1 },
  { unique: true, partialFilterExpression: { status: 'active' }, name: 'one_mentee_per_place' },
);
mentorshipSchema.index(
  { guildId: 1, mentorId: 1, menteeId: 1 },
  { unique: true, partialFilterExpression: { status: 'active' }, name: 'one_active_mentorship_per_pair' },
);
mentorshipSchema.index({ guildId: 1, mentorId: 1, status: 1 });

export const MentorshipModel = mongoose.model<MentorshipDoc>('Mentorship', mentorshipSchema);

function toMentorship(doc: MentorshipDoc): Mentorship {
  return {
    id: doc._id.toHexString(),
    guildId: doc.guildId,
    mentorId: doc.mentorId,
    menteeId: doc.menteeId,
    requestId: doc.requestId,
    status: doc.status,
    startedAt: doc.startedAt,
    endedAt: doc.endedAt ?? null,
  };
}

function keyOf(error: unknown): Record<string, unknown> {
  const pattern = (error as { keyPattern?: unknown }).keyPattern;
  return typeof pattern === 'object' && pattern !== null ? (pattern as Record<string, unknown>) : {};
}

/** The filters behind the reads below; exported so a test can explain them. */
export const mentorshipFilters = {
  activeOfMentor: (guildId: string, mentorId: string) => ({ guildId, mentorId, status: 'active' as const }),
  activePair: (guildId: string, mentorId: string, menteeId: string) => ({
    guildId,
    mentorId,
    menteeId,
    status: 'active' as const,
  }),
};

/**
 * Starts the mentorship of a request in the mentor's first free place of `capacity`. A mentorship
 * already saved for this request (an accept interrupted after this step) is returned as it is, so an
 * accept can be pressed again. `full` when every place is taken, `already-mentored` when the pair has
 * an active mentorship from another request.
 */
export async function startMentorshipInFreePlace(
  mentorship: Pick<Mentorship, 'guildId' | 'mentorId' | 'menteeId' | 'requestId' | 'startedAt'>,
  capacity: number,
): Promise<Mentorship | 'full' | 'already-mentored'> {
  for (let place = 1; place <= capacity; place += 1) {
    try {
      const doc = await MentorshipModel.create({ ...mentorship, status: 'active', place });
      return toMentorship(doc.toObject());
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const key = keyOf(error);
      if ('requestId' in key) {
        const existing = await MentorshipModel.findOne({ requestId: mentorship.requestId }).lean<MentorshipDoc>();
        if (existing) return toMentorship(existing);
        continue;
      }
      if ('menteeId' in key) return 'already-mentored';
    }
  }
  return 'full';
}

/**
 * Removes the place taken for a request that did not end up accepted (an accept that lost a race, or
 * was interrupted before it could record the decision). Whether there was one.
 */
export async function deleteMentorshipOfRequest(requestId: string): Promise<boolean> {
  const result = await MentorshipModel.deleteOne({ requestId, status: 'active' });
  return result.deletedCount > 0;
}

export async function countActiveMentorships(guildId: string, mentorId: string): Promise<number> {
  return MentorshipModel.countDocuments(mentorshipFilters.activeOfMentor(guildId, mentorId));
}

export async function findActiveMentorship(
  guildId: string,
  mentorId: string,
  menteeId: string,
): Promise<Mentorship | null> {
  const doc = await MentorshipModel.findOne(
    mentorshipFilters.activePair(guildId, mentorId, menteeId),
  ).lean<MentorshipDoc>();
  return doc ? toMentorship(doc) : null;
}
