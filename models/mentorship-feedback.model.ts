/**
 * Private feedback after a mentorship ended: one per side (unique (mentorshipId, fromId)), a 1–5 rating
 * and a comment about the other side. It is shown to the other side only when both have answered or 14
 * days after the end, by DM, never publicly; `revealedAt` marks it delivered, so it is shown once.
 */
import mongoose, { Schema, type Types } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key-error.js';

export interface MentorshipFeedback {
  id: string;
  mentorshipId: string;
  guildId: string;
  fromId: string;
  /** The other side, who may read it once revealed. */
  toId: string;
  fromRole: 'mentor' | 'mentee';
  rating: number;
  comment: string;
  createdAt: Date;
  revealedAt: Date | null;
}

interface FeedbackDoc extends Omit<MentorshipFeedback, 'id' | 'mentorshipId'> {
  _id: Types.ObjectId;
  mentorshipId: Types.ObjectId;
}

const feedbackSchema = new Schema<FeedbackDoc>({
  mentorshipId: { type: Schema.Types.ObjectId, required: true },
  guildId: { type: String, required: true },
  fromId: { type: String, required: true },
  toId: { type: String, required: true },
  fromRole: { type: String, enum: ['mentor', 'mentee'], required: true },
  rating: { type: Number, required: true, min: 1, max: 5 },
  comment: { type: String, default: '' },
  createdAt: { type: Date, required: true },
  revealedAt: { type: Date, default: null },
});
feedbackSchema.index({ mentorshipId: 1, fromId: 1 }, { unique: true, name: 'one_feedback_per_side' });

export const MentorshipFeedbackModel = mongoose.model<FeedbackDoc>('MentorshipFeedback', feedbackSchema);

function toFeedback(doc: FeedbackDoc): MentorshipFeedback {
  return {
    id: doc._id.toHexString(),
    mentorshipId: doc.mentorshipId.toHexString(),
    guildId: doc.guildId,
    fromId: doc.fromId,
    toId: doc.toId,
    fromRole: doc.fromRole,
    rating: doc.rating,
    comment: doc.comment,
    createdAt: doc.createdAt,
    revealedAt: doc.revealedAt ?? null,
  };
}

export type NewFeedback = Omit<MentorshipFeedback, 'id' | 'revealedAt'>;

/** Saves a side's feedback; null when that side had already given it (the first one stands). */
export async function createFeedback(feedback: NewFeedback): Promise<MentorshipFeedback | null> {
  try {
    const doc = await MentorshipFeedbackModel.create({ ...feedback, revealedAt: null });
    return toFeedback(doc.toObject());
  } catch (error) {
    if (isDuplicateKeyError(error)) return null;
    throw error;
  }
}

export async function findFeedbackOf(mentorshipId: string): Promise<MentorshipFeedback[]> {
  const docs = await MentorshipFeedbackModel.find({ mentorshipId }).sort({ createdAt: 1 }).lean<FeedbackDoc[]>();
  return docs.map(toFeedback);
}

export async function markFeedbackRevealed(id: string, now: Date): Promise<boolean> {
  const result = await MentorshipFeedbackModel.updateOne({ _id: id, revealedAt: null }, { $set: { revealedAt: now } });
  return result.modifiedCount > 0;
}
