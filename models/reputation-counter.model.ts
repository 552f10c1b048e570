/**
 * Per-member, per-period reputation counters, derived from the ledger (reputation-event.model.ts) and
 * kept current with atomic `$inc` upserts, so leaderboards and /rep read a few indexed documents and never
 * aggregate the ledger. One document per (server, period, specialty, member): `period` is `all`,
 * `week:2026-W49` or `month:2026-12`; `specialty` is '' for every specialty together.
 */
import mongoose, { Schema } from 'mongoose';
import type { CounterDeltas } from './reputation-event.model.js';

export const ALL_SPECIALTIES = '';

export interface ReputationCounter extends CounterDeltas {
  guildId: string;
  period: string;
  specialty: string;
  userId: string;
}

const reputationCounterSchema = new Schema<ReputationCounter>({
  guildId: { type: String, required: true },
  period: { type: String, required: true },
  specialty: { type: String, default: ALL_SPECIALTIES },
  userId: { type: String, required: true },
  points: { type: Number, default: 0 },
  sessions: { type: Number, default: 0 },
  thanks: { type: Number, default: 0 },
  ratingSum: { type: Number, default: 0 },
  ratingCount: { type: Number, default: 0 },
});
reputationCounterSchema.index({ guildId: 1, period: 1, specialty: 1, userId: 1 }, { unique: true });
// The leaderboard: a page in rank order, and "how many are ahead of me" as an index range count.
reputationCounterSchema.index({ guildId: 1, period: 1, specialty: 1, points: -1, userId: 1 });

export const ReputationCounterModel = mongoose.model<ReputationCounter>('ReputationCounter', reputationCounterSchema);

const PROJECTION = { _id: 0, __v: 0 } as const;

/** Adds `deltas` to every (period, specialty) counter of a member in one unordered batch of upserts. */
export async function incrementCounters(
  guildId: string,
  userId: string,
  periods: readonly string[],
  specialties: readonly string[],
  deltas: CounterDeltas,
): Promise<void> {
  const operations = periods.flatMap((period) =>
    [ALL_SPECIALTIES, ...specialties].map((specialty) => ({
      updateOne: {
        filter: { guildId, period, specialty, userId },
        update: { $inc: { ...deltas } },
        upsert: true,
      },
    })),
  );
  await ReputationCounterModel.bulkWrite(operations, { ordered: false });
}

/** Filters behind the leaderboard reads; exported so a test can explain them. */
export const leaderboardFilter = (guildId: string, period: string, specialty: string) => ({
  guildId,
  period,
  specialty,
  points: { $gt: 0 },
});

export async function leaderboardPage(
  guildId: string,
  period: string,
  specialty: string,
  skip: number,
  limit: number,
): Promise<ReputationCounter[]> {
  return ReputationCounterModel.find(leaderboardFilter(guildId, period, specialty), PROJECTION)
    .sort({ points: -1, userId: 1 })
    .skip(skip)
    .limit(limit)
    .lean<ReputationCounter[]>();
}

export async function countRanked(guildId: string, period: string, specialty: string): Promise<number> {
  return ReputationCounterModel.countDocuments(leaderboardFilter(guildId, period, specialty));
}

/** Members ranked above one with `points` and `userId`: more points, or as many and a smaller id. */
export async function countAhead(
  guildId: string,
  period: string,
  specialty: string,
  points: number,
  userId: string,
): Promise<number> {
  const [more, tied] = await Promise.all([
    ReputationCounterModel.countDocuments({ guildId, period, specialty, points: { $gt: points } }),
    ReputationCounterModel.countDocuments({ guildId, period, specialty, points, userId: { $lt: userId } }),
  ]);
  return more + tied;
}

export async function findCounter(
  guildId: string,
  period: string,
  specialty: string,
  userId: string,
): Promise<ReputationCounter | null> {
  return ReputationCounterModel.findOne({ guildId, period, specialty, userId }, PROJECTION).lean<ReputationCounter>();
}

export async function findCounters(guildId: string, periods: readonly string[], userId: string) {
  return ReputationCounterModel.find(
    { guildId, period: { $in: periods }, specialty: ALL_SPECIALTIES, userId },
    PROJECTION,
  ).lean<ReputationCounter[]>();
}

/** Members whose all-time points reach `points`: the candidates for threshold roles. */
export async function membersWithPointsAtLeast(guildId: string, points: number): Promise<string[]> {
  const docs = await ReputationCounterModel.find(
    { guildId, period: 'all', specialty: ALL_SPECIALTIES, points: { $gte: points } },
    { _id: 0, userId: 1 },
  ).lean<Pick<ReputationCounter, 'userId'>[]>();
  return docs.map((doc) => doc.userId);
}

/** All-time points of these members (absent: none yet). */
export async function allTimePoints(guildId: string, userIds: readonly string[]): Promise<Map<string, number>> {
  const docs = await ReputationCounterModel.find(
    { guildId, period: 'all', specialty: ALL_SPECIALTIES, userId: { $in: userIds } },
    { _id: 0, userId: 1, points: 1 },
  ).lean<Pick<ReputationCounter, 'userId' | 'points'>[]>();
  return new Map(docs.map((doc) => [doc.userId, doc.points]));
}

/** Replaces a server's counters with ones computed elsewhere (a rebuild from the ledger). */
export async function replaceCounters(guildId: string, counters: readonly ReputationCounter[]): Promise<void> {
  await ReputationCounterModel.deleteMany({ guildId });
  if (counters.length > 0) await ReputationCounterModel.insertMany(counters, { ordered: false });
}
