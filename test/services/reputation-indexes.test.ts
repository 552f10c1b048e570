/**
 * The leaderboard reads counters through an index, never the ledger: every query behind /leaderboard,
 * /rep, the thanks rules and session history is explained on a server with data and must not scan.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ReputationCounterModel, leaderboardFilter } from '../../models/reputation-counter.model.js';
import { ReputationEventModel } from '../../models/reputation-event.model.js';
import { SessionModel } from '../../models/session.model.js';
import { indexScans, isCollectionScan } from '../support/mongo/index.js';
import { newGuildId, useServiceDatabase } from '../support/service-database.js';

useServiceDatabase('reputation-indexes');

const guildId = newGuildId();
const user = (n: number) => String(700_000_000_000_000_000n + BigInt(n));

beforeAll(async () => {
  const now = new Date('2026-12-02T12:00:00Z');
  await ReputationCounterModel.insertMany(
    Array.from({ length: 90 }, (_, i) => ({
      guildId,
      period: (['all', 'week:2026-W49', 'month:2026-12'] as const)[i % 3],
      specialty: i % 2 === 0 ? '' : 'cloud',
      userId: user(i),
      points: i,
    })),
  );
  await ReputationEventModel.insertMany(
    Array.from({ length: 60 }, (_, i) => ({
      guildId,
      userId: user(i % 10),
      kind: 'thanks',
      key: `k${String(i)}`,
      actorId: user(20 + (i % 5)),
      deltas: { points: 1, sessions: 0, thanks: 1, ratingSum: 0, ratingCount: 0 },
      week: '2026-W49',
      month: '2026-12',
      counted: true,
      createdAt: now,
    })),
  );
  await SessionModel.insertMany(
    Array.from({ length: 30 }, (_, i) => ({
      guildId,
      mentorId: user(i % 4),
      attendeeIds: [user(10 + (i % 6))],
      heldAt: now,
      source: 'logged',
      key: `s${String(i)}`,
      status: i % 2 === 0 ? 'confirmed' : 'pending',
      createdAt: now,
    })),
  );
});

async function indexesUsedBy(query: { explain(verbosity: string): unknown }): Promise<string[]> {
  const explain: unknown = await query.explain('queryPlanner');
  expect(isCollectionScan(explain)).toBe(false);
  return indexScans(explain).map((scan) => scan.indexName ?? '?');
}

const RANK_INDEX = 'guildId_1_period_1_specialty_1_points_-1_userId_1';

describe('indexes used by reputation', () => {
  it('pages the leaderboard and counts who is ahead through the rank index', async () => {
    const page = ReputationCounterModel.find(leaderboardFilter(guildId, 'all', '')).sort({ points: -1, userId: 1 });
    expect(await indexesUsedBy(page)).toEqual([RANK_INDEX]);
    const ahead = ReputationCounterModel.find({ guildId, period: 'all', specialty: '', points: { $gt: 40 } });
    expect(await indexesUsedBy(ahead)).toEqual([RANK_INDEX]);
  });

  it('reads a member’s counters, recent recognitions and thanks given through their indexes', async () => {
    expect(
      await indexesUsedBy(
        ReputationCounterModel.find({ guildId, period: { $in: ['all'] }, specialty: '', userId: user(1) }),
      ),
    ).toHaveLength(1);
    expect(
      await indexesUsedBy(ReputationEventModel.find({ guildId, userId: user(1) }).sort({ createdAt: -1 })),
    ).toEqual(['guildId_1_userId_1_createdAt_-1']);
    expect(
      await indexesUsedBy(
        ReputationEventModel.find({ guildId, actorId: user(20), kind: 'thanks', createdAt: { $gte: new Date(0) } }),
      ),
    ).toEqual(['guildId_1_actorId_1_kind_1_createdAt_-1']);
  });

  it('reads sessions a member led or attended through their indexes', async () => {
    expect(
      await indexesUsedBy(SessionModel.find({ guildId, mentorId: user(1), status: { $in: ['confirmed'] } })),
    ).toEqual(['guildId_1_mentorId_1_status_1_heldAt_-1']);
    expect(await indexesUsedBy(SessionModel.find({ guildId, attendeeIds: user(11), status: 'pending' }))).toEqual([
      'guildId_1_attendeeIds_1_heldAt_-1',
    ]);
  });
});
