/**
 * A mentorship: one document per accepted request, the source of truth for a mentor's places. While
 * active it holds one numbered place (`place`, 1..capacity) under a partial unique index, so two
 * accepts at the same moment can never give a mentor more mentees than places; ending it frees the
 * place. The mentor profile's `activeMenteeCount` is a copy recomputed from here.
 */
import mongoose, { Schema, type Types } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key-error.js';
import { MENTOR_FORMATS, type MentorFormat } from './mentor-profile.model.js';

/** A paused mentorship is still `active` (it keeps its place); `pausedAt` says it is paused. */
export const MENTORSHIP_STATUSES = ['active', 'ended'] as const;
export type MentorshipStatus = (typeof MENTORSHIP_STATUSES)[number];

export const MENTORSHIP_CADENCES = ['weekly', 'biweekly', 'monthly'] as const;
export type MentorshipCadence = (typeof MENTORSHIP_CADENCES)[number];
export const DEFAULT_CADENCE: MentorshipCadence = 'biweekly';
/** Three months. */
export const DEFAULT_EXPECTED_WEEKS = 13;

/** `inactive` is only set by the bot, when a fading pair never answered. */
export const MENTORSHIP_END_REASONS = [
  'completed',
  'goals-changed',
  'no-time',
  'no-response',
  'mismatch',
  'other',
  'inactive',
] as const;
export type MentorshipEndReason = (typeof MENTORSHIP_END_REASONS)[number];

export const MILESTONE_STATUSES = ['open', 'done', 'dropped'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export interface Milestone {
  id: string;
  title: string;
  status: MilestoneStatus;
  createdAt: Date;
  updatedAt: Date;
}

/** Why the pair has no private thread, when it could not be made. */
export const SPACE_PROBLEMS = ['no-channel', 'missing-permissions', 'failed'] as const;
export type SpaceProblem = (typeof SPACE_PROBLEMS)[number];

/** One-time deliveries of opening the space, recorded so a retried opening sends none of them twice. */
export const SPACE_DELIVERIES = ['admins-told', 'mentor-welcomed', 'mentee-welcomed'] as const;
export type SpaceDelivery = (typeof SPACE_DELIVERIES)[number];

/** The pair's private thread and its pinned summary. */
export interface MentorshipSpace {
  parentChannelId: string | null;
  threadId: string | null;
  summaryMessageId: string | null;
  problem: SpaceProblem | null;
  delivered: SpaceDelivery[];
  /** When everything of the opening was done (thread or problem, summary, welcomes); null until then. */
  openedAt: Date | null;
}

/**
 * How long a pair has been quiet, as far as the bot has acted on it: `nudged` both, `asked` "continue
 * or end?", `warned` that it ends as inactive in 7 days. Back to `none` on any activity.
 */
export const FADING_STAGES = ['none', 'nudged', 'asked', 'warned'] as const;
export type FadingStage = (typeof FADING_STAGES)[number];

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
  /** The mentee's goals, from the request. */
  goals: string;
  format: MentorFormat | null;
  cadence: MentorshipCadence;
  expectedWeeks: number;
  /** Each side's confirmation of the agreement (goals, format, cadence, length); cleared when it changes. */
  mentorConfirmedAt: Date | null;
  menteeConfirmedAt: Date | null;
  milestones: Milestone[];
  space: MentorshipSpace;
  pausedAt: Date | null;
  pausedBy: string | null;
  /** When the next check-in prompt is due (UTC); null while paused or after the end. */
  nextCheckInAt: Date | null;
  checkInsSent: number;
  /** The last message in the thread or answer to a check-in seen by the bot. */
  lastActivityAt: Date;
  fadingStage: FadingStage;
  endedBy: string | null;
  endReason: MentorshipEndReason | null;
}

type StoredMilestone = Omit<Milestone, 'id'> & { _id: Types.ObjectId };

interface MentorshipDoc extends Omit<Mentorship, 'id' | 'milestones'> {
  /**
   * What still follows the end (the thread archived, both told, feedback asked): `pending` from the end's
   * own update until the follow-up job is done, so a restart in between is caught up by the sweep.
   */
  endFollowUp?: 'pending' | 'done' | null;
  _id: Types.ObjectId;
  place: number;
  milestones: StoredMilestone[];
}

const milestoneSchema = new Schema<StoredMilestone>(
  {
    title: { type: String, required: true },
    status: { type: String, enum: MILESTONE_STATUSES, required: true, default: 'open' },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { id: false },
);

const spaceSchema = new Schema<MentorshipSpace>(
  {
    parentChannelId: { type: String, default: null },
    threadId: { type: String, default: null },
    summaryMessageId: { type: String, default: null },
    problem: { type: String, enum: SPACE_PROBLEMS, default: null },
    delivered: { type: [String], enum: SPACE_DELIVERIES, default: [] },
    openedAt: { type: Date, default: null },
  },
  { _id: false },
);

const mentorshipSchema = new Schema<MentorshipDoc>({
  guildId: { type: String, required: true },
  mentorId: { type: String, required: true },
  menteeId: { type: String, required: true },
  requestId: { type: String, required: true },
  status: { type: String, enum: MENTORSHIP_STATUSES, required: true, default: 'active' },
  place: { type: Number, required: true },
  startedAt: { type: Date, required: true },
  endedAt: { type: Date, default: null },
  goals: { type: String, default: '' },
  format: { type: String, enum: [...MENTOR_FORMATS, null], default: null },
  cadence: { type: String, enum: MENTORSHIP_CADENCES, default: DEFAULT_CADENCE },
  expectedWeeks: { type: Number, default: DEFAULT_EXPECTED_WEEKS },
  mentorConfirmedAt: { type: Date, default: null },
  menteeConfirmedAt: { type: Date, default: null },
  milestones: { type: [milestoneSchema], default: [] },
  space: { type: spaceSchema, default: () => ({}) },
  pausedAt: { type: Date, default: null },
  pausedBy: { type: String, default: null },
  nextCheckInAt: { type: Date, default: null },
  checkInsSent: { type: Number, default: 0 },
  lastActivityAt: { type: Date, default: () => new Date() },
  fadingStage: { type: String, enum: FADING_STAGES, default: 'none' },
  endedBy: { type: String, default: null },
  endReason: { type: String, enum: MENTORSHIP_END_REASONS, default: null },
  endFollowUp: { type: String, enum: ['pending', 'done', null], default: null },
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
mentorshipSchema.index({ guildId: 1, menteeId: 1, status: 1 });
mentorshipSchema.index({ 'space.threadId': 1 }, { sparse: true });
mentorshipSchema.index({ status: 1, nextCheckInAt: 1 });
mentorshipSchema.index({ endFollowUp: 1, endedAt: 1 }, { sparse: true });
mentorshipSchema.index({ status: 1, 'space.openedAt': 1, startedAt: 1 });

export const MentorshipModel = mongoose.model<MentorshipDoc>('Mentorship', mentorshipSchema);

/** Mentorships saved before the agreement fields existed read as the defaults. */
type StoredMentorship = Partial<MentorshipDoc> &
  Pick<MentorshipDoc, '_id' | 'guildId' | 'mentorId' | 'menteeId' | 'requestId' | 'status' | 'startedAt'>;

export function toMentorship(doc: StoredMentorship): Mentorship {
  return {
    id: doc._id.toHexString(),
    guildId: doc.guildId,
    mentorId: doc.mentorId,
    menteeId: doc.menteeId,
    requestId: doc.requestId,
    status: doc.status,
    startedAt: doc.startedAt,
    endedAt: doc.endedAt ?? null,
    goals: doc.goals ?? '',
    format: doc.format ?? null,
    cadence: doc.cadence ?? DEFAULT_CADENCE,
    expectedWeeks: doc.expectedWeeks ?? DEFAULT_EXPECTED_WEEKS,
    mentorConfirmedAt: doc.mentorConfirmedAt ?? null,
    menteeConfirmedAt: doc.menteeConfirmedAt ?? null,
    milestones: (doc.milestones ?? []).map((m) => ({
      id: m._id.toHexString(),
      title: m.title,
      status: m.status,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
    })),
    space: {
      parentChannelId: doc.space?.parentChannelId ?? null,
      threadId: doc.space?.threadId ?? null,
      summaryMessageId: doc.space?.summaryMessageId ?? null,
      problem: doc.space?.problem ?? null,
      delivered: doc.space?.delivered ?? [],
      openedAt: doc.space?.openedAt ?? null,
    },
    pausedAt: doc.pausedAt ?? null,
    pausedBy: doc.pausedBy ?? null,
    nextCheckInAt: doc.nextCheckInAt ?? null,
    checkInsSent: doc.checkInsSent ?? 0,
    lastActivityAt: doc.lastActivityAt ?? doc.startedAt,
    fadingStage: doc.fadingStage ?? 'none',
    endedBy: doc.endedBy ?? null,
    endReason: doc.endReason ?? null,
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
  mentorship: Pick<Mentorship, 'guildId' | 'mentorId' | 'menteeId' | 'requestId' | 'startedAt' | 'goals' | 'format'>,
  capacity: number,
): Promise<Mentorship | 'full' | 'already-mentored'> {
  for (let place = 1; place <= capacity; place += 1) {
    try {
      const doc = await MentorshipModel.create({
        ...mentorship,
        status: 'active',
        place,
        lastActivityAt: mentorship.startedAt,
      });
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

/** Active (paused included) mentorships in which the user is either side. */
export async function findActiveMentorshipsOf(guildId: string, userId: string): Promise<Mentorship[]> {
  const docs = await MentorshipModel.find({
    $or: [
      { guildId, mentorId: userId, status: 'active' },
      { guildId, menteeId: userId, status: 'active' },
    ],
  })
    .sort({ startedAt: 1 })
    .lean<MentorshipDoc[]>();
  return docs.map(toMentorship);
}

/** The active mentorship whose private thread this is. */
export async function findActiveMentorshipByThread(threadId: string): Promise<Mentorship | null> {
  const doc = await MentorshipModel.findOne({ 'space.threadId': threadId, status: 'active' }).lean<MentorshipDoc>();
  return doc ? toMentorship(doc) : null;
}

export async function findMentorshipById(mentorshipId: string): Promise<Mentorship | null> {
  if (!mongoose.isValidObjectId(mentorshipId)) return null;
  const doc = await MentorshipModel.findById(mentorshipId).lean<MentorshipDoc>();
  return doc ? toMentorship(doc) : null;
}

/** The filters behind the lifecycle sweeps; exported so a test can explain them. */
export const lifecycleFilters = {
  dueForCheckIn: (now: Date) => ({
    status: 'active' as const,
    nextCheckInAt: { $ne: null, $lte: now },
    pausedAt: null,
  }),
  withoutCheckIn: () => ({ status: 'active' as const, nextCheckInAt: null, pausedAt: null }),
  owingEndFollowUp: (before: Date) => ({ endFollowUp: 'pending' as const, endedAt: { $lte: before } }),
};

/** Active, unpaused mentorships whose check-in is due; the ones due longest first. */
export async function findMentorshipsDueForCheckIn(now: Date, limit: number): Promise<Mentorship[]> {
  const docs = await MentorshipModel.find(lifecycleFilters.dueForCheckIn(now))
    .sort({ nextCheckInAt: 1 })
    .limit(limit)
    .lean<MentorshipDoc[]>();
  return docs.map(toMentorship);
}

/** Active, unpaused mentorships with no check-in scheduled yet (just accepted). */
export async function findMentorshipsWithoutCheckIn(limit: number): Promise<Mentorship[]> {
  const docs = await MentorshipModel.find(lifecycleFilters.withoutCheckIn()).limit(limit).lean<MentorshipDoc[]>();
  return docs.map(toMentorship);
}

/** Schedules the first check-in; false when one was scheduled meanwhile, or the pair paused or ended. */
export async function setFirstCheckIn(mentorshipId: string, at: Date): Promise<boolean> {
  const result = await MentorshipModel.updateOne(
    { _id: mentorshipId, status: 'active', pausedAt: null, nextCheckInAt: null },
    { $set: { nextCheckInAt: at } },
  );
  return result.modifiedCount > 0;
}

/**
 * Claims the check-in due at `dueAt`: counts it sent and schedules the next, in one guarded update, so of
 * two sweeps (or a sweep before and after a restart) exactly one moves the schedule on.
 */
export async function claimDueCheckIn(
  mentorshipId: string,
  dueAt: Date,
  sentBefore: number,
  next: Date,
): Promise<Mentorship | null> {
  const doc = await MentorshipModel.findOneAndUpdate(
    { _id: mentorshipId, status: 'active', pausedAt: null, nextCheckInAt: dueAt, checkInsSent: sentBefore },
    { $set: { nextCheckInAt: next }, $inc: { checkInsSent: 1 } },
    { returnDocument: 'after' },
  ).lean<MentorshipDoc>();
  return doc ? toMentorship(doc) : null;
}

/** Pauses an active mentorship (check-ins stop, the place is kept); null when it was paused or ended. */
export async function pauseMentorshipRecord(mentorshipId: string, by: string, now: Date): Promise<Mentorship | null> {
  const doc = await MentorshipModel.findOneAndUpdate(
    { _id: mentorshipId, status: 'active', pausedAt: null },
    { $set: { pausedAt: now, pausedBy: by, nextCheckInAt: null, lastActivityAt: now, fadingStage: 'none' } },
    { returnDocument: 'after' },
  ).lean<MentorshipDoc>();
  return doc ? toMentorship(doc) : null;
}

/** Resumes a paused mentorship with its next check-in at `next`; null when it was not paused. */
export async function resumeMentorshipRecord(mentorshipId: string, now: Date, next: Date): Promise<Mentorship | null> {
  const doc = await MentorshipModel.findOneAndUpdate(
    { _id: mentorshipId, status: 'active', pausedAt: { $ne: null } },
    { $set: { pausedAt: null, pausedBy: null, nextCheckInAt: next, lastActivityAt: now, fadingStage: 'none' } },
    { returnDocument: 'after' },
  ).lean<MentorshipDoc>();
  return doc ? toMentorship(doc) : null;
}

/**
 * Ends an active mentorship (its place is free once the count is recomputed); null when it had already
 * ended. `onlyIfFading` ends it only if it is still at that fading stage (the bot's own end, which any
 * activity meanwhile cancels).
 */
export async function endMentorshipRecord(
  mentorshipId: string,
  end: { endedBy: string | null; endReason: MentorshipEndReason; now: Date; onlyIfFading?: FadingStage },
): Promise<Mentorship | null> {
  const doc = await MentorshipModel.findOneAndUpdate(
    {
      _id: mentorshipId,
      status: 'active',
      ...(end.onlyIfFading === undefined ? {} : { fadingStage: end.onlyIfFading }),
    },
    {
      $set: {
        status: 'ended',
        endedAt: end.now,
        endedBy: end.endedBy,
        endReason: end.endReason,
        nextCheckInAt: null,
        endFollowUp: 'pending',
      },
    },
    { returnDocument: 'after' },
  ).lean<MentorshipDoc>();
  return doc ? toMentorship(doc) : null;
}

/** Activity seen at `at` (a check-in answer, a message in the thread): the fading sequence starts over. */
export async function recordMentorshipActivity(mentorshipId: string, at: Date): Promise<boolean> {
  const result = await MentorshipModel.updateOne(
    { _id: mentorshipId, status: 'active', lastActivityAt: { $lt: at } },
    { $set: { lastActivityAt: at, fadingStage: 'none' } },
  );
  return result.modifiedCount > 0;
}

/** Moves a quiet pair one fading stage on, only if nothing happened since the bot looked (`quietSince`). */
export async function advanceFadingStage(
  mentorshipId: string,
  from: FadingStage,
  to: FadingStage,
  quietSince: Date,
): Promise<boolean> {
  const result = await MentorshipModel.updateOne(
    { _id: mentorshipId, status: 'active', fadingStage: from, lastActivityAt: quietSince },
    { $set: { fadingStage: to } },
  );
  return result.modifiedCount > 0;
}

/** Active mentorships in id order, a page at a time (the fading sweep walks them all). */
export async function findActiveMentorshipsAfter(afterId: string | null, limit: number): Promise<Mentorship[]> {
  const docs = await MentorshipModel.find({
    status: 'active',
    ...(afterId === null ? {} : { _id: { $gt: afterId } }),
  })
    .sort({ _id: 1 })
    .limit(limit)
    .lean<MentorshipDoc[]>();
  return docs.map(toMentorship);
}

export async function findMentorshipOfRequest(requestId: string): Promise<Mentorship | null> {
  const doc = await MentorshipModel.findOne({ requestId }).lean<MentorshipDoc>();
  return doc ? toMentorship(doc) : null;
}

/** Ended mentorships in which the user was either side, newest first, for `/mentorship list`. */
export async function findEndedMentorshipsOf(guildId: string, userId: string, limit: number): Promise<Mentorship[]> {
  const docs = await MentorshipModel.find({
    $or: [
      { guildId, mentorId: userId, status: 'ended' },
      { guildId, menteeId: userId, status: 'ended' },
    ],
  })
    .sort({ startedAt: -1 })
    .limit(limit)
    .lean<MentorshipDoc[]>();
  return docs.map(toMentorship);
}

async function updatedWhere(
  filter: Record<string, unknown>,
  update: Record<string, unknown>,
): Promise<Mentorship | null> {
  const doc = await MentorshipModel.findOneAndUpdate(filter, update, { returnDocument: 'after' }).lean<MentorshipDoc>();
  return doc ? toMentorship(doc) : null;
}

/** Records the pair's new thread; null when another opening recorded one first (that one stays). */
export function recordSpaceThread(
  mentorshipId: string,
  parentChannelId: string,
  threadId: string,
): Promise<Mentorship | null> {
  return updatedWhere(
    { _id: mentorshipId, 'space.threadId': null },
    { $set: { 'space.parentChannelId': parentChannelId, 'space.threadId': threadId, 'space.problem': null } },
  );
}

/** Records the summary message in the pair's thread; null when one was recorded first. */
export function recordSpaceSummary(
  mentorshipId: string,
  threadId: string,
  messageId: string,
): Promise<Mentorship | null> {
  return updatedWhere(
    { _id: mentorshipId, 'space.threadId': threadId, 'space.summaryMessageId': null },
    { $set: { 'space.summaryMessageId': messageId } },
  );
}

/** Why the pair has no thread; only while they have none. */
export function recordSpaceProblem(mentorshipId: string, problem: SpaceProblem): Promise<Mentorship | null> {
  return updatedWhere({ _id: mentorshipId, 'space.threadId': null }, { $set: { 'space.problem': problem } });
}

export async function recordSpaceDelivery(mentorshipId: string, delivery: SpaceDelivery): Promise<void> {
  await MentorshipModel.updateOne({ _id: mentorshipId }, { $addToSet: { 'space.delivered': delivery } });
}

export async function markSpaceOpened(mentorshipId: string, at: Date): Promise<void> {
  await MentorshipModel.updateOne({ _id: mentorshipId, 'space.openedAt': null }, { $set: { 'space.openedAt': at } });
}

/** Active mentorships started in [since, before] whose space was never fully opened (an opening job lost). */
export async function findUnopenedSpaces(since: Date, before: Date, limit: number): Promise<Mentorship[]> {
  const docs = await MentorshipModel.find({
    status: 'active',
    'space.openedAt': null,
    startedAt: { $gte: since, $lte: before },
  })
    .limit(limit)
    .lean<MentorshipDoc[]>();
  return docs.map(toMentorship);
}

/** The terms both sides confirm: changing any of them clears both confirmations. */
export interface MentorshipAgreement {
  goals: string;
  format: MentorFormat | null;
  cadence: MentorshipCadence;
  expectedWeeks: number;
}

export function agreementOf(mentorship: Mentorship): MentorshipAgreement {
  const { goals, format, cadence, expectedWeeks } = mentorship;
  return { goals, format, cadence, expectedWeeks };
}

/** Matches a stored document whose agreement is exactly `agreement` (and documents predating the fields). */
function agreementFilter(agreement: MentorshipAgreement): Record<string, unknown> {
  return {
    goals: agreement.goals,
    format: agreement.format,
    cadence: agreement.cadence === DEFAULT_CADENCE ? { $in: [DEFAULT_CADENCE, null] } : agreement.cadence,
    expectedWeeks:
      agreement.expectedWeeks === DEFAULT_EXPECTED_WEEKS
        ? { $in: [DEFAULT_EXPECTED_WEEKS, null] }
        : agreement.expectedWeeks,
  };
}

/** A cadence change moves the pending check-in: from the one the caller read to the one it computed. */
export interface CheckInMove {
  from: Date | null;
  to: Date | null;
}

/**
 * Changes the agreement of an active mentorship that still has `from`, clearing both confirmations, and
 * with `checkIn` moves the next check-in in the same update (only if it is still the one read, so a
 * check-in claimed, a pause or a resume meanwhile is not overwritten). Null when anything changed
 * meanwhile or it is no longer active: the caller reads it again.
 */
export function changeAgreement(
  mentorshipId: string,
  from: MentorshipAgreement,
  to: MentorshipAgreement,
  checkIn: CheckInMove | null = null,
): Promise<Mentorship | null> {
  return updatedWhere(
    {
      _id: mentorshipId,
      status: 'active',
      ...agreementFilter(from),
      ...(checkIn ? { nextCheckInAt: checkIn.from } : {}),
    },
    {
      $set: {
        ...to,
        mentorConfirmedAt: null,
        menteeConfirmedAt: null,
        ...(checkIn ? { nextCheckInAt: checkIn.to } : {}),
      },
    },
  );
}

/**
 * One side confirms the agreement they saw (`agreement`); null when it changed since, that side had
 * already confirmed, or the mentorship ended. A single guarded update, so replays change nothing.
 */
export function confirmAgreement(
  mentorshipId: string,
  side: 'mentor' | 'mentee',
  agreement: MentorshipAgreement,
  at: Date,
): Promise<Mentorship | null> {
  const field = side === 'mentor' ? 'mentorConfirmedAt' : 'menteeConfirmedAt';
  return updatedWhere(
    { _id: mentorshipId, status: 'active', [field]: null, ...agreementFilter(agreement) },
    { $set: { [field]: at } },
  );
}

/**
 * Adds a milestone unless the mentorship already has `max` (the guard and the push are one update, so
 * two adds at once cannot pass the cap). Null when full or no longer active.
 */
export function addMilestone(mentorshipId: string, title: string, max: number, at: Date): Promise<Mentorship | null> {
  return updatedWhere(
    { _id: mentorshipId, status: 'active', [`milestones.${String(max - 1)}`]: { $exists: false } },
    { $push: { milestones: { title, status: 'open', createdAt: at, updatedAt: at } } },
  );
}

/** Changes one milestone in place (title or status); null when it or the active mentorship is gone. */
export function updateMilestone(
  mentorshipId: string,
  milestoneId: string,
  change: { title?: string; status?: MilestoneStatus },
  at: Date,
): Promise<Mentorship | null> {
  const set: Record<string, unknown> = { 'milestones.$.updatedAt': at };
  if (change.title !== undefined) set['milestones.$.title'] = change.title;
  if (change.status !== undefined) set['milestones.$.status'] = change.status;
  return updatedWhere(
    { _id: mentorshipId, status: 'active', 'milestones._id': new mongoose.Types.ObjectId(milestoneId) },
    { $set: set },
  );
}

/** Ended mentorships whose follow-up is still owed, ended before `before`; the oldest first. */
export async function findMentorshipsOwingEndFollowUp(before: Date, limit: number): Promise<Mentorship[]> {
  const docs = await MentorshipModel.find(lifecycleFilters.owingEndFollowUp(before))
    .sort({ endedAt: 1 })
    .limit(limit)
    .lean<MentorshipDoc[]>();
  return docs.map(toMentorship);
}

export async function markEndFollowedUp(mentorshipId: string): Promise<void> {
  await MentorshipModel.updateOne({ _id: mentorshipId, endFollowUp: 'pending' }, { $set: { endFollowUp: 'done' } });
}
