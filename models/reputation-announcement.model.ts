/**
 * One document per server and finished period whose winners were announced (or are being announced):
 * the unique index makes the announcement happen once, whatever the number of job runs, restarts or
 * instances. A failed post removes its claim so that a later run tries again.
 */
import mongoose, { Schema } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key-error.js';

export interface ReputationAnnouncement {
  guildId: string;
  /** `week:2026-W49` or `month:2026-12`. */
  period: string;
  channelId: string;
  messageId: string | null;
  claimedAt: Date;
}

const announcementSchema = new Schema<ReputationAnnouncement>({
  guildId: { type: String, required: true },
  period: { type: String, required: true },
  channelId: { type: String, required: true },
  messageId: { type: String, default: null },
  claimedAt: { type: Date, required: true },
});
announcementSchema.index({ guildId: 1, period: 1 }, { unique: true });

export const ReputationAnnouncementModel = mongoose.model<ReputationAnnouncement>(
  'ReputationAnnouncement',
  announcementSchema,
);

/** True for the one caller that may announce this period. */
export async function claimAnnouncement(
  guildId: string,
  period: string,
  channelId: string,
  at: Date,
): Promise<boolean> {
  try {
    await ReputationAnnouncementModel.create({ guildId, period, channelId, messageId: null, claimedAt: at });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

export async function announcementPosted(guildId: string, period: string, messageId: string): Promise<void> {
  await ReputationAnnouncementModel.updateOne({ guildId, period }, { $set: { messageId } });
}

export async function releaseAnnouncement(guildId: string, period: string): Promise<void> {
  await ReputationAnnouncementModel.deleteOne({ guildId, period, messageId: null });
}
