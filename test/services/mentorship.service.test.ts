import { describe, expect, it } from 'vitest';
import { MentorshipModel, startMentorshipInFreePlace, type Mentorship } from '../../models/mentorship.model.js';
import { findMentorshipFor } from '../../src/services/mentorship.service.js';
import {
  LIST_LIMIT,
  MAX_MILESTONES,
  addMentorshipMilestone,
  agreementKey,
  completeMentorshipMilestone,
  confirmMentorshipAgreement,
  dropMentorshipMilestone,
  editMentorshipMilestone,
  mentorshipOverviewOf,
  setAgreement,
} from '../../src/services/mentorship-space.service.js';
import { spaceThreadCreated, spaceUnavailable } from '../../src/services/mentorship-space-opening.service.js';
import { FixedClock } from '../support/fixed-clock.js';
import { expectInvalidInput, expectUserError } from '../support/user-errors.js';
import { newGuildId, useServiceDatabase } from '../support/service-database.js';

useServiceDatabase('mentorship-service');

const user = (n: number) => String(600_000_000_000_000_000n + BigInt(n));
let requests = 0;

async function pair(guildId: string, mentorId: string, menteeId: string): Promise<Mentorship> {
  requests += 1;
  const started = await startMentorshipInFreePlace(
    {
      guildId,
      mentorId,
      menteeId,
      requestId: `request-${String(requests)}`,
      startedAt: new Date('2026-12-01T12:00:00Z'),
      goals: 'Ship a first open-source contribution.',
      format: 'one-on-one',
    },
    5,
  );
  if (typeof started === 'string') throw new Error(started);
  return started;
}

async function giveThread(mentorship: Mentorship, threadId: string): Promise<void> {
  await MentorshipModel.updateOne({ _id: mentorship.id }, { $set: { 'space.threadId': threadId } });
}

describe('findMentorshipFor', () => {
  it('finds the only one, from either side', async () => {
    const guildId = newGuildId();
    const m = await pair(guildId, user(1), user(2));
    expect((await findMentorshipFor(guildId, user(1), {})).id).toBe(m.id);
    expect((await findMentorshipFor(guildId, user(2), {})).id).toBe(m.id);
  });

  it('asks for `with` when there are several, and uses it', async () => {
    const guildId = newGuildId();
    await pair(guildId, user(1), user(2));
    const second = await pair(guildId, user(1), user(3));
    const several = await expectUserError('conflict', () => findMentorshipFor(guildId, user(1), {}));
    expect(several.message).toMatch(/2 active mentorships.*`with`/u);
    expect((await findMentorshipFor(guildId, user(1), { otherId: user(3) })).id).toBe(second.id);
    await expectUserError('not-found', () => findMentorshipFor(guildId, user(1), { otherId: user(9) }));
  });

  it('prefers the thread it runs in, and refuses another pair’s thread', async () => {
    const guildId = newGuildId();
    await pair(guildId, user(1), user(2));
    const second = await pair(guildId, user(1), user(3));
    await giveThread(second, '700000000000000001');
    expect((await findMentorshipFor(guildId, user(1), { threadId: '700000000000000001' })).id).toBe(second.id);
    const refused = await expectUserError('forbidden', () =>
      findMentorshipFor(guildId, user(2), { threadId: '700000000000000001' }),
    );
    expect(refused.message).toMatch(/another pair/u);
  });

  it('says so when there is none, and ignores ended ones and other servers', async () => {
    const guildId = newGuildId();
    const m = await pair(guildId, user(1), user(2));
    await MentorshipModel.updateOne({ _id: m.id }, { $set: { status: 'ended' } });
    await pair(newGuildId(), user(1), user(2));
    await expectUserError('not-found', () => findMentorshipFor(guildId, user(1), {}));
    await expectUserError('not-found', () => findMentorshipFor(guildId, user(1), { otherId: user(1) }));
  });
});

describe('agreement, confirmations and milestones on the database', () => {
  const clock = new FixedClock('2026-12-02T10:00:00Z');

  async function confirmAs(m: Mentorship, side: 'mentor' | 'mentee', key = agreementKey(m)) {
    return confirmMentorshipAgreement(
      { mentorshipId: m.id, actorId: side === 'mentor' ? m.mentorId : m.menteeId, side, agreementKey: key },
      clock,
    );
  }

  it('records one confirmation when the same side presses twice at once, and both sides at once', async () => {
    const guildId = newGuildId();
    const m = await pair(guildId, user(10), user(11));
    const outcomes = await Promise.all([confirmAs(m, 'mentee'), confirmAs(m, 'mentee'), confirmAs(m, 'mentor')]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['already-confirmed', 'confirmed', 'confirmed']);
    const stored = await MentorshipModel.findById(m.id).lean();
    expect(stored?.menteeConfirmedAt).toEqual(clock.now());
    expect(stored?.mentorConfirmedAt).toEqual(clock.now());
  });

  it('refuses anyone but that side, and a press drawn for an agreement that changed since', async () => {
    const guildId = newGuildId();
    const m = await pair(guildId, user(12), user(13));
    const stranger = await expectUserError('forbidden', () =>
      confirmMentorshipAgreement(
        { mentorshipId: m.id, actorId: user(99), side: 'mentor', agreementKey: agreementKey(m) },
        clock,
      ),
    );
    expect(stranger.message).toMatch(/another pair/u);
    await expectUserError('forbidden', () =>
      confirmMentorshipAgreement(
        { mentorshipId: m.id, actorId: m.menteeId, side: 'mentor', agreementKey: agreementKey(m) },
        clock,
      ),
    );
    await setAgreement({ guildId, actorId: m.menteeId, cadence: 'monthly' }, clock);
    const stale = await expectUserError('conflict', () => confirmAs(m, 'mentor'));
    expect(stale.message).toMatch(/agreement changed/u);
  });

  it('a change racing a confirmation never leaves the new agreement confirmed by a press on the old one', async () => {
    for (let round = 0; round < 5; round += 1) {
      const guildId = newGuildId();
      const m = await pair(guildId, user(14), user(15));
      await Promise.allSettled([
        confirmAs(m, 'mentor'),
        setAgreement({ guildId, actorId: m.menteeId, expectedWeeks: 20 + round }, clock),
      ]);
      const stored = await MentorshipModel.findById(m.id).lean();
      expect(stored?.expectedWeeks).toBe(20 + round);
      expect(stored?.mentorConfirmedAt).toBeNull();
    }
  });

  it('changing the agreement clears both confirmations; the same values change nothing', async () => {
    const guildId = newGuildId();
    const m = await pair(guildId, user(16), user(17));
    await confirmAs(m, 'mentor');
    await confirmAs(m, 'mentee');
    const same = await setAgreement({ guildId, actorId: m.mentorId, cadence: 'biweekly', format: 'one-on-one' }, clock);
    expect(same.changed).toBe(false);
    expect(same.mentorship.menteeConfirmedAt).not.toBeNull();
    const changed = await setAgreement({ guildId, actorId: m.mentorId, format: 'code-review' }, clock);
    expect(changed.changed).toBe(true);
    expect([changed.mentorship.mentorConfirmedAt, changed.mentorship.menteeConfirmedAt]).toEqual([null, null]);
    expect(
      await expectInvalidInput('expectedWeeks', () =>
        setAgreement({ guildId, actorId: m.mentorId, expectedWeeks: 3 }, clock),
      ),
    ).toBe('A mentorship lasts at least 4 weeks.');
    await expectInvalidInput('expectedWeeks', () =>
      setAgreement({ guildId, actorId: m.mentorId, expectedWeeks: 53 }, clock),
    );
  });

  it('a new cadence moves the pending check-in with it; a paused pair keeps none, another change keeps it', async () => {
    const guildId = newGuildId();
    const m = await pair(guildId, user(30), user(31));
    // Started 12:00 UTC on 1 December, biweekly: the first check-in is due on the 15th.
    const due = new Date('2026-12-15T12:00:00Z');
    await MentorshipModel.updateOne({ _id: m.id }, { $set: { nextCheckInAt: due } });
    const weekly = await setAgreement({ guildId, actorId: m.menteeId, cadence: 'weekly' }, clock);
    expect(weekly.mentorship.nextCheckInAt).toEqual(new Date('2026-12-08T12:00:00Z'));
    const monthly = await setAgreement({ guildId, actorId: m.mentorId, cadence: 'monthly' }, clock);
    expect(monthly.mentorship.nextCheckInAt).toEqual(new Date('2026-12-29T12:00:00Z'));
    const longer = await setAgreement({ guildId, actorId: m.mentorId, expectedWeeks: 20 }, clock);
    expect(longer.mentorship.nextCheckInAt).toEqual(new Date('2026-12-29T12:00:00Z'));
    // Weekly from the 1st would have been due on the 8th: already past on the 20th, so the next sensible hour.
    const late = await setAgreement(
      { guildId, actorId: m.menteeId, cadence: 'weekly' },
      new FixedClock('2026-12-20T09:30:00Z'),
    );
    expect(late.mentorship.nextCheckInAt).toEqual(new Date('2026-12-20T10:00:00Z'));
    await MentorshipModel.updateOne({ _id: m.id }, { $set: { pausedAt: clock.now(), nextCheckInAt: null } });
    const paused = await setAgreement({ guildId, actorId: m.menteeId, cadence: 'biweekly' }, clock);
    expect(paused.mentorship.cadence).toBe('biweekly');
    expect(paused.mentorship.nextCheckInAt).toBeNull();
  });

  it('lists every current mentorship however old, beside the latest ended ones', async () => {
    const guildId = newGuildId();
    const mentorId = user(40);
    const start = async (menteeId: string, startedAt: string) => {
      requests += 1;
      const started = await startMentorshipInFreePlace(
        {
          guildId,
          mentorId,
          menteeId,
          requestId: `request-${String(requests)}`,
          startedAt: new Date(startedAt),
          goals: '',
          format: null,
        },
        LIST_LIMIT + 5,
      );
      if (typeof started === 'string') throw new Error(started);
      return started;
    };
    const longRunning = await start(user(41), '2025-01-01T12:00:00Z');
    for (let i = 0; i < LIST_LIMIT + 2; i += 1) {
      const short = await start(user(100 + i), `2026-0${String(1 + (i % 9))}-1${String(i % 10)}T12:00:00Z`);
      await MentorshipModel.updateOne({ _id: short.id }, { $set: { status: 'ended', endedAt: clock.now() } });
    }
    const overview = await mentorshipOverviewOf(guildId, mentorId);
    expect(overview.active.map((m) => m.id)).toEqual([longRunning.id]);
    expect(overview.past).toHaveLength(LIST_LIMIT);
  });

  it('holds the milestone cap when two are added at once, and loses no edit of two at once', async () => {
    const guildId = newGuildId();
    const m = await pair(guildId, user(18), user(19));
    for (let i = 1; i < MAX_MILESTONES; i += 1) {
      await addMentorshipMilestone({ guildId, actorId: m.menteeId, title: `Step ${String(i)}` }, clock);
    }
    const raced = await Promise.allSettled([
      addMentorshipMilestone({ guildId, actorId: m.menteeId, title: 'Last A' }, clock),
      addMentorshipMilestone({ guildId, actorId: m.mentorId, title: 'Last B' }, clock),
    ]);
    expect(raced.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const full = await expectUserError('conflict', () =>
      addMentorshipMilestone({ guildId, actorId: m.menteeId, title: 'One more' }, clock),
    );
    expect(full.message).toContain(`at most ${String(MAX_MILESTONES)} milestones`);
    await Promise.all([
      editMentorshipMilestone({ guildId, actorId: m.menteeId, milestone: 1, title: 'Renamed one' }, clock),
      completeMentorshipMilestone({ guildId, actorId: m.mentorId, milestone: 2 }, clock),
      dropMentorshipMilestone({ guildId, actorId: m.mentorId, milestone: 3 }, clock),
    ]);
    const stored = await MentorshipModel.findById(m.id).lean();
    expect(stored?.milestones).toHaveLength(MAX_MILESTONES);
    expect(stored?.milestones.slice(0, 3).map((s) => [s.title, s.status])).toEqual([
      ['Renamed one', 'open'],
      ['Step 2', 'done'],
      ['Step 3', 'dropped'],
    ]);
    expect(
      await expectInvalidInput('title', () =>
        editMentorshipMilestone({ guildId, actorId: m.menteeId, milestone: 1, title: 'y'.repeat(101) }, clock),
      ),
    ).toBe('A milestone title can be at most 100 characters; yours has 101.');
  });

  it('keeps the first thread recorded when two openings race', async () => {
    const guildId = newGuildId();
    const m = await pair(guildId, user(20), user(21));
    const [a, b] = await Promise.all([
      spaceThreadCreated(m.id, '700000000000000010', '700000000000000011'),
      spaceThreadCreated(m.id, '700000000000000010', '700000000000000012'),
    ]);
    expect(a.space.threadId).toBe(b.space.threadId);
    const unavailable = await spaceUnavailable(m.id, 'no-channel');
    expect(unavailable.space.problem).toBeNull();
  });
});
