/**
 * A member asking a mentor for mentorship, with their goals. Each step out of "pending" is one guarded
 * update (status must still be "pending"), so double clicks, replays and races decide nothing twice.
 *
 * Two partial unique indexes hold the limits while a request is pending: one request per member and
 * mentor, and one of a few numbered slots per member (`menteeSlot`), so simultaneous requests can fill
 * the member's slots but never overflow them.
 *
 * `notices` is an outbox: what the bot still owes people about this request (a DM to the mentee, the
 * mentor's DM to redraw, ...), written in the same update as the step that makes them due, and
 * removed one by one as they are delivered. A job delivers them; a sweep re-queues any left behind.
 */
import mongoose, { Schema, Types } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key-error.js';

export const REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'expired', 'withdrawn', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export type RequestOutcome = Exclude<RequestStatus, 'pending'>;

/**
 * Why a request was closed on the mentor's side: they retired, their application was turned down, they
 * left, or they were paused for leaving requests unanswered.
 */
export const REQUEST_CLOSE_REASONS = ['retired', 'rejected', 'left', 'unresponsive'] as const;
export type RequestCloseReason = (typeof REQUEST_CLOSE_REASONS)[number];

/**
 * - `send-to-mentor`: the request DM with its buttons (its message is then remembered in `mentorDm`);
 * - `tell-mentee`: the outcome, by DM;
 * - `redraw-mentor-dm`: the mentor's request DM edited to its final state (buttons gone);
 * - `tell-mentor`: a new DM to the mentor (a request that expired unanswered; with how to resume when its
 *   expiry paused them);
 * - `tell-admins`: the server's admins, about a mentor paused for leaving requests unanswered.
 */
export const REQUEST_NOTICES = [
  'send-to-mentor',
  'tell-mentee',
  'redraw-mentor-dm',
  'tell-mentor',
  'tell-admins',
] as const;
export type RequestNotice = (typeof REQUEST_NOTICES)[number];

export interface MessageRef {
  channelId: string;
  messageId: string;
}

export interface MentorshipRequest {
  id: string;
  guildId: string;
  menteeId: string;
  mentorId: string;
  /** Display names when the request was made, shown beside mentions (clients may show unloaded mentions as ids). */
  menteeName: string | null;
  mentorName: string | null;
  goals: string;
  status: RequestStatus;
  declineReason: string | null;
  closeReason: RequestCloseReason | null;
  createdAt: Date;
  decidedAt: Date | null;
  /** The request DM in the mentor's inbox, once sent, so later steps can redraw it. */
  mentorDm: MessageRef | null;
  /** This request's expiry made a run of unanswered requests long enough to pause the mentor. */
  pausedMentor: boolean;
  notices: RequestNotice[];
}

interface MentorshipRequestDoc extends Omit<MentorshipRequest, 'id' | 'notices' | 'pausedMentor'> {
  _id: Types.ObjectId;
  /** Absent on requests saved before auto-pausing existed. */
  pausedMentor?: boolean;
  /** Absent on requests saved before notices existed. */
  notices?: RequestNotice[];
  menteeSlot: number | null;
  /** When the oldest undelivered notice became due; null once all are delivered. */
  noticesDueAt: Date | null;
}

const messageRefSchema = new Schema<MessageRef>(
  { channelId: { type: String, required: true }, messageId: { type: String, required: true } },
  { _id: false },
);

const mentorshipRequestSchema = new Schema<MentorshipRequestDoc>({
  guildId: { type: String, required: true },
  menteeId: { type: String, required: true },
  mentorId: { type: String, required: true },
  menteeName: { type: String, default: null },
  mentorName: { type: String, default: null },
  goals: { type: String, required: true },
  status: { type: String, enum: REQUEST_STATUSES, required: true, default: 'pending' },
  declineReason: { type: String, default: null },
  closeReason: { type: String, enum: REQUEST_CLOSE_REASONS, default: null },
  createdAt: { type: Date, required: true },
  decidedAt: { type: Date, default: null },
  menteeSlot: { type: Number, default: null },
  mentorDm: { type: messageRefSchema, default: null },
  pausedMentor: { type: Boolean, default: false },
  notices: { type: [String], enum: REQUEST_NOTICES, default: [] },
  noticesDueAt: { type: Date, default: null },
});
mentorshipRequestSchema.index(
  { guildId: 1, menteeId: 1, mentorId: 1 },
  { unique: true, partialFilterExpression: { status: 'pending' }, name: 'one_pending_request_per_pair' },
);
// Requests saved before slots existed have none and are left out, so building the index never fails on them.
mentorshipRequestSchema.index(
  { guildId: 1, menteeId: 1, menteeSlot: 1 },
  {
    unique: true,
    partialFilterExpression: { status: 'pending', menteeSlot: { $gt: 0 } },
    name: 'one_pending_request_per_slot',
  },
);
mentorshipRequestSchema.index({ guildId: 1, mentorId: 1, status: 1, createdAt: 1 });
mentorshipRequestSchema.index({ guildId: 1, menteeId: 1, status: 1 });
// The sweeps: pending requests past their lifetime, and notices left undelivered.
mentorshipRequestSchema.index({ status: 1, createdAt: 1 });
mentorshipRequestSchema.index({ noticesDueAt: 1 });

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
    menteeName: doc.menteeName ?? null,
    mentorName: doc.mentorName ?? null,
    goals: doc.goals,
    status: doc.status,
    declineReason: doc.declineReason ?? null,
    closeReason: doc.closeReason ?? null,
    createdAt: doc.createdAt,
    decidedAt: doc.decidedAt ?? null,
    mentorDm: doc.mentorDm ? { channelId: doc.mentorDm.channelId, messageId: doc.mentorDm.messageId } : null,
    pausedMentor: doc.pausedMentor ?? false,
    notices: [...(doc.notices ?? [])],
  };
}

function indexOf(error: unknown): Record<string, unknown> {
  const pattern = (error as { keyPattern?: unknown }).keyPattern;
  return typeof pattern === 'object' && pattern !== null ? (pattern as Record<string, unknown>) : {};
}

export type NewMentorshipRequest = Pick<
  MentorshipRequest,
  'guildId' | 'menteeId' | 'mentorId' | 'menteeName' | 'mentorName' | 'goals' | 'createdAt'
>;

/**
 * Saves a pending request in the first free slot of `slots`, owing the mentor their DM. `duplicate`
 * when the pair already has a pending request, `full` when every slot is taken: both decided by unique
 * indexes, so any number of simultaneous requests admit exactly as many as there are free slots.
 */
export async function insertMentorshipRequest(
  request: NewMentorshipRequest,
  slots: number,
): Promise<MentorshipRequest | 'duplicate' | 'full'> {
  for (let slot = 1; slot <= slots; slot += 1) {
    try {
      const doc = await MentorshipRequestModel.create({
        ...request,
        status: 'pending',
        menteeSlot: slot,
        notices: ['send-to-mentor'],
        noticesDueAt: request.createdAt,
      });
      return toRequest(doc.toObject());
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      if (!('menteeSlot' in indexOf(error))) return 'duplicate';
    }
  }
  return 'full';
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
  /** Requests whose fate was the mentor's: answered, or left to expire (not withdrawn or closed). */
  receivedByMentor: (guildId: string, mentorId: string) => ({
    guildId,
    mentorId,
    status: { $in: ['accepted', 'declined', 'expired'] as RequestStatus[] },
  }),
  declinedSince: (guildId: string, menteeId: string, mentorId: string, since: Date) => ({
    guildId,
    menteeId,
    status: 'declined' as const,
    mentorId,
    decidedAt: { $gte: since },
  }),
  askedBy: (guildId: string, menteeId: string) => ({ guildId, menteeId }),
  pendingCreatedBefore: (cutoff: Date) => ({ status: 'pending' as const, createdAt: { $lte: cutoff } }),
  noticesDueBetween: (from: Date, to: Date) => ({ noticesDueAt: { $gte: from, $lte: to } }),
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

export async function listPendingRequestsOf(
  guildId: string,
  menteeId: string,
  limit: number,
): Promise<MentorshipRequest[]> {
  const docs = await MentorshipRequestModel.find(requestFilters.pendingOfMentee(guildId, menteeId))
    .sort({ createdAt: 1 })
    .limit(limit)
    .lean<MentorshipRequestDoc[]>();
  return docs.map(toRequest);
}

/** The latest decline of this member by this mentor since `since`, if any. */
export async function findDeclineSince(
  guildId: string,
  menteeId: string,
  mentorId: string,
  since: Date,
): Promise<MentorshipRequest | null> {
  const doc = await MentorshipRequestModel.findOne(requestFilters.declinedSince(guildId, menteeId, mentorId, since))
    .sort({ decidedAt: -1 })
    .lean<MentorshipRequestDoc>();
  return doc ? toRequest(doc) : null;
}

export interface RequestStep {
  status: RequestOutcome;
  at: Date;
  declineReason?: string | null;
  closeReason?: RequestCloseReason | null;
  /** What the bot owes people after this step; replaces anything still owed about the pending request. */
  notices: readonly RequestNotice[];
}

/**
 * Moves a pending request to its outcome with the notices it makes due, in one guarded update.
 * Null when it was no longer pending (decided, withdrawn, expired or closed meanwhile).
 */
export async function finishPendingRequest(id: string, step: RequestStep): Promise<MentorshipRequest | null> {
  const doc = await MentorshipRequestModel.findOneAndUpdate(
    { _id: new Types.ObjectId(id), status: 'pending' },
    {
      $set: {
        status: step.status,
        decidedAt: step.at,
        declineReason: step.declineReason ?? null,
        closeReason: step.closeReason ?? null,
        notices: [...step.notices],
        noticesDueAt: step.notices.length > 0 ? step.at : null,
      },
    },
    { returnDocument: 'after' },
  ).lean<MentorshipRequestDoc>();
  return doc ? toRequest(doc) : null;
}

/** Ids of pending requests created at or before `cutoff`, oldest first. */
export async function findPendingCreatedBefore(cutoff: Date, limit: number): Promise<string[]> {
  const docs = await MentorshipRequestModel.find(requestFilters.pendingCreatedBefore(cutoff))
    .sort({ createdAt: 1 })
    .limit(limit)
    .select({ _id: 1 })
    .lean<{ _id: Types.ObjectId }[]>();
  return docs.map((doc) => doc._id.toHexString());
}

/** Requests (id and status) with notices that became due between `from` and `to`. */
export async function findNoticesDueBetween(
  from: Date,
  to: Date,
  limit: number,
): Promise<{ id: string; status: RequestStatus }[]> {
  const docs = await MentorshipRequestModel.find(requestFilters.noticesDueBetween(from, to))
    .sort({ noticesDueAt: 1 })
    .limit(limit)
    .select({ _id: 1, status: 1 })
    .lean<{ _id: Types.ObjectId; status: RequestStatus }[]>();
  return docs.map((doc) => ({ id: doc._id.toHexString(), status: doc.status }));
}

/** Marks one notice delivered; once none is left, the request no longer shows up as owing any. */
export async function markNoticeDelivered(id: string, notice: RequestNotice): Promise<void> {
  const _id = new Types.ObjectId(id);
  await MentorshipRequestModel.updateOne({ _id }, { $pull: { notices: notice } });
  await MentorshipRequestModel.updateOne({ _id, notices: { $size: 0 } }, { $set: { noticesDueAt: null } });
}

/**
 * Owes the mentor their notice of an expired request, once its consequence is known: whether it paused
 * them (then the admins are owed one too). Added in one update, so whoever delivers sees both or neither.
 */
export async function oweExpiryToMentor(id: string, pausedMentor: boolean, at: Date): Promise<void> {
  const _id = new Types.ObjectId(id);
  const owed: RequestNotice[] = pausedMentor ? ['tell-mentor', 'tell-admins'] : ['tell-mentor'];
  await MentorshipRequestModel.updateOne(
    { _id, notices: { $nin: ['tell-mentor'] } },
    { $set: { pausedMentor }, $push: { notices: { $each: owed } } },
  );
  await MentorshipRequestModel.updateOne({ _id, noticesDueAt: null }, { $set: { noticesDueAt: at } });
}

/** Mentors this member has ever asked, as user ids: suggestions leave them out. */
export async function findMentorsAskedBy(guildId: string, menteeId: string): Promise<string[]> {
  const docs = await MentorshipRequestModel.find(requestFilters.askedBy(guildId, menteeId))
    .select({ mentorId: 1 })
    .lean<{ mentorId: string }[]>();
  return [...new Set(docs.map((doc) => doc.mentorId))];
}

export async function setMentorDm(id: string, mentorDm: MessageRef): Promise<void> {
  await MentorshipRequestModel.updateOne({ _id: new Types.ObjectId(id) }, { $set: { mentorDm } });
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
