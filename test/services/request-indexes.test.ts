/**
 * The indexes behind the queries of mentor drafts, saved searches and mentorship requests: each filter
 * the models use is explained on a server with data and must not scan the collection.
 */
import { Types } from 'mongoose';
import { beforeAll, describe, expect, it } from 'vitest';
import { MentorDraftModel } from '../../models/mentor-draft.model.js';
import { MentorshipRequestModel, requestFilters } from '../../models/mentorship-request.model.js';
import { MentorshipModel, mentorshipFilters } from '../../models/mentorship.model.js';
import { OpenRequestModel, dueToExpireFilter } from '../../models/open-request.model.js';
import { SavedSearchModel } from '../../models/saved-search.model.js';
import { indexScans, isCollectionScan } from '../support/mongo/index.js';
import { newGuildId, useServiceDatabase } from '../support/service-database.js';

useServiceDatabase('request-indexes');

const guildId = newGuildId();
const user = (n: number) => String(600_000_000_000_000_000n + BigInt(n));

beforeAll(async () => {
  const now = new Date('2026-11-23T12:00:00Z');
  await MentorshipRequestModel.insertMany(
    Array.from({ length: 60 }, (_, i) => ({
      guildId,
      menteeId: user(i % 20),
      mentorId: user(100 + (i % 7)),
      goals: 'Learn things',
      status: (['pending', 'accepted', 'declined'] as const)[i % 3],
      createdAt: now,
    })),
  );
  await MentorshipModel.insertMany(
    Array.from({ length: 30 }, (_, i) => ({
      guildId,
      mentorId: user(100 + (i % 7)),
      menteeId: user(i),
      requestId: `r${i}`,
      status: i % 2 === 0 ? 'active' : 'ended',
      place: i,
      startedAt: now,
    })),
  );
  await MentorDraftModel.insertMany(
    Array.from({ length: 20 }, (_, i) => ({ guildId, userId: user(i), mode: 'register', expiresAt: now })),
  );
});

async function indexesUsedBy(query: { explain(verbosity: string): unknown }): Promise<string[]> {
  const explain: unknown = await query.explain('queryPlanner');
  expect(isCollectionScan(explain)).toBe(false);
  return indexScans(explain).map((scan) => scan.indexName ?? '?');
}

describe('indexes used by requests, drafts and saved searches', () => {
  it('counts a member’s pending requests through (guildId, menteeId, status)', async () => {
    const used = await indexesUsedBy(MentorshipRequestModel.find(requestFilters.pendingOfMentee(guildId, user(1))));
    expect(used[0]).toMatch(/^(guildId_1_menteeId_1_status_1|one_pending_request_per_pair)$/u);
  });

  it('lists and counts a mentor’s requests through (guildId, mentorId, status, createdAt)', async () => {
    for (const filter of [
      requestFilters.pendingForMentor(guildId, user(101)),
      requestFilters.answeredByMentor(guildId, user(101)),
      requestFilters.receivedByMentor(guildId, user(101)),
    ]) {
      expect(await indexesUsedBy(MentorshipRequestModel.find(filter))).toEqual([
        'guildId_1_mentorId_1_status_1_createdAt_1',
      ]);
    }
  });

  it('finds the mentors a member asked (for suggestions) through (guildId, menteeId, status)', async () => {
    const filter = requestFilters.askedBy(guildId, user(1));
    expect(await indexesUsedBy(MentorshipRequestModel.find(filter))).toEqual(['guildId_1_menteeId_1_status_1']);
  });

  it('sweeps open requests due to expire through (status, expiresAt), each branch', async () => {
    const now = new Date('2026-11-23T12:00:00Z');
    await OpenRequestModel.insertMany(
      Array.from({ length: 30 }, (_, i) => ({
        guildId,
        menteeId: user(i),
        specialty: 'cloud',
        goals: 'Learn things',
        status: (['open', 'claimed', 'expired'] as const)[i % 3],
        createdAt: now,
        expiresAt: new Date(now.getTime() + i * 60_000),
      })),
    );
    const used = await indexesUsedBy(OpenRequestModel.find(dueToExpireFilter(now)));
    expect(used.length).toBeGreaterThan(0);
    expect(new Set(used)).toEqual(new Set(['status_1_expiresAt_1']));
  });

  it('reads a decline for the cooling-off through (guildId, menteeId, status)', async () => {
    const filter = requestFilters.declinedSince(guildId, user(1), user(101), new Date(0));
    expect(await indexesUsedBy(MentorshipRequestModel.find(filter))).toEqual(['guildId_1_menteeId_1_status_1']);
  });

  it('sweeps overdue requests through (status, createdAt) and owed notices through noticesDueAt', async () => {
    expect(await indexesUsedBy(MentorshipRequestModel.find(requestFilters.pendingCreatedBefore(new Date())))).toEqual([
      'status_1_createdAt_1',
    ]);
    expect(
      await indexesUsedBy(MentorshipRequestModel.find(requestFilters.noticesDueBetween(new Date(0), new Date()))),
    ).toEqual(['noticesDueAt_1']);
  });

  it('counts a mentor’s active mentorships and finds a pair’s through their indexes', async () => {
    expect(
      await indexesUsedBy(MentorshipModel.find(mentorshipFilters.activeOfMentor(guildId, user(101)))),
    ).toHaveLength(1);
    expect(
      await indexesUsedBy(MentorshipModel.find(mentorshipFilters.activePair(guildId, user(101), user(1)))),
    ).toHaveLength(1);
  });

  it('reads drafts by (guildId, userId) and saved searches by id', async () => {
    expect(
      await indexesUsedBy(MentorDraftModel.findOne({ guildId, userId: user(3), expiresAt: { $gt: new Date(0) } })),
    ).toEqual(['guildId_1_userId_1']);
    const explain: unknown = await SavedSearchModel.findOne({ _id: new Types.ObjectId() }).explain('queryPlanner');
    expect(isCollectionScan(explain)).toBe(false);
  });
});
