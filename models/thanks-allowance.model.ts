/**
 * The gate of the daily thanks cap: one document per giver holding their latest thanks (at most `cap` of
 * them). Taking a place is one guarded update that matches only while fewer than `cap` fall inside the
 * window, so simultaneous thanks from one giver to different members never pass the cap together, which a
 * read of the ledger before writing cannot promise. The ledger stays the record; this is only the gate.
 */
import mongoose, { Schema } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key-error.js';

interface ThanksPlace {
  at: Date;
  /** One per attempt, so that a refused attempt gives back its own place and no other. */
  token: string;
}

interface ThanksAllowance {
  guildId: string;
  giverId: string;
  recent: ThanksPlace[];
}

const thanksAllowanceSchema = new Schema<ThanksAllowance>({
  guildId: { type: String, required: true },
  giverId: { type: String, required: true },
  recent: { type: [{ _id: false, at: { type: Date, required: true }, token: { type: String, required: true } }] },
});
thanksAllowanceSchema.index({ guildId: 1, giverId: 1 }, { unique: true });

export const ThanksAllowanceModel = mongoose.model<ThanksAllowance>('ThanksAllowance', thanksAllowanceSchema);

/**
 * Takes one of the giver's `cap` places of the window ending at `at`: false when all are taken. The array
 * keeps the newest `cap` places, which is all the rule needs.
 */
export async function takeThanksPlace(
  guildId: string,
  giverId: string,
  place: ThanksPlace,
  cap: number,
  windowMs: number,
): Promise<boolean> {
  const since = new Date(place.at.getTime() - windowMs);
  const filter = {
    guildId,
    giverId,
    $expr: {
      $lt: [{ $size: { $filter: { input: { $ifNull: ['$recent', []] }, cond: { $gt: ['$$this.at', since] } } } }, cap],
    },
  };
  const update = { $push: { recent: { $each: [place], $sort: { at: 1 }, $slice: -cap } } };
  try {
    const result = await ThanksAllowanceModel.updateOne(filter, update, { upsert: true });
    return result.matchedCount > 0 || result.upsertedCount > 0;
  } catch (error) {
    // The giver's first thanks raced another: the document exists now, so the guarded update decides.
    if (!isDuplicateKeyError(error)) throw error;
    return (await ThanksAllowanceModel.updateOne(filter, update)).matchedCount > 0;
  }
}

/** Gives back a place taken for a thanks that was then not recorded. */
export async function releaseThanksPlace(guildId: string, giverId: string, token: string): Promise<void> {
  await ThanksAllowanceModel.updateOne({ guildId, giverId }, { $pull: { recent: { token } } });
}
