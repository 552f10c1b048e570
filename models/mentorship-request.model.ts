/**
 * A member asking a mentor for mentorship, with their goals. Each decision is one guarded update
 * (status must still be "pending"), and a partial unique index allows one pending request per pair,
 * so double clicks and races never create two requests or decide one twice.
 */
import mongoose, { Schema, Types } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key-error.js';

export const REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'expired'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export interface MentorshipRequest {
  id: string;
  guildId: string;
  menteeId: string;
  mentorId: string;
  goals: string;
  status: RequestStatus;
  declineReason: string | null;
  createdAt: Date;
  decidedAt: Date | null;
}

interface MentorshipRequestDoc extends Omit<MentorshipRequest, 'id'> {
  _id: Types.ObjectId;
}

const mentorshipRequestSchema = new Schema<MentorshipRequestDoc>({
  guildId: { type: String, required: true },
  menteeId: { type: String, required: true },
  mentorId: { type: String, required: true },
  goals: { type: String, required: true },
  status: { type: String, enum: REQUEST_STATUSES, required: true, default: 'pending' },
  declineReason: { type: String, default: null },
  createdAt: { type: Date, required: true },
  decidedAt: { type: Date, default: null },
});
mentorshipRequestSchema.index(
  { guildId: 1, menteeId: 1, mentorId: 1 },
  { unique: true, partialFilterExpression: { status: 'pending' }, name: 'one_pending_request_per_pair' },
);
mentorshipRequestSchema.index({ guildId: 1, mentorId: 1, status: 1, createdAt: 1 });
mentorshipRequestSchema.index({ guildId: 1, menteeId: 1, status: 1 });

export const MentorshipRequestModel = mongoose.model<MentorshipRequestDoc>(
  'MentorshipRequest',
  mentorshipRequestSchema,
);

function toRequest(doc: MentorshipRequestDoc): MentorshipRequest {
  return {
    id: doc._id.toHexString(),
    guildId: doc.guildId,
    menteeId: doc.menteeId,
    mentorId: doc.mentorId,
    goals: doc.goals,
    status: doc.status,
    declineReason: doc.declineReason ?? null,
    createdAt: doc.createdAt,
    decidedAt: doc.decidedAt ?? null,
  };
}

/** Null when the pair already has a pending request (the unique index refused the insert). */
export async function insertMentorshipRequest(
  request: Pick<MentorshipRequest, 'guildId' | 'menteeId' | 'mentorId' | 'goals' | 'createdAt'>,
): Promise<MentorshipRequest | null> {
  try {
    const doc = await MentorshipRequestModel.create({ ...request, status: 'pending' });
    return toRequest(doc.toObject());
  } catch (error) {
    if (isDuplicateKeyError(error)) return null;
    throw error;
  }
}

export async function findMentorshipRequest(id: string): Promise<MentorshipRequest | null> {
  if (!Types.ObjectId.isValid(id)) return null;
  const doc = await MentorshipRequestModel.findById(id).lean<MentorshipRequestDoc>();
  return doc ? toRequest(doc) : null;
}

/** The filters behind the reads below; exported so a test can explain them. */
export const requestFilters = {
  pendingOfMentee: (guildId: string, menteeId: string) => ({ guildId, menteeId, status: 'pending' as const }),
  pendingForMentor: (guildId: string, mentorId: string) => ({ guildId, mentorId, status: 'pending' as const }),
  answeredByMentor: (guildId: string, mentorId: string) => ({
    guildId,
    mentorId,
    status: { $in: ['accepted', 'declined'] as RequestStatus[] },
  }),
  receivedByMentor: (guildId: string, mentorId: string) => ({ guildId, mentorId }),
};

export async function countPendingRequestsOf(guildId: string, menteeId: string): Promise<number> {
  return MentorshipRequestModel.countDocuments(requestFilters.pendingOfMentee(guildId, menteeId));
}

export async function countPendingRequestsFor(guildId: string, mentorId: string): Promise<number> {
  return MentorshipRequestModel.countDocuments(requestFilters.pendingForMentor(guildId, mentorId));
}

export async function listPendingRequestsFor(
  guildId: string,
  mentorId: string,
  limit: number,
): Promise<MentorshipRequest[]> {
  const docs = await MentorshipRequestModel.find(requestFilters.pendingForMentor(guildId, mentorId))
    .sort({ createdAt: 1 })
    .limit(limit)
    .lean<MentorshipRequestDoc[]>();
  return docs.map(toRequest);
}

/** Removes a request that could not be set up completely (its expiry could not be scheduled, or it broke the cap). */
export async function deleteMentorshipRequest(id: string): Promise<void> {
  await MentorshipRequestModel.deleteOne({ _id: new Types.ObjectId(id) });
}

/** Moves a pending request to its outcome; null when it was no longer pending (decided or expired meanwhile). */
export async function decideMentorshipRequest(
  id: string,
  outcome: Exclude<RequestStatus, 'pending'>,
  decidedAt: Date,
  declineReason: string | null = null,
): Promise<MentorshipRequest | null> {
  const doc = await MentorshipRequestModel.findOneAndUpdate(
    { _id: new Types.ObjectId(id), status: 'pending' },
    { $set: { status: outcome, decidedAt, declineReason } },
    { returnDocument: 'after' },
  ).lean<MentorshipRequestDoc>();
  return doc ? toRequest(doc) : null;
}

/** Answer times of the mentor's latest decided requests, newest first, for their responsiveness. */
export async function recentAnswerMinutes(guildId: string, mentorId: string, limit: number): Promise<number[]> {
  const docs = await MentorshipRequestModel.find(requestFilters.answeredByMentor(guildId, mentorId))
    .sort({ decidedAt: -1 })
    .limit(limit)
    .lean<MentorshipRequestDoc[]>();
  return docs.flatMap((doc) => (doc.decidedAt ? [(doc.decidedAt.getTime() - doc.createdAt.getTime()) / 60_000] : []));
}

export async function countRequestsFor(
  guildId: string,
  mentorId: string,
): Promise<{ received: number; answered: number }> {
  const [received, answered] = await Promise.all([
    MentorshipRequestModel.countDocuments(requestFilters.receivedByMentor(guildId, mentorId)),
    MentorshipRequestModel.countDocuments(requestFilters.answeredByMentor(guildId, mentorId)),
  ]);
  return { received, answered };
}
