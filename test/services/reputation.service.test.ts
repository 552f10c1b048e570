import { describe, expect, it } from 'vitest';
import { ReputationCounterModel } from '../../models/reputation-counter.model.js';
import { ReputationEventModel } from '../../models/reputation-event.model.js';
import { registerMentor, retireMentor } from '../../src/services/mentor-profile.service.js';
import {
  adjustReputation,
  countInterruptedEvents,
  rebuildReputationCounters,
  recordReputationEvent,
  reverseReputationEvent,
} from '../../src/services/reputation/ledger.service.js';
import { leaderboard, reputationSummary } from '../../src/services/reputation/leaderboard.service.js';
import { isoWeekOf, previousPeriod } from '../../src/services/reputation/periods.js';
import {
  answerSession,
  logSession,
  recordSession,
  sessionHistory,
  sessionTotals,
} from '../../src/services/reputation/session.service.js';
import { thankMember } from '../../src/services/reputation/thanks.service.js';
import { updateReputationSettings } from '../../src/services/reputation/settings.service.js';
import { ensureSeeded } from '../../src/services/specialty.service.js';
import { FixedClock } from '../support/fixed-clock.js';
import { newGuildId, useServiceDatabase } from '../support/service-database.js';

useServiceDatabase('reputation-service');

const member = (n: number) => String(600_000_000_000_000_000n + BigInt(n));
const admin = { userId: member(999), isAdmin: true };
const LONG_AGO = new Date('2025-01-01T00:00:00Z');

async function counters(guildId: string) {
  const docs = await ReputationCounterModel.find({ guildId }, { _id: 0, __v: 0 }).lean();
  return docs.map((c) => `${c.period}|${c.specialty}|${c.userId}|${c.points}|${c.sessions}|${c.thanks}`).sort();
}

describe('reputation ledger', () => {
  it('counts an event once per key, even when the same key arrives many times at once', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock('2026-12-02T12:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        recordReputationEvent({ guildId, userId: member(1), kind: 'session', key: 'check-in:abc' }, clock),
      ),
    );
    expect(results.filter((r) => r.recorded)).toHaveLength(1);
    expect(await ReputationEventModel.countDocuments({ guildId })).toBe(1);
    expect(await counters(guildId)).toEqual([
      `all||${member(1)}|10|1|0`,
      `month:2026-12||${member(1)}|10|1|0`,
      `week:2026-W49||${member(1)}|10|1|0`,
    ]);
  });

  it('weighs ratings by the server setting and counts them per specialty of the mentor', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock('2026-12-02T12:00:00Z');
    await ensureSeeded(guildId);
    await registerMentor(
      {
        guildId,
        userId: member(1),
        specialties: ['cloud'],
        headline: 'Cloud mentor',
        yearsExperience: 4,
        timezone: 'UTC',
        availability: 'mon 10:00-12:00',
        capacity: 2,
        formats: ['one-on-one'],
      },
      clock,
    );
    await updateReputationSettings({ guildId, actor: admin, feedbackPointsPerStar: 5 });
    await recordReputationEvent(
      { guildId, userId: member(1), kind: 'feedback', key: 'feedback:1', actorId: member(2), rating: 5 },
      clock,
    );
    await recordReputationEvent(
      { guildId, userId: member(1), kind: 'feedback', key: 'feedback:2', actorId: member(3), rating: 2 },
      clock,
    );
    const board = await leaderboard({ guildId, userId: member(1), kind: 'month', specialty: 'cloud' }, clock);
    expect(board.entries).toEqual([{ rank: 1, userId: member(1), points: 15, sessions: 0, thanks: 0 }]);
    const summary = await reputationSummary(
      { guildId, actor: { userId: member(1), isAdmin: false }, userId: member(1) },
      clock,
    );
    expect(summary.ratingCount).toBe(2);
    expect(summary.averageRating).toBeNull();
  });

  it('reverses an event in its own week, and a rebuild from the ledger gives the same counters', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock('2026-12-02T12:00:00Z');
    const { event } = await recordReputationEvent(
      { guildId, userId: member(1), kind: 'thanks', key: 'thanks:x', actorId: member(2) },
      clock,
    );
    await adjustReputation(
      { guildId, actor: admin, userId: member(1), amount: 7, reason: 'Ran the workshop', requestId: '1' },
      clock,
    );
    clock.set('2026-12-20T12:00:00Z');
    await reverseReputationEvent({ guildId, actor: admin, eventId: event.id, reason: 'Fake thanks' }, clock);
    await expect(
      reverseReputationEvent({ guildId, actor: admin, eventId: event.id, reason: 'Again' }, clock),
    ).rejects.toMatchObject({ key: 'reputation.errors.alreadyReversed' });
    const live = await counters(guildId);
    expect(live).toContain(`week:2026-W49||${member(1)}|7|0|0`);
    expect(live).toContain(`all||${member(1)}|7|0|0`);
    await rebuildReputationCounters(guildId);
    expect(await counters(guildId)).toEqual(live);
  });

  it('counts an event whose recording stopped between the ledger and the counters, once', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock('2026-12-02T12:00:00Z');
    await ReputationEventModel.create({
      guildId,
      userId: member(1),
      kind: 'adjustment',
      key: 'adjust:interrupted',
      deltas: { points: 4, sessions: 0, thanks: 0, ratingSum: 0, ratingCount: 0 },
      week: isoWeekOf(clock.now()),
      month: '2026-12',
      createdAt: clock.now(),
    });
    clock.advanceMinutes(5);
    await Promise.all([countInterruptedEvents(clock), countInterruptedEvents(clock)]);
    expect(await counters(guildId)).toContain(`all||${member(1)}|4|0|0`);
  });

  it('names the previous ISO week and month across a year end', () => {
    expect(isoWeekOf(new Date('2026-12-31T12:00:00Z'))).toBe('2026-W53');
    expect(previousPeriod('week', new Date('2027-01-04T00:30:00Z')).key).toBe('week:2026-W53');
    expect(previousPeriod('month', new Date('2027-01-01T00:00:00Z')).key).toBe('month:2026-12');
  });
});

describe('sessions', () => {
  it('a logged session counts only once the attendee confirms it, and a second press counts nothing more', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock('2026-12-02T12:00:00Z');
    await ensureSeeded(guildId);
    await registerMentor(
      {
        guildId,
        userId: member(1),
        specialties: ['cloud'],
        headline: 'Cloud mentor',
        yearsExperience: 4,
        timezone: 'UTC',
        availability: 'mon 10:00-12:00',
        capacity: 2,
        formats: ['one-on-one'],
      },
      clock,
    );
    const session = await logSession(
      { guildId, mentorId: member(1), attendeeId: member(2), requestId: '42', durationMinutes: 90, daysAgo: 1 },
      clock,
    );
    expect((await sessionTotals(guildId, member(1))).sessionsHeld).toBe(0);
    await expect(
      answerSession({ guildId, sessionId: session.id, actorId: member(3), answer: 'confirmed' }, clock),
    ).rejects.toMatchObject({ key: 'sessions.errors.notAttendee' });
    const answers = await Promise.all([
      answerSession({ guildId, sessionId: session.id, actorId: member(2), answer: 'confirmed' }, clock),
      answerSession({ guildId, sessionId: session.id, actorId: member(2), answer: 'confirmed' }, clock),
    ]);
    expect(answers.filter((a) => a.changed)).toHaveLength(1);
    expect(await sessionTotals(guildId, member(1))).toEqual({ sessionsHeld: 1, minutesMentored: 90, peopleHelped: 1 });
    expect(await counters(guildId)).toContain(`all||${member(1)}|10|1|0`);
    await expect(
      answerSession({ guildId, sessionId: session.id, actorId: member(2), answer: 'disputed' }, clock),
    ).rejects.toMatchObject({ key: 'sessions.errors.already.confirmed' });
  });

  it('a pair earns one session’s points a day however many sessions they log and confirm', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock('2026-12-09T12:00:00Z');
    await ensureSeeded(guildId);
    await registerMentor(
      {
        guildId,
        userId: member(1),
        specialties: ['cloud'],
        headline: 'Cloud mentor',
        yearsExperience: 4,
        timezone: 'UTC',
        availability: 'mon 10:00-12:00',
        capacity: 2,
        formats: ['one-on-one'],
      },
      clock,
    );
    const logAndConfirm = async (requestId: string, daysAgo: number) => {
      const session = await logSession(
        { guildId, mentorId: member(1), attendeeId: member(2), requestId, durationMinutes: 30, daysAgo },
        clock,
      );
      await answerSession({ guildId, sessionId: session.id, actorId: member(2), answer: 'confirmed' }, clock);
    };
    await logAndConfirm('a', 1);
    await logAndConfirm('b', 1);
    await logAndConfirm('c', 1);
    expect(await counters(guildId)).toContain(`all||${member(1)}|10|1|0`);
    expect((await sessionTotals(guildId, member(1))).minutesMentored).toBe(90);
    await logAndConfirm('d', 2);
    expect(await counters(guildId)).toContain(`all||${member(1)}|20|2|0`);
  });

  it('reversing a confirmed session as fraud takes it out of the totals too, and it cannot be confirmed again', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock('2026-12-02T12:00:00Z');
    await ensureSeeded(guildId);
    await registerMentor(
      {
        guildId,
        userId: member(1),
        specialties: ['cloud'],
        headline: 'Cloud mentor',
        yearsExperience: 4,
        timezone: 'UTC',
        availability: 'mon 10:00-12:00',
        capacity: 2,
        formats: ['one-on-one'],
      },
      clock,
    );
    const session = await logSession(
      { guildId, mentorId: member(1), attendeeId: member(2), requestId: '44', durationMinutes: 120 },
      clock,
    );
    await answerSession({ guildId, sessionId: session.id, actorId: member(2), answer: 'confirmed' }, clock);
    const credit = await ReputationEventModel.findOne({ guildId, kind: 'session' }).lean();
    await reverseReputationEvent(
      { guildId, actor: admin, eventId: credit?._id.toHexString() ?? '', reason: 'made-up session' },
      clock,
    );
    expect(await sessionTotals(guildId, member(1))).toEqual({ sessionsHeld: 0, minutesMentored: 0, peopleHelped: 0 });
    const history = await sessionHistory({ guildId, actor: admin, userId: member(1) });
    expect(history.sessions.map((s) => s.status)).toEqual(['reversed']);
    await expect(
      answerSession({ guildId, sessionId: session.id, actorId: member(2), answer: 'confirmed' }, clock),
    ).rejects.toMatchObject({ key: 'sessions.errors.already.reversed' });
    expect(await counters(guildId)).toContain(`all||${member(1)}|0|0|0`);
  });

  it('a mentor cannot pile up sessions waiting for one member (each one is a direct message to them)', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock('2026-12-02T12:00:00Z');
    await ensureSeeded(guildId);
    await registerMentor(
      {
        guildId,
        userId: member(1),
        specialties: ['cloud'],
        headline: 'Cloud mentor',
        yearsExperience: 4,
        timezone: 'UTC',
        availability: 'mon 10:00-12:00',
        capacity: 2,
        formats: ['one-on-one'],
      },
      clock,
    );
    const log = (requestId: string, attendee = 2) =>
      logSession({ guildId, mentorId: member(1), attendeeId: member(attendee), requestId, durationMinutes: 30 }, clock);
    const first = await log('50');
    await log('51');
    await log('52');
    await expect(log('53')).rejects.toMatchObject({ key: 'sessions.errors.tooManyPending' });
    await log('54', 3);
    await answerSession({ guildId, sessionId: first.id, actorId: member(2), answer: 'confirmed' }, clock);
    await log('55');
  });

  it('a retired mentor can no longer log sessions', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock('2026-12-02T12:00:00Z');
    await ensureSeeded(guildId);
    await registerMentor(
      {
        guildId,
        userId: member(1),
        specialties: ['cloud'],
        headline: 'Cloud mentor',
        yearsExperience: 4,
        timezone: 'UTC',
        availability: 'mon 10:00-12:00',
        capacity: 2,
        formats: ['one-on-one'],
      },
      clock,
    );
    await retireMentor({ guildId, userId: member(1) }, clock);
    await expect(
      logSession({ guildId, mentorId: member(1), attendeeId: member(2), requestId: '43', durationMinutes: 60 }, clock),
    ).rejects.toMatchObject({ key: 'sessions.errors.mentorsOnly' });
  });

  it('recordSession is idempotent on its key (a check-in recorded twice)', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock('2026-12-02T12:00:00Z');
    const input = {
      guildId,
      mentorId: member(1),
      attendeeIds: [member(2)],
      heldAt: clock.now(),
      source: 'check-in' as const,
      key: 'check-in:65f000000000000000000001',
    };
    const [first, second] = await Promise.all([recordSession(input, clock), recordSession(input, clock)]);
    expect([first.created, second.created].sort()).toEqual([false, true]);
    expect(first.session.id).toBe(second.session.id);
    expect(await counters(guildId)).toContain(`all||${member(1)}|10|1|0`);
  });
});

describe('thanks', () => {
  const thank = (guildId: string, giver: number, receiver: number, clock: FixedClock) =>
    thankMember(
      { guildId, giverId: member(giver), receiverId: member(receiver), receiverIsBot: false, giverJoinedAt: LONG_AGO },
      clock,
    );

  it('the same thanks twice at once counts once', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock('2026-12-02T12:00:00Z');
    const results = await Promise.allSettled([thank(guildId, 1, 2, clock), thank(guildId, 1, 2, clock)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { key: 'thanks.refusals.cooldown' },
    });
    expect(await ReputationEventModel.countDocuments({ guildId })).toBe(1);
  });

  it('simultaneous thanks from one giver to different members stop at the daily cap', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock('2026-12-02T12:00:00Z');
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => thank(guildId, 1, 10 + i, clock)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    for (const refused of results.filter((r) => r.status === 'rejected')) {
      expect(refused).toMatchObject({ reason: { key: 'thanks.refusals.dailyCap' } });
    }
    expect(await ReputationEventModel.countDocuments({ guildId, actorId: member(1) })).toBe(5);
    clock.advanceMinutes(24 * 60 + 1);
    const again = await Promise.allSettled(Array.from({ length: 7 }, (_, i) => thank(guildId, 1, 30 + i, clock)));
    expect(again.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
  });

  it('a thanks refused after taking a place under the cap gives the place back', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock('2026-12-02T12:00:00Z');
    // The same thanks twice at once: both take a place, one is recorded, the other refused (cooldown).
    await Promise.allSettled([thank(guildId, 1, 2, clock), thank(guildId, 1, 2, clock)]);
    const others = await Promise.allSettled([3, 4, 5, 6].map((receiver) => thank(guildId, 1, receiver, clock)));
    expect(others.filter((r) => r.status === 'fulfilled')).toHaveLength(4);
    await expect(thank(guildId, 1, 7, clock)).rejects.toMatchObject({ key: 'thanks.refusals.dailyCap' });
  });

  it('damps a pair that only thank each other', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock('2026-12-02T12:00:00Z');
    const rings: boolean[] = [];
    for (let day = 0; day < 4; day += 1) {
      rings.push((await thank(guildId, day % 2 === 0 ? 1 : 2, day % 2 === 0 ? 2 : 1, clock)).ring);
      clock.advanceMinutes(25 * 60);
    }
    expect(rings).toEqual([false, false, false, true]);
    const summary = await reputationSummary({ guildId, actor: admin, userId: member(1) }, clock);
    expect(summary.points.all).toBe(1 + 0.5);
  });
});
