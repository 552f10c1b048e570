/**
 * The language each Discord user reads the bot in, per user rather than per server (Discord's own
 * language setting is per user): the one their client last showed, and the one they chose with
 * `/me language`, which wins. DMs, reminders and other messages sent outside an interaction use it.
 */
import mongoose, { Schema } from 'mongoose';

export interface UserLocale {
  userId: string;
  /** The shipped locale closest to the client language of their latest interaction. */
  seenLocale: string | null;
  /** Their own choice; null follows the client. */
  chosenLocale: string | null;
}

const userLocaleSchema = new Schema<UserLocale>(
  {
    userId: { type: String, required: true },
    seenLocale: { type: String, default: null },
    chosenLocale: { type: String, default: null },
  },
  { timestamps: true },
);
userLocaleSchema.index({ userId: 1 }, { unique: true });

export const UserLocaleModel = mongoose.model<UserLocale>('UserLocale', userLocaleSchema);

export async function findUserLocale(userId: string): Promise<UserLocale | null> {
  const doc = await UserLocaleModel.findOne({ userId }).lean<UserLocale>();
  return doc === null ? null : { userId, seenLocale: doc.seenLocale ?? null, chosenLocale: doc.chosenLocale ?? null };
}

export async function setUserLocale(
  userId: string,
  set: Partial<Pick<UserLocale, 'seenLocale' | 'chosenLocale'>>,
): Promise<void> {
  await UserLocaleModel.updateOne({ userId }, { $set: set }, { upsert: true });
}
