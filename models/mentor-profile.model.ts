/**
 * A member's mentor profile on one server: what they mentor, when, for how many mentees, and where they
 * stand (active, paused, retired; approval under a formal program). One document per (guildId, userId);
 * a retired mentor keeps theirs, so reputation and history survive a return.
 */
import mongoose, { Schema } from 'mongoose';
import type { AvailabilityWindow, WeeklyUtcWindow } from './availability-window.js';
import { isDuplicateKeyError } from './duplicate-key-error.js';
import { MENTOR_CHANGES, recordEveryChange } from './mentor-directory.model.js';

export const MENTOR_FORMATS = [
  'one-on-one',
  'group',
  'code-review',
  'mock-interview',
  'resume-review',
  'career-guidance',
] as const;
export type MentorFormat = (typeof MENTOR_FORMATS)[number];

export const MENTOR_STATUSES = ['active', 'paused', 'retired'] as const;
/** Why a mentor retired: they chose to (`/mentor retire`), or they left the server. */
export const RETIREMENT_REASONS = ['retired', 'left-server'] as const;
export type RetirementReason = (typeof RETIREMENT_REASONS)[number];
export type MentorStatus = (typeof MENTOR_STATUSES)[number];

export const APPROVAL_STATES = ['not-required', 'pending', 'approved', 'rejected'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

/** How quickly a mentor answers requests; the search scores responsiveness from it. */
export interface ResponseStats {
  requestsAnswered: number;
  /** Requests whose fate was the mentor's to decide: answered or left to expire. */
  requestsReceived: number;
  medianResponseMinutes: number | null;
  /** Requests that expired unanswered since the mentor last answered one (or was paused for it). */
  unansweredInARow: number;
}

/** The figures recomputed from the requests; the run of unanswered ones is counted as they expire. */
export type ResponseFigures = Omit<ResponseStats, 'unansweredInARow'>;

export interface MentorApproval {
  state: ApprovalState;
  /** Why an application was rejected; null otherwise. */
  reason: string | null;
  /** User id of the admin who approved or rejected. */
  decidedBy: string | null;
  decidedAt: Date | null;
}

export interface MentorProfile {
  guildId: string;
  userId: string;
  /** Specialty slugs, 1 to 5. */
  specialties: string[];
  /** Normalised skill tags (see skill-tags.ts), at most 20. */
  skills: string[];
  headline: string;
  bio: string;
  yearsExperience: number;
  timezone: string;
  /** Weekly windows in `timezone`: the source of truth for when the mentor is available. */
  availability: AvailabilityWindow[];
  /** `availability` projected onto the UTC week with the offset below, for overlap scoring. */
  utcWindows: WeeklyUtcWindow[];
  /** The UTC offset of `timezone` the projection used; when the zone's offset differs, re-project. */
  utcWindowsOffsetMinutes: number;
  capacity: number;
  activeMenteeCount: number;
  /** Requests waiting for the mentor's answer: search counts them against the free places (fair load). */
  pendingRequestCount: number;
  formats: MentorFormat[];
  languages: string[];
  status: MentorStatus;
  /** Set while paused with an end date; once it has passed the mentor counts as active. */
  pausedUntil: Date | null;
  retiredAt: Date | null;
  /** Set with `retiredAt`; null while not retired. */
  retiredReason: RetirementReason | null;
  approval: MentorApproval;
  reputation: number;
  sessionsHeld: number;
  responseStats: ResponseStats;
  /** Bumped by every service write, so a read-modify-write can detect a concurrent change. */
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What a registration writes; counters and history keep their defaults or previous values. */
export type MentorProfileFields = Pick<
  MentorProfile,
  | 'specialties'
  | 'skills'
  | 'headline'
  | 'bio'
  | 'yearsExperience'
  | 'timezone'
  | 'availability'
  | 'utcWindows'
  | 'utcWindowsOffsetMinutes'
  | 'capacity'
  | 'formats'
  | 'languages'
  | 'status'
  | 'pausedUntil'
  | 'retiredAt'
  | 'retiredReason'
  | 'approval'
>;

const windowSchema = new Schema<AvailabilityWindow>(
  {
    day: { type: String, required: true },
    start: { type: String, required: true },
    end: { type: String, required: true },
  },
  { _id: false },
);

const utcWindowSchema = new Schema<WeeklyUtcWindow>(
  { start: { type: Number, required: true }, end: { type: Number, required: true } },
  { _id: false },
);

const mentorProfileSchema = new Schema<MentorProfile>(
  {
    guildId: { type: String, required: true },
    userId: { type: String, required: true },
    specialties: { type: [String], required: true },
    skills: { type: [String], default: [] },
    headline: { type: String, required: true },
    bio: { type: String, default: '' },
    yearsExperience: { type: Number, required: true },
    timezone: { type: String, required: true },
    availability: { type: [windowSchema], required: true },
    utcWindows: { type: [utcWindowSchema], required: true },
    utcWindowsOffsetMinutes: { type: Number, required: true },
    capacity: { type: Number, default: 3 },
    activeMenteeCount: { type: Number, default: 0 },
    pendingRequestCount: { type: Number, default: 0 },
    formats: { type: [String], enum: MENTOR_FORMATS, required: true },
    languages: { type: [String], default: ['en'] },
    status: { type: String, enum: MENTOR_STATUSES, default: 'active' },
    pausedUntil: { type: Date, default: null },
    retiredAt: { type: Date, default: null },
    retiredReason: { type: String, enum: [...RETIREMENT_REASONS, null], default: null },
    approval: {
      state: { type: String, enum: APPROVAL_STATES, default: 'not-required' },
      reason: { type: String, default: null },
      decidedBy: { type: String, default: null },
      decidedAt: { type: Date, default: null },
    },
    reputation: { type: Number, default: 0 },
    sessionsHeld: { type: Number, default: 0 },
    responseStats: {
      requestsAnswered: { type: Number, default: 0 },
      requestsReceived: { type: Number, default: 0 },
      medianResponseMinutes: { type: Number, default: null },
      unansweredInARow: { type: Number, default: 0 },
    },
    revision: { type: Number, default: 0 },
  },
  { timestamps: true },
);
// One profile per member per server; also serves every lookup by (guildId, userId).
mentorProfileSchema.index({ guildId: 1, userId: 1 }, { unique: true });
// Serves the search for candidates (multikey on specialties) and "mentors of this specialty" for roles.
mentorProfileSchema.index({ guildId: 1, specialties: 1, status: 1, 'approval.state': 1 });
// The mentor search keeps profiles in memory in every process; each write tells them what changed.
recordEveryChange(mentorProfileSchema, MENTOR_CHANGES);

export const MentorProfileModel = mongoose.model<MentorProfile>('MentorProfile', mentorProfileSchema);

/** A profile as stored: documents saved before fair load and auto-pausing lack their fields. */
type StoredMentorProfile = Omit<MentorProfile, 'pendingRequestCount' | 'responseStats'> & {
  pendingRequestCount?: number;
  responseStats: ResponseFigures & { unansweredInARow?: number };
};

function toMentorProfile(doc: StoredMentorProfile): MentorProfile {
  return {
    guildId: doc.guildId,
    userId: doc.userId,
    specialties: [...doc.specialties],
    skills: [...doc.skills],
    headline: doc.headline,
    bio: doc.bio,
    yearsExperience: doc.yearsExperience,
    timezone: doc.timezone,
    availability: doc.availability.map(({ day, start, end }) => ({ day, start, end })),
    utcWindows: doc.utcWindows.map(({ start, end }) => ({ start, end })),
    utcWindowsOffsetMinutes: doc.utcWindowsOffsetMinutes,
    capacity: doc.capacity,
    activeMenteeCount: doc.activeMenteeCount,
    pendingRequestCount: doc.pendingRequestCount ?? 0,
    formats: [...doc.formats],
    languages: [...doc.languages],
    status: doc.status,
    pausedUntil: doc.pausedUntil ?? null,
    retiredAt: doc.retiredAt ?? null,
    retiredReason: doc.retiredReason ?? null,
    approval: {
      state: doc.approval.state,
      reason: doc.approval.reason ?? null,
      decidedBy: doc.approval.decidedBy ?? null,
      decidedAt: doc.approval.decidedAt ?? null,
    },
    reputation: doc.reputation,
    sessionsHeld: doc.sessionsHeld,
    responseStats: {
      requestsAnswered: doc.responseStats.requestsAnswered,
      requestsReceived: doc.responseStats.requestsReceived,
      medianResponseMinutes: doc.responseStats.medianResponseMinutes ?? null,
      unansweredInARow: doc.responseStats.unansweredInARow ?? 0,
    },
    revision: doc.revision,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

/** The query behind `findMentorProfile`; exported so a test can explain it. */
export function mentorProfileQuery(guildId: string, userId: string) {
  return MentorProfileModel.findOne({ guildId, userId });
}

export async function findMentorProfile(guildId: string, userId: string): Promise<MentorProfile | null> {
  const doc = await mentorProfileQuery(guildId, userId).lean<MentorProfile>();
  return doc === null ? null : toMentorProfile(doc);
}

/** Null when the member already has a profile on this server (the unique index decides, race-free). */
export async function insertMentorProfile(
  guildId: string,
  userId: string,
  fields: MentorProfileFields,
): Promise<MentorProfile | null> {
  try {
    const doc = await MentorProfileModel.create({ guildId, userId, ...fields });
    return toMentorProfile(doc.toObject());
  } catch (error) {
    if (isDuplicateKeyError(error)) return null;
    throw error;
  }
}

/**
 * Applies `set` if the profile is still at `revision` (nobody wrote since it was read) and bumps the
 * revision. Null when it is not: the caller re-reads or reports the conflict.
 */
export async function updateMentorProfile(
  guildId: string,
  userId: string,
  revision: number,
  set: Partial<MentorProfileFields>,
): Promise<MentorProfile | null> {
  const doc = await MentorProfileModel.findOneAndUpdate(
    { guildId, userId, revision },
    { $set: set, $inc: { revision: 1 } },
    { returnDocument: 'after' },
  ).lean<MentorProfile>();
  return doc === null ? null : toMentorProfile(doc);
}

/** The query behind `findMentorsBySpecialty`; exported so a test can explain it. */
export function mentorsBySpecialtyQuery(guildId: string, specialty: string, approvalStates: readonly ApprovalState[]) {
  return MentorProfileModel.find({
    guildId,
    specialties: specialty,
    status: { $in: ['active', 'paused'] },
    'approval.state': { $in: approvalStates },
  }).select({ bio: 0 });
}

/**
 * Not-retired mentors of a specialty with one of the given approval states: the candidates of a search.
 * The bio is left out, since result lists never show it.
 */
export async function findMentorsBySpecialty(
  guildId: string,
  specialty: string,
  approvalStates: readonly ApprovalState[],
): Promise<MentorProfile[]> {
  const docs = await mentorsBySpecialtyQuery(guildId, specialty, approvalStates).lean<Omit<MentorProfile, 'bio'>[]>();
  return docs.map((doc) => toMentorProfile({ ...doc, bio: '' }));
}

/** The query behind `findSearchableMentors`; exported so a test can explain it. */
export function searchableMentorsQuery(
  guildId: string,
  approvalStates: readonly ApprovalState[],
  userIds?: readonly string[],
) {
  return MentorProfileModel.find({
    guildId,
    ...(userIds === undefined ? {} : { userId: { $in: userIds } }),
    status: { $in: ['active', 'paused'] },
    'approval.state': { $in: approvalStates },
  }).select({ bio: 0 });
}

/**
 * Not-retired mentors of every specialty with one of the approval states, of the whole server or only the
 * listed users: what the mentor search keeps in memory. The bio is left out; results never show it.
 */
export async function findSearchableMentors(
  guildId: string,
  approvalStates: readonly ApprovalState[],
  userIds?: readonly string[],
): Promise<MentorProfile[]> {
  const docs = await searchableMentorsQuery(guildId, approvalStates, userIds).lean<Omit<MentorProfile, 'bio'>[]>();
  return docs.map((doc) => toMentorProfile({ ...doc, bio: '' }));
}

/** The query behind `findMentorUserIds`; exported so a test can explain it. */
export function mentorUserIdsQuery(guildId: string, approvalStates: readonly ApprovalState[]) {
  return MentorProfileModel.find({
    guildId,
    status: { $in: ['active', 'paused'] },
    'approval.state': { $in: approvalStates },
  })
    .select({ userId: 1 })
    .sort({ userId: 1 });
}

/** User ids of the server's mentors that are not retired and have one of the approval states, sorted. */
export async function findMentorUserIds(guildId: string, approvalStates: readonly ApprovalState[]): Promise<string[]> {
  const docs = await mentorUserIdsQuery(guildId, approvalStates).lean<{ userId: string }[]>();
  return docs.map((doc) => doc.userId);
}

/** Where a member stands as a mentor: enough to work out the roles they earn. */
export type MentorStanding = Pick<MentorProfile, 'userId' | 'status' | 'approval' | 'specialties'>;

/** The standings of these members (those without a profile are left out), read in one query. */
export async function findMentorStandings(guildId: string, userIds: readonly string[]): Promise<MentorStanding[]> {
  const docs = await MentorProfileModel.find({ guildId, userId: { $in: userIds } })
    .select({ userId: 1, status: 1, approval: 1, specialties: 1 })
    .lean<MentorStanding[]>();
  return docs.map((doc) => ({
    userId: doc.userId,
    status: doc.status,
    approval: {
      state: doc.approval.state,
      reason: doc.approval.reason ?? null,
      decidedBy: doc.approval.decidedBy ?? null,
      decidedAt: doc.approval.decidedAt ?? null,
    },
    specialties: [...doc.specialties],
  }));
}

/**
 * Writes the number of places in use, as counted from the mentor's active mentorships. Not part of the
 * editable profile, so it does not bump the revision an edit in progress relies on.
 */
export async function setActiveMenteeCount(guildId: string, userId: string, count: number): Promise<void> {
  await MentorProfileModel.updateOne({ guildId, userId }, { $set: { activeMenteeCount: count } });
}

/** Replaces the responsiveness figures the search scores; not part of the editable profile, so unguarded. */
export async function setResponseStats(guildId: string, userId: string, stats: ResponseFigures): Promise<void> {
  await MentorProfileModel.updateOne(
    { guildId, userId },
    {
      $set: {
        'responseStats.requestsAnswered': stats.requestsAnswered,
        'responseStats.requestsReceived': stats.requestsReceived,
        'responseStats.medianResponseMinutes': stats.medianResponseMinutes,
      },
    },
  );
}

/** Writes how many requests wait for the mentor, as counted from the requests; like the places, unguarded. */
export async function setPendingRequestCount(guildId: string, userId: string, count: number): Promise<void> {
  await MentorProfileModel.updateOne(
    { guildId, userId, pendingRequestCount: { $ne: count } },
    { $set: { pendingRequestCount: count } },
  );
}

/** Profiles counted as active at `now`: active, or paused with an end already past. */
function activeAt(now: Date) {
  return {
    $or: [{ status: 'active' as const }, { status: 'paused' as const, pausedUntil: { $ne: null, $lte: now } }],
  };
}

/**
 * One more request expired without an answer while the mentor was active: the run grows by one, atomically.
 * The new length, or null when the mentor is not active (paused, retired: nobody expected an answer).
 */
export async function recordUnansweredRequest(guildId: string, userId: string, now: Date): Promise<number | null> {
  const doc = await MentorProfileModel.findOneAndUpdate(
    { guildId, userId, ...activeAt(now) },
    { $inc: { 'responseStats.unansweredInARow': 1 } },
    { returnDocument: 'after' },
  ).lean<StoredMentorProfile>();
  return doc === null ? null : (doc.responseStats.unansweredInARow ?? 0);
}

/** The mentor answered a request: the run of unanswered ones is over. Writes nothing when there was none. */
export async function endUnansweredRun(guildId: string, userId: string): Promise<void> {
  await MentorProfileModel.updateOne(
    { guildId, userId, 'responseStats.unansweredInARow': { $gt: 0 } },
    { $set: { 'responseStats.unansweredInARow': 0 } },
  );
}

/**
 * Pauses (until resumed) an active mentor whose run of unanswered requests reached `threshold`, and starts
 * the run again. One guarded update: of several expiries at once, exactly one pauses. Null when the run is
 * shorter or the mentor is not active.
 */
export async function pauseUnresponsiveMentor(
  guildId: string,
  userId: string,
  threshold: number,
  now: Date,
): Promise<MentorProfile | null> {
  const doc = await MentorProfileModel.findOneAndUpdate(
    { guildId, userId, 'responseStats.unansweredInARow': { $gte: threshold }, ...activeAt(now) },
    {
      $set: { status: 'paused', pausedUntil: null, 'responseStats.unansweredInARow': 0 },
      $inc: { revision: 1 },
    },
    { returnDocument: 'after' },
  ).lean<MentorProfile>();
  return doc === null ? null : toMentorProfile(doc);
}

/**
 * Copies the mentor's all-time reputation and confirmed sessions from the reputation counters, where they
 * are kept; not part of the editable profile, so unguarded. The search scores them.
 */
export async function setReputationFigures(
  guildId: string,
  userId: string,
  figures: { reputation: number; sessionsHeld: number },
): Promise<void> {
  await MentorProfileModel.updateOne({ guildId, userId }, { $set: figures });
}
