/**
 * One check-in of a mentorship: the prompt the bot posts on the pair's cadence, and each side's private
 * answers. A unique (mentorshipId, number) index makes the n-th check-in exist at most once, however many
 * sweeps race for it or restart around it; each answer is one guarded update (the field must still be
 * empty), so a side answers once whatever the double clicks.
 */
import mongoose, { Schema, type Types } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key-error.js';

export const CHECK_IN_PULSES = ['good', 'ok', 'stuck'] as const;
export type CheckInPulse = (typeof CHECK_IN_PULSES)[number];

export const CHECK_IN_SIDES = ['mentor', 'mentee'] as const;
export type CheckInSide = (typeof CHECK_IN_SIDES)[number];

export interface CheckInAnswer {
  pulse: CheckInPulse | null;
  pulseAt: Date | null;
  /** 1–5, only on check-ins that ask for a rating. */
  rating: number | null;
  ratedAt: Date | null;
}

export interface PostedMessage {
  channelId: string;
  messageId: string;
}

export interface MentorshipCheckIn {
  id: string;
  mentorshipId: string;
  guildId: string;
  mentorId: string;
  menteeId: string;
  /** 1 for the first check-in of the mentorship. */
  number: number;
  /** When it was due (UTC); the prompt shows it as a Discord timestamp. */
  dueAt: Date;
  /** The first review (two weeks in) and then monthly ones ask for a 1–5 rating as well. */
  withRating: boolean;
  createdAt: Date;
  /** Set while one sweep delivers the prompt, so two sweeps never post it twice. */
  deliveryClaimedAt: Date | null;
  deliveredAt: Date | null;
  /** Where it went: the thread post, or each side's DM. */
  messages: PostedMessage[];
  mentor: CheckInAnswer;
  mentee: CheckInAnswer;
  /** Set once admins were told about a "stuck" or a low rating, so a pair is flagged once per check-in. */
  adminsFlaggedAt: Date | null;
}

interface CheckInDoc extends Omit<MentorshipCheckIn, 'id' | 'mentorshipId'> {
  _id: Types.ObjectId;
  mentorshipId: Types.ObjectId;
}

const answerSchema = new Schema<CheckInAnswer>(
  {
    pulse: { type: String, enum: [...CHECK_IN_PULSES, null], default: null },
    pulseAt: { type: Date, default: null },
    rating: { type: Number, default: null },
    ratedAt: { type: Date, default: null },
  },
  { _id: false },
);

const messageSchema = new Schema<PostedMessage>(
  { channelId: { type: String, required: true }, messageId: { type: String, required: true } },
  { _id: false },
);

const checkInSchema = new Schema<CheckInDoc>({
  mentorshipId: { type: Schema.Types.ObjectId, required: true },
  guildId: { type: String, required: true },
  mentorId: { type: String, required: true },
  menteeId: { type: String, required: true },
  number: { type: Number, required: true },
  dueAt: { type: Date, required: true },
  withRating: { type: Boolean, required: true },
  createdAt: { type: Date, required: true },
  deliveryClaimedAt: { type: Date, default: null },
  deliveredAt: { type: Date, default: null },
  messages: { type: [messageSchema], default: [] },
  mentor: { type: answerSchema, default: () => ({}) },
  mentee: { type: answerSchema, default: () => ({}) },
  adminsFlaggedAt: { type: Date, default: null },
});
checkInSchema.index({ mentorshipId: 1, number: 1 }, { unique: true, name: 'one_check_in_per_number' });
checkInSchema.index({ deliveredAt: 1, createdAt: 1 });

export const MentorshipCheckInModel = mongoose.model<CheckInDoc>('MentorshipCheckIn', checkInSchema);

const emptyAnswer = (): CheckInAnswer => ({ pulse: null, pulseAt: null, rating: null, ratedAt: null });

function toAnswer(answer: Partial<CheckInAnswer> | undefined): CheckInAnswer {
  return {
    pulse: answer?.pulse ?? null,
    pulseAt: answer?.pulseAt ?? null,
    rating: answer?.rating ?? null,
    ratedAt: answer?.ratedAt ?? null,
  };
}

function toCheckIn(doc: CheckInDoc): MentorshipCheckIn {
  return {
    id: doc._id.toHexString(),
    mentorshipId: doc.mentorshipId.toHexString(),
    guildId: doc.guildId,
    mentorId: doc.mentorId,
    menteeId: doc.menteeId,
    number: doc.number,
    dueAt: doc.dueAt,
    withRating: doc.withRating,
    createdAt: doc.createdAt,
    deliveryClaimedAt: doc.deliveryClaimedAt ?? null,
    deliveredAt: doc.deliveredAt ?? null,
    messages: doc.messages.map(({ channelId, messageId }) => ({ channelId, messageId })),
    mentor: toAnswer(doc.mentor),
    mentee: toAnswer(doc.mentee),
    adminsFlaggedAt: doc.adminsFlaggedAt ?? null,
  };
}

export type NewCheckIn = Pick<
  MentorshipCheckIn,
  'mentorshipId' | 'guildId' | 'mentorId' | 'menteeId' | 'number' | 'dueAt' | 'withRating' | 'createdAt'
>;

/** Creates the n-th check-in of a mentorship; the one already there when another sweep made it first. */
export async function createCheckIn(checkIn: NewCheckIn): Promise<MentorshipCheckIn> {
  try {
    const doc = await MentorshipCheckInModel.create({
      ...checkIn,
      mentor: emptyAnswer(),
      mentee: emptyAnswer(),
    });
    return toCheckIn(doc.toObject());
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const existing = await MentorshipCheckInModel.findOne({
      mentorshipId: checkIn.mentorshipId,
      number: checkIn.number,
    }).lean<CheckInDoc>();
    if (!existing) throw error;
    return toCheckIn(existing);
  }
}

export async function findCheckIn(id: string): Promise<MentorshipCheckIn | null> {
  if (!mongoose.isValidObjectId(id)) return null;
  const doc = await MentorshipCheckInModel.findById(id).lean<CheckInDoc>();
  return doc ? toCheckIn(doc) : null;
}

/** The latest check-in that asked for a rating, to space the next one a month later. */
export async function findLastRatedCheckIn(mentorshipId: string): Promise<MentorshipCheckIn | null> {
  const doc = await MentorshipCheckInModel.findOne({ mentorshipId, withRating: true })
    .sort({ number: -1 })
    .lean<CheckInDoc>();
  return doc ? toCheckIn(doc) : null;
}

export async function listCheckIns(mentorshipId: string): Promise<MentorshipCheckIn[]> {
  const docs = await MentorshipCheckInModel.find({ mentorshipId }).sort({ number: 1 }).lean<CheckInDoc[]>();
  return docs.map(toCheckIn);
}

/**
 * Takes the delivery of a check-in's prompt for `leaseMs`: null when it was delivered, or another sweep
 * holds it. A sweep that stopped midway loses the lease and the next sweep delivers.
 */
export async function claimCheckInDelivery(id: string, now: Date, leaseMs: number): Promise<MentorshipCheckIn | null> {
  const doc = await MentorshipCheckInModel.findOneAndUpdate(
    {
      _id: id,
      deliveredAt: null,
      $or: [{ deliveryClaimedAt: null }, { deliveryClaimedAt: { $lt: new Date(now.getTime() - leaseMs) } }],
    },
    { $set: { deliveryClaimedAt: now } },
    { returnDocument: 'after' },
  ).lean<CheckInDoc>();
  return doc ? toCheckIn(doc) : null;
}

export async function markCheckInDelivered(id: string, now: Date, messages: PostedMessage[]): Promise<void> {
  await MentorshipCheckInModel.updateOne({ _id: id, deliveredAt: null }, { $set: { deliveredAt: now, messages } });
}

/** Prompts not delivered yet and made before `before`; exported so a test can explain it. */
export const undeliveredFilter = (before: Date) => ({ deliveredAt: null, createdAt: { $lte: before } });

/** Prompts not delivered yet (a sweep stopped between making and posting one); oldest first. */
export async function findUndeliveredCheckIns(before: Date, limit: number): Promise<MentorshipCheckIn[]> {
  const docs = await MentorshipCheckInModel.find(undeliveredFilter(before))
    .sort({ createdAt: 1 })
    .limit(limit)
    .lean<CheckInDoc[]>();
  return docs.map(toCheckIn);
}

/** Records a side's pulse if they have not given one; null when they had. */
export async function setCheckInPulse(
  id: string,
  side: CheckInSide,
  pulse: CheckInPulse,
  now: Date,
): Promise<MentorshipCheckIn | null> {
  const doc = await MentorshipCheckInModel.findOneAndUpdate(
    { _id: id, [`${side}.pulse`]: null },
    { $set: { [`${side}.pulse`]: pulse, [`${side}.pulseAt`]: now } },
    { returnDocument: 'after' },
  ).lean<CheckInDoc>();
  return doc ? toCheckIn(doc) : null;
}

/** Records a side's rating if the check-in asks for one and they have not given it; null otherwise. */
export async function setCheckInRating(
  id: string,
  side: CheckInSide,
  rating: number,
  now: Date,
): Promise<MentorshipCheckIn | null> {
  const doc = await MentorshipCheckInModel.findOneAndUpdate(
    { _id: id, withRating: true, [`${side}.rating`]: null },
    { $set: { [`${side}.rating`]: rating, [`${side}.ratedAt`]: now } },
    { returnDocument: 'after' },
  ).lean<CheckInDoc>();
  return doc ? toCheckIn(doc) : null;
}

/** True for the one caller that gets to tell admins about this check-in. */
export async function claimAdminFlag(id: string, now: Date): Promise<boolean> {
  const result = await MentorshipCheckInModel.updateOne(
    { _id: id, adminsFlaggedAt: null },
    { $set: { adminsFlaggedAt: now } },
  );
  return result.modifiedCount > 0;
}
