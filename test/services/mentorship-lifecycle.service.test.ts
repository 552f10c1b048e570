import { describe, expect, it } from 'vitest';
import { setActiveMenteeCount } from '../../models/mentor-profile.model.js';
import { MentorshipCheckInModel } from '../../models/mentorship-check-in.model.js';
import { MentorshipModel, startMentorshipInFreePlace, type Mentorship } from '../../models/mentorship.model.js';
import type { Clock } from '../../src/clock.js';
import {
  answerCheckInPulse,
  answerCheckInRating,
  claimDueCheckIns,
  scheduleFirstCheckIns,
} from '../../src/services/mentorship-check-in.service.js';
import { isReviewDue, sensibleTimeAfter } from '../../src/services/mentorship-check-in-time.js';
import { feedbackToReveal, giveFeedback } from '../../src/services/mentorship-feedback.service.js';
import { fadingStepDue } from '../../src/services/mentorship-fading.service.js';
import { endMentorship, pauseMentorship, resumeMentorship } from '../../src/services/mentorship-lifecycle.service.js';
import { expectUserError } from '../support/user-errors.js';
import { newGuildId, useServiceDatabase } from '../support/service-database.js';

useServiceDatabase('mentorship-lifecycle-service');

const DAY = 24 * 60 * 60_000;
const user = (n: number) => String(610_000_000_000_000_000n + BigInt(n));
const START = new Date('2026-12-01T12:00:00Z');
let requests = 0;

class FixedClock implements Clock {
  constructor(private at: Date) {}
  now(): Date {
    return this.at;
  }
  set(at: Date): void {
    this.at = at;
  }
}

async function pair(guildId: string, mentorId = user(1), menteeId = user(2)): Promise<Mentorship> {
  requests += 1;
  const started = await startMentorshipInFreePlace(
    {
      guildId,
      mentorId,
      menteeId,
      requestId: `lifecycle-${String(requests)}`,
      startedAt: START,
      goals: 'Land a first backend job.',
      format: 'one-on-one',
    },
    3,
  );
  if (typeof started === 'string') throw new Error(started);
  return started;
}

describe('check-in times', () => {
  it('picks the first hour sensible for both zones, widening the band when none fits', () => {
    const due = new Date('2026-12-08T03:00:00Z');
    // Berlin 10:00–20:00 is 09–19 UTC, São Paulo 10:00–20:00 is 13–23 UTC: 13:00 UTC is the first fit.
    expect(sensibleTimeAfter(due, ['Europe/Berlin', 'America/Sao_Paulo']).toISOString()).toBe(
      '2026-12-08T13:00:00.000Z',
    );
    // Tokyo and New York share no 10–20 hour; 23:00 UTC is 08:00 in Tokyo and 18:00 in New York.
    expect(sensibleTimeAfter(due, ['Asia/Tokyo', 'America/New_York']).toISOString()).toBe('2026-12-08T23:00:00.000Z');
  });

  it('asks for a rating two weeks in, then about monthly', () => {
    expect(isReviewDue(START, new Date(START.getTime() + 7 * DAY), null)).toBe(false);
    expect(isReviewDue(START, new Date(START.getTime() + 14 * DAY), null)).toBe(true);
    const review = new Date(START.getTime() + 14 * DAY);
    expect(isReviewDue(START, new Date(review.getTime() + 14 * DAY), review)).toBe(false);
    expect(isReviewDue(START, new Date(review.getTime() + 28 * DAY), review)).toBe(true);
  });
});

describe('claiming check-ins', () => {
  it('two sweeps at once make the due check-in once and move the schedule once', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock(START);
    const m = await pair(guildId);
    await scheduleFirstCheckIns(100);
    const scheduled = await MentorshipModel.findById(m.id).lean();
    expect(scheduled?.nextCheckInAt?.getTime()).toBeGreaterThan(START.getTime() + 13 * DAY);
    clock.set(new Date(START.getTime() + 16 * DAY));
    const [a, b] = await Promise.all([claimDueCheckIns(clock, 100), claimDueCheckIns(clock, 100)]);
    expect([...a, ...b].filter((c) => c.mentorshipId === m.id)).toHaveLength(1);
    expect(await MentorshipCheckInModel.countDocuments({ mentorshipId: m.id })).toBe(1);
    const after = await MentorshipModel.findById(m.id).lean();
    expect(after?.checkInsSent).toBe(1);
    expect(after?.nextCheckInAt?.getTime()).toBeGreaterThan(clock.now().getTime());
  });

  it('a paused pair gets none; resuming schedules one a cadence later', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock(START);
    const m = await pair(guildId);
    await scheduleFirstCheckIns(100);
    await pauseMentorship({ mentorshipId: m.id, actorId: user(2) }, clock);
    await expectUserError('conflict', () => pauseMentorship({ mentorshipId: m.id, actorId: user(1) }, clock));
    clock.set(new Date(START.getTime() + 30 * DAY));
    expect((await claimDueCheckIns(clock, 100)).filter((c) => c.mentorshipId === m.id)).toEqual([]);
    const resumed = await resumeMentorship({ mentorshipId: m.id, actorId: user(1) }, clock);
    expect(resumed.nextCheckInAt?.getTime()).toBeGreaterThanOrEqual(clock.now().getTime() + 14 * DAY);
  });
});

describe('answering check-ins', () => {
  async function dueCheckIn(guildId: string) {
    const clock = new FixedClock(START);
    const m = await pair(guildId);
    await scheduleFirstCheckIns(100);
    clock.set(new Date(START.getTime() + 15 * DAY));
    const [checkIn] = (await claimDueCheckIns(clock, 100)).filter((c) => c.mentorshipId === m.id);
    if (!checkIn) throw new Error('no check-in');
    return { m, clock, checkIn };
  }

  it('two presses at once by one side record one pulse; both sides complete it exactly once', async () => {
    const { clock, checkIn } = await dueCheckIn(newGuildId());
    const twice = await Promise.allSettled([
      answerCheckInPulse({ checkInId: checkIn.id, actorId: user(2), pulse: 'good' }, clock),
      answerCheckInPulse({ checkInId: checkIn.id, actorId: user(2), pulse: 'stuck' }, clock),
    ]);
    expect(twice.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [mentor] = await Promise.all([
      answerCheckInPulse({ checkInId: checkIn.id, actorId: user(1), pulse: 'ok' }, clock),
    ]);
    expect(mentor.completed).toBe(true);
    const refused = await expectUserError('conflict', () =>
      answerCheckInPulse({ checkInId: checkIn.id, actorId: user(1), pulse: 'good' }, clock),
    );
    expect(refused.message).toMatch(/already answered/);
  });

  it('both sides answering at the same moment complete the check-in exactly once', async () => {
    const { clock, checkIn } = await dueCheckIn(newGuildId());
    const both = await Promise.all([
      answerCheckInPulse({ checkInId: checkIn.id, actorId: user(1), pulse: 'good' }, clock),
      answerCheckInPulse({ checkInId: checkIn.id, actorId: user(2), pulse: 'ok' }, clock),
    ]);
    expect(both.filter((answer) => answer.completed)).toHaveLength(1);
  });

  it('refuses anyone but the pair, and a rating twice', async () => {
    const { clock, checkIn } = await dueCheckIn(newGuildId());
    expect(checkIn.withRating).toBe(true);
    await expectUserError('forbidden', () =>
      answerCheckInPulse({ checkInId: checkIn.id, actorId: user(9), pulse: 'good' }, clock),
    );
    const low = await answerCheckInRating({ checkInId: checkIn.id, actorId: user(2), rating: 2 }, clock);
    expect(low.needsHelp).toBe(true);
    expect(low.flagAdmins).toBe(false);
    const again = await expectUserError('conflict', () =>
      answerCheckInRating({ checkInId: checkIn.id, actorId: user(2), rating: 5 }, clock),
    );
    expect(again.message).toContain('2/5');
  });
});

describe('ending and feedback', () => {
  it('two ends at once: one ends it and frees the place, the other is refused', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock(START);
    const m = await pair(guildId);
    await setActiveMenteeCount(guildId, user(1), 1);
    const results = await Promise.allSettled([
      endMentorship({ mentorshipId: m.id, actorId: user(1), reason: 'completed' }, clock),
      endMentorship({ mentorshipId: m.id, actorId: user(2), reason: 'no-time' }, clock),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await MentorshipModel.countDocuments({ _id: m.id, status: 'ended' })).toBe(1);
    await expectUserError('forbidden', () =>
      endMentorship({ mentorshipId: m.id, actorId: user(9), reason: 'other' }, clock),
    );
  });

  it('feedback is given once per side and shown when both answered, or after 14 days', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock(START);
    const m = await pair(guildId);
    await endMentorship({ mentorshipId: m.id, actorId: user(2), reason: 'completed' }, clock);
    const first = await giveFeedback({ mentorshipId: m.id, actorId: user(2), rating: 5, comment: 'Great' }, clock);
    expect(first.bothAnswered).toBe(false);
    expect(await feedbackToReveal(m.id, clock)).toEqual([]);
    const twice = await expectUserError('conflict', () =>
      giveFeedback({ mentorshipId: m.id, actorId: user(2), rating: 1, comment: '' }, clock),
    );
    expect(twice.message).toMatch(/already gave/);
    clock.set(new Date(START.getTime() + 14 * DAY));
    expect((await feedbackToReveal(m.id, clock)).map((f) => f.rating)).toEqual([5]);
  });
});

describe('fading', () => {
  it('nudges at the setting, asks at twice it, warns at 90 days, one step at a time', () => {
    const at = (days: number) => new Date(START.getTime() + days * DAY);
    const quiet = { lastActivityAt: START };
    expect(fadingStepDue({ ...quiet, fadingStage: 'none' }, 21, at(20))).toBeNull();
    expect(fadingStepDue({ ...quiet, fadingStage: 'none' }, 21, at(21))).toBe('nudge');
    expect(fadingStepDue({ ...quiet, fadingStage: 'nudged' }, 21, at(41))).toBeNull();
    expect(fadingStepDue({ ...quiet, fadingStage: 'nudged' }, 21, at(42))).toBe('ask');
    expect(fadingStepDue({ ...quiet, fadingStage: 'asked' }, 21, at(90))).toBe('warn');
    expect(fadingStepDue({ ...quiet, fadingStage: 'warned' }, 21, at(200))).toBeNull();
  });
});
