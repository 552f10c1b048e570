/**
 * The indexes behind the lifecycle sweeps (due check-ins, first check-ins, undelivered prompts, owed end
 * follow-ups) and the per-mentorship reads: explained on a server with data, none may scan the collection.
 */
import { Types } from 'mongoose';
import { beforeAll, describe, expect, it } from 'vitest';
import { MentorshipCheckInModel, undeliveredFilter } from '../../models/mentorship-check-in.model.js';
import { MentorshipFeedbackModel } from '../../models/mentorship-feedback.model.js';
import { MentorshipModel, lifecycleFilters } from '../../models/mentorship.model.js';
import { indexScans, isCollectionScan } from '../support/mongo/index.js';
import { newGuildId, useServiceDatabase } from '../support/service-database.js';

useServiceDatabase('mentorship-lifecycle-indexes');

const guildId = newGuildId();
const user = (n: number) => String(620_000_000_000_000_000n + BigInt(n));
const now = new Date('2026-12-01T12:00:00Z');
const mentorshipId = new Types.ObjectId();

beforeAll(async () => {
  await MentorshipModel.insertMany(
    Array.from({ length: 40 }, (_, i) => ({
      guildId,
      mentorId: user(100 + (i % 7)),
      menteeId: user(i),
      requestId: `lifecycle-r${String(i)}`,
      status: i % 2 === 0 ? 'active' : 'ended',
      place: i,
      startedAt: now,
      nextCheckInAt: i % 4 === 0 ? now : null,
      endedAt: i % 2 === 0 ? null : now,
      endFollowUp: i % 2 === 0 ? null : i % 3 === 0 ? 'pending' : 'done',
    })),
  );
  await MentorshipCheckInModel.insertMany(
    Array.from({ length: 40 }, (_, i) => ({
      mentorshipId: i < 10 ? mentorshipId : new Types.ObjectId(),
      guildId,
      mentorId: user(1),
      menteeId: user(2),
      number: i + 1,
      dueAt: now,
      withRating: i % 2 === 0,
      createdAt: now,
      deliveredAt: i % 5 === 0 ? null : now,
    })),
  );
});

async function indexesUsedBy(query: { explain(verbosity: string): unknown }): Promise<string[]> {
  const explain: unknown = await query.explain('queryPlanner');
  expect(isCollectionScan(explain)).toBe(false);
  return indexScans(explain).map((scan) => scan.indexName ?? '?');
}

describe('indexes used by the mentorship lifecycle', () => {
  it('finds due and unscheduled check-ins through (status, nextCheckInAt)', async () => {
    expect(await indexesUsedBy(MentorshipModel.find(lifecycleFilters.dueForCheckIn(now)))).toEqual([
      'status_1_nextCheckInAt_1',
    ]);
    expect(await indexesUsedBy(MentorshipModel.find(lifecycleFilters.withoutCheckIn()))).toEqual([
      'status_1_nextCheckInAt_1',
    ]);
  });

  it('finds ends still owing their follow-up through (endFollowUp, endedAt)', async () => {
    expect(await indexesUsedBy(MentorshipModel.find(lifecycleFilters.owingEndFollowUp(now)))).toEqual([
      'endFollowUp_1_endedAt_1',
    ]);
  });

  it('finds undelivered prompts, a pair’s last review and its feedback through their indexes', async () => {
    expect(await indexesUsedBy(MentorshipCheckInModel.find(undeliveredFilter(now)))).toEqual([
      'deliveredAt_1_createdAt_1',
    ]);
    expect(
      await indexesUsedBy(MentorshipCheckInModel.findOne({ mentorshipId, withRating: true }).sort({ number: -1 })),
    ).toEqual(['one_check_in_per_number']);
    expect(await indexesUsedBy(MentorshipFeedbackModel.find({ mentorshipId }))).toEqual(['one_feedback_per_side']);
  });
});
