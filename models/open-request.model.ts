/**
 * A member's request to a specialty rather than to one mentor: posted in the server's open-requests
 * channel or forum, where any mentor of that specialty with a free place may claim it. Each step out of
 * "open" is one guarded update (status must still be "open"), so of two mentors claiming at once exactly
 * one wins, and a claim, a withdrawal and the expiry never both happen.
 */
import mongoose, { Schema, Types } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key-error.js';
import type { MessageRef } from './mentorship-request.model.js';

export const OPEN_REQUEST_STATUSES = ['open', 'claimed', 'expired', 'withdrawn'] as const;
export type OpenRequestStatus = (typeof OPEN_REQUEST_STATUSES)[number];

export interface OpenRequest {
  id: string;
  guildId: string;
  menteeId: string;
  /** The member's display name when they posted, shown beside the mention. */
  menteeName: string | null;
  /** The specialty's slug. */
  specialty: string;
  goals: string;
  status: OpenRequestStatus;
  createdAt: Date;
  expiresAt: Date;
  decidedAt: Date | null;
  /** The mentor who claimed it, once claimed (also while the claim is being turned into a mentorship). */
  claimedBy: string | null;
  claimedByName: string | null;
  /** The accepted mentorship request the claim became. */
  requestId: string | null;
  /** The message (or forum post's starter message) that shows it in the channel. */
  post: MessageRef | null;
  /** The member has been told of its expiry and the post redrawn. */
  expiryNoticeDone: boolean;
}

interface OpenRequestDoc extends Omit<OpenRequest, 'id'> {
  _id: Types.ObjectId;
}

const postSchema = new Schema<MessageRef>(
  { channelId: { type: String, required: true }, messageId: { type: String, required: true } },
  { _id: false },
);

const openRequestSchema = new Schema<OpenRequestDoc>({
  guildId: { type: String, required: true },
  menteeId: { type: String, required: true },
  menteeName: { type: String, default: null },
  specialty: { type: String, required: true },
  goals: { type: String, required: true },
  status: { type: String, enum: OPEN_REQUEST_STATUSES, required: true, default: 'open' },
  createdAt: { type: Date, required: true },
  expiresAt: { type: Date, required: true },
  decidedAt: { type: Date, default: null },
  claimedBy: { type: String, default: null },
  claimedByName: { type: String, default: null },
  requestId: { type: String, default: null },
  post: { type: postSchema, default: null },
  expiryNoticeDone: { type: Boolean, default: false },
});
// One open request per member and specialty at a time, however many are posted at once.
openRequestSchema.index(
  { guildId: 1, menteeId: 1, specialty: 1 },
  { unique: true, partialFilterExpression: { status: 'open' }, name: 'one_open_request_per_specialty' },
);
// The sweep: open ones past their expiry, and expired ones whose member was not told yet.
openRequestSchema.index({ status: 1, expiresAt: 1 });

export const OpenRequestModel = mongoose.model<OpenRequestDoc>('OpenRequest', openRequestSchema);

function toOpenRequest(doc: OpenRequestDoc): OpenRequest {
  return {
    id: doc._id.toHexString(),
    guildId: doc.guildId,
    menteeId: doc.menteeId,
    menteeName: doc.menteeName ?? null,
    specialty: doc.specialty,
    goals: doc.goals,
    status: doc.status,
    createdAt: doc.createdAt,
    expiresAt: doc.expiresAt,
    decidedAt: doc.decidedAt ?? null,
    claimedBy: doc.claimedBy ?? null,
    claimedByName: doc.claimedByName ?? null,
    requestId: doc.requestId ?? null,
    post: doc.post ? { channelId: doc.post.channelId, messageId: doc.post.messageId } : null,
    expiryNoticeDone: doc.expiryNoticeDone,
  };
}

export type NewOpenRequest = Pick<
  OpenRequest,
  'guildId' | 'menteeId' | 'menteeName' | 'specialty' | 'goals' | 'createdAt' | 'expiresAt'
>;

/** Saves an open request; `duplicate` when the member already has one open in that specialty. */
export async function insertOpenRequest(request: NewOpenRequest): Promise<OpenRequest | 'duplicate'> {
  try {
    const doc = await OpenRequestModel.create({ ...request, status: 'open' });
    return toOpenRequest(doc.toObject());
  } catch (error) {
    if (isDuplicateKeyError(error)) return 'duplicate';
    throw error;
  }
}

export async function findOpenRequest(id: string): Promise<OpenRequest | null> {
  if (!Types.ObjectId.isValid(id)) return null;
  const doc = await OpenRequestModel.findById(id).lean<OpenRequestDoc>();
  return doc ? toOpenRequest(doc) : null;
}

export async function setOpenRequestPost(id: string, post: MessageRef): Promise<void> {
  await OpenRequestModel.updateOne({ _id: new Types.ObjectId(id) }, { $set: { post } });
}

async function stepFrom(
  id: string,
  filter: Record<string, unknown>,
  set: Partial<OpenRequestDoc>,
): Promise<OpenRequest | null> {
  const doc = await OpenRequestModel.findOneAndUpdate(
    { _id: new Types.ObjectId(id), ...filter },
    { $set: set },
    { returnDocument: 'after' },
  ).lean<OpenRequestDoc>();
  return doc ? toOpenRequest(doc) : null;
}

/** The first claim wins: open -> claimed by this mentor. Null when it was no longer open. */
export async function claimOpen(
  id: string,
  mentor: { id: string; name: string | null },
  at: Date,
): Promise<OpenRequest | null> {
  return stepFrom(
    id,
    { status: 'open' },
    { status: 'claimed', claimedBy: mentor.id, claimedByName: mentor.name, decidedAt: at },
  );
}

/** A claim that could not become a mentorship is given back, if it is still this mentor's. */
export async function releaseClaim(id: string, mentorId: string): Promise<OpenRequest | null> {
  return stepFrom(
    id,
    { status: 'claimed', claimedBy: mentorId, requestId: null },
    { status: 'open', claimedBy: null, claimedByName: null, decidedAt: null },
  );
}

export async function setClaimRequest(id: string, requestId: string): Promise<OpenRequest | null> {
  return stepFrom(id, { status: 'claimed' }, { requestId });
}

/** open -> expired or withdrawn; null when it was no longer open. */
export async function finishOpen(id: string, status: 'expired' | 'withdrawn', at: Date): Promise<OpenRequest | null> {
  return stepFrom(id, { status: 'open' }, { status, decidedAt: at });
}

export async function markExpiryNoticeDone(id: string): Promise<void> {
  await OpenRequestModel.updateOne({ _id: new Types.ObjectId(id) }, { $set: { expiryNoticeDone: true } });
}

/** Open requests past their expiry, and expired ones whose member is still owed the news: ids, oldest first. */
/** The sweep's filter: open requests past their expiry, and expired ones whose member is still owed the news. */
export function dueToExpireFilter(now: Date) {
  return {
    $or: [
      { status: 'open' as const, expiresAt: { $lte: now } },
      { status: 'expired' as const, expiresAt: { $lte: now }, expiryNoticeDone: false },
    ],
  };
}

/** Ids of the requests `dueToExpireFilter` names, oldest first. */
export async function findOpenRequestsToExpire(now: Date, limit: number): Promise<string[]> {
  const docs = await OpenRequestModel.find(dueToExpireFilter(now))
    .sort({ expiresAt: 1 })
    .limit(limit)
    .select({ _id: 1 })
    .lean<{ _id: Types.ObjectId }[]>();
  return docs.map((doc) => doc._id.toHexString());
}
