/** A mentor's block of a member: that member can no longer ask them for mentorship. One per pair. */
import mongoose, { Schema } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key-error.js';

export interface MentorBlock {
  guildId: string;
  mentorId: string;
  memberId: string;
  createdAt: Date;
}

const mentorBlockSchema = new Schema<MentorBlock>({
  guildId: { type: String, required: true },
  mentorId: { type: String, required: true },
  memberId: { type: String, required: true },
  createdAt: { type: Date, required: true },
});
mentorBlockSchema.index({ guildId: 1, mentorId: 1, memberId: 1 }, { unique: true });

export const MentorBlockModel = mongoose.model<MentorBlock>('MentorBlock', mentorBlockSchema);

/** Idempotent: blocking twice keeps the first block. */
export async function saveMentorBlock(block: MentorBlock): Promise<void> {
  const { guildId, mentorId, memberId } = block;
  try {
    await MentorBlockModel.updateOne({ guildId, mentorId, memberId }, { $setOnInsert: block }, { upsert: true });
  } catch (error) {
    // Two blocks at the same moment: the other one's insert won, which is the same outcome.
    if (!isDuplicateKeyError(error)) throw error;
  }
}

/** Whether there was a block to remove. */
export async function deleteMentorBlock(guildId: string, mentorId: string, memberId: string): Promise<boolean> {
  const result = await MentorBlockModel.deleteOne({ guildId, mentorId, memberId });
  return result.deletedCount > 0;
}

export async function isBlockedBy(guildId: string, mentorId: string, memberId: string): Promise<boolean> {
  return (await MentorBlockModel.exists({ guildId, mentorId, memberId })) !== null;
}
