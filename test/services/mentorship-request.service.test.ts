import { describe, expect, it } from 'vitest';
import { findMentorProfile, MentorProfileModel } from '../../models/mentor-profile.model.js';
import { MentorshipRequestModel } from '../../models/mentorship-request.model.js';
import { MentorshipModel, startMentorshipInFreePlace } from '../../models/mentorship.model.js';
import { blockMember, unblockMember } from '../../src/services/mentor-block.service.js';
import { pauseMentor, registerMentor, retireMentor } from '../../src/services/mentor-profile.service.js';
import {
  MAX_PENDING_REQUESTS,
  REQUEST_LIFETIME_MS,
  acceptMentorship,
  checkCanRequest,
  closePendingRequestsForMentor,
  declineMentorship,
  expireMentorshipRequest,
  expireOverdueRequests,
  noticeDelivered,
  pendingRequestsOf,
  refreshRequestFigures,
  requestMentorship,
  requestsOwingNotices,
  setRequestCooldown,
  withdrawMentorshipRequest,
  type RequestStatus,
} from '../../src/services/mentorship-request.service.js';
import { recomputeActiveMenteeCount } from '../../src/services/mentorship.service.js';
import { findMentors } from '../../src/services/mentor-search.service.js';
import { ensureSeeded } from '../../src/services/specialty.service.js';
import { FixedClock } from '../support/fixed-clock.js';
import { newGuildId, useServiceDatabase } from '../support/service-database.js';

useServiceDatabase('mentorship-request-service');

const GOALS = 'Get comfortable with Kubernetes operators.';
const DAY = 24 * 60;
const mentee = (n: number) => String(400_000_000_000_000_000n + BigInt(n));
const mentorId = (n: number) => String(500_000_000_000_000_000n + BigInt(n));

async function setup(capacity: number, mentors = 1) {
  const guildId = newGuildId();
  const clock = new FixedClock('2026-11-23T12:00:00Z');
  await ensureSeeded(guildId);
  for (let i = 0; i < mentors; i += 1) {
    await registerMentor(
      {
        guildId,
        userId: mentorId(i),
        specialties: ['cloud'],
        headline: 'Cloud mentor',
        yearsExperience: 4,
        timezone: 'UTC',
        availability: 'mon 10:00-12:00',
        capacity,
        formats: ['one-on-one'],
      },
      clock,
    );
  }
  const ask = (member: number, mentor = 0) =>
    requestMentorship({ guildId, menteeId: mentee(member), mentorId: mentorId(mentor), goals: GOALS }, clock);
  return { guildId, clock, ask };
}

const refusal = (name: string): unknown => expect.objectContaining({ code: 'request-refused', refusal: name });

describe('making requests', () => {
  it('creates exactly one pending request when the same member asks twice at once', async () => {
    const { guildId, ask } = await setup(2);
    const outcomes = await Promise.allSettled([ask(1), ask(1), ask(1)]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(await MentorshipRequestModel.countDocuments({ guildId, status: 'pending' })).toBe(1);
  });

  it('admits exactly up to the cap when a member asks six mentors at the same moment', async () => {
    const { guildId, ask } = await setup(5, 6);
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => ask(7, i)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(MAX_PENDING_REQUESTS);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect(outcome.reason).toEqual(refusal('limit'));
    }
    expect(await MentorshipRequestModel.countDocuments({ guildId, menteeId: mentee(7), status: 'pending' })).toBe(3);
  });

  it('refuses before the goals: oneself, the cap, a block, an unavailable or full mentor', async () => {
    const { guildId, clock, ask } = await setup(1, MAX_PENDING_REQUESTS + 2);
    const check = (member: string, mentor: string) =>
      checkCanRequest({ guildId, menteeId: member, mentorId: mentor }, clock);
    await expect(check(mentorId(0), mentorId(0))).rejects.toEqual(refusal('self'));
    for (let i = 0; i < MAX_PENDING_REQUESTS; i += 1) await ask(9, i);
    await expect(check(mentee(9), mentorId(MAX_PENDING_REQUESTS))).rejects.toEqual(refusal('limit'));
    await expect(ask(9, 0)).rejects.toEqual(refusal('duplicate'));

    await blockMember({ guildId, mentorId: mentorId(4), memberId: mentee(1) }, clock);
    await expect(check(mentee(1), mentorId(4))).rejects.toEqual(refusal('blocked'));
    expect(await unblockMember({ guildId, mentorId: mentorId(4), memberId: mentee(1) })).toBe(true);
    await expect(check(mentee(1), mentorId(4))).resolves.toBeUndefined();

    await pauseMentor({ guildId, userId: mentorId(4), until: null }, clock);
    await expect(check(mentee(1), mentorId(4))).rejects.toEqual(refusal('mentor-unavailable'));
    await MentorProfileModel.updateOne({ guildId, userId: mentorId(3) }, { $set: { activeMenteeCount: 1 } });
    await expect(check(mentee(1), mentorId(3))).rejects.toEqual(refusal('mentor-full'));
    await expect(check(mentee(1), mentee(99))).rejects.toEqual(refusal('mentor-unavailable'));
  });

  it('lets only the member withdraw, which frees their slot and owes the mentor a redrawn DM', async () => {
    const { guildId, clock, ask } = await setup(5, MAX_PENDING_REQUESTS + 1);
    const requests = [];
    for (let i = 0; i < MAX_PENDING_REQUESTS; i += 1) requests.push(await ask(3, i));
    const first = requests[0];
    if (!first) throw new Error('no request');
    await expect(withdrawMentorshipRequest({ requestId: first.id, actorId: mentorId(0) }, clock)).rejects.toMatchObject(
      {
        code: 'forbidden',
      },
    );
    const withdrawn = await withdrawMentorshipRequest({ requestId: first.id, actorId: mentee(3) }, clock);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', notices: ['redraw-mentor-dm'] });
    await expect(withdrawMentorshipRequest({ requestId: first.id, actorId: mentee(3) }, clock)).rejects.toEqual(
      refusal('already-answered'),
    );
    await expect(ask(3, MAX_PENDING_REQUESTS)).resolves.toMatchObject({ status: 'pending' });
    expect((await pendingRequestsOf(guildId, mentee(3))).total).toBe(MAX_PENDING_REQUESTS);
  });
});

describe('answering requests', () => {
  it('never overfills a mentor when two requests are accepted at once', async () => {
    const { guildId, clock, ask } = await setup(1);
    const first = await ask(1);
    const second = await ask(2);
    const outcomes = await Promise.allSettled([
      acceptMentorship({ requestId: first.id, actorId: mentorId(0) }, clock),
      acceptMentorship({ requestId: second.id, actorId: mentorId(0) }, clock),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const profile = await findMentorProfile(guildId, mentorId(0));
    expect(profile?.activeMenteeCount).toBe(1);
    expect(await MentorshipRequestModel.countDocuments({ guildId, status: 'accepted' })).toBe(1);
    expect(await MentorshipModel.countDocuments({ guildId, status: 'active' })).toBe(1);
  });

  it('lets only the mentor answer, once, owes the member a DM and records how fast they answer', async () => {
    const { guildId, clock, ask } = await setup(2);
    const request = await ask(1);
    await expect(acceptMentorship({ requestId: request.id, actorId: mentee(1) }, clock)).rejects.toMatchObject({
      code: 'forbidden',
    });
    clock.advanceMinutes(90);
    const declined = await declineMentorship({ requestId: request.id, actorId: mentorId(0), reason: 'Busy' }, clock);
    await refreshRequestFigures(guildId, mentorId(0));
    expect(declined).toMatchObject({
      status: 'declined',
      declineReason: 'Busy',
      notices: ['tell-mentee', 'redraw-mentor-dm'],
    });
    await expect(acceptMentorship({ requestId: request.id, actorId: mentorId(0) }, clock)).rejects.toEqual(
      refusal('already-answered'),
    );
    const profile = await findMentorProfile(guildId, mentorId(0));
    expect(profile?.responseStats).toEqual({
      requestsReceived: 1,
      requestsAnswered: 1,
      medianResponseMinutes: 90,
      unansweredInARow: 0,
    });
  });

  it('checks the mentor can still take a mentee when they accept', async () => {
    const { guildId, clock, ask } = await setup(1);
    const first = await ask(1);
    const second = await ask(2);
    await acceptMentorship({ requestId: first.id, actorId: mentorId(0) }, clock);
    await expect(acceptMentorship({ requestId: second.id, actorId: mentorId(0) }, clock)).rejects.toEqual(
      refusal('no-free-place'),
    );
    await pauseMentor({ guildId, userId: mentorId(0), until: null }, clock);
    await expect(acceptMentorship({ requestId: second.id, actorId: mentorId(0) }, clock)).rejects.toEqual(
      refusal('mentor-paused'),
    );
    await retireMentor({ guildId, userId: mentorId(0) }, clock);
    await expect(acceptMentorship({ requestId: second.id, actorId: mentorId(0) }, clock)).rejects.toEqual(
      refusal('mentor-not-recognised'),
    );
  });

  it('derives places from active mentorships: recomputed, and a freed place is taken again', async () => {
    const { guildId, clock, ask } = await setup(2);
    const [a, b, c] = [await ask(1), await ask(2), await ask(3)];
    await acceptMentorship({ requestId: a.id, actorId: mentorId(0) }, clock);
    await acceptMentorship({ requestId: b.id, actorId: mentorId(0) }, clock);
    await MentorProfileModel.updateOne({ guildId, userId: mentorId(0) }, { $set: { activeMenteeCount: 7 } });
    expect(await recomputeActiveMenteeCount(guildId, mentorId(0))).toBe(2);

    // What the mentorships issue will do to end one: its place is free again.
    await MentorshipModel.updateOne({ requestId: a.id }, { $set: { status: 'ended', endedAt: clock.now() } });
    expect(await recomputeActiveMenteeCount(guildId, mentorId(0))).toBe(1);
    await acceptMentorship({ requestId: c.id, actorId: mentorId(0) }, clock);
    expect((await findMentorProfile(guildId, mentorId(0)))?.activeMenteeCount).toBe(2);
  });

  it('completes an accept interrupted after the place was taken, and gives the place back if the request ends', async () => {
    const { guildId, clock, ask } = await setup(1);
    const interrupted = await ask(1);
    const start = {
      guildId,
      mentorId: mentorId(0),
      menteeId: mentee(1),
      requestId: interrupted.id,
      startedAt: clock.now(),
      goals: interrupted.goals,
      format: null,
    };
    await startMentorshipInFreePlace(start, 1);
    await acceptMentorship({ requestId: interrupted.id, actorId: mentorId(0) }, clock);
    expect(await MentorshipModel.countDocuments({ guildId })).toBe(1);

    const { guildId: other, clock: otherClock, ask: askOther } = await setup(1);
    const abandoned = await askOther(2);
    await startMentorshipInFreePlace({ ...start, guildId: other, menteeId: mentee(2), requestId: abandoned.id }, 1);
    await declineMentorship({ requestId: abandoned.id, actorId: mentorId(0) }, otherClock);
    expect(await MentorshipModel.countDocuments({ guildId: other })).toBe(0);
    expect((await findMentorProfile(other, mentorId(0)))?.activeMenteeCount).toBe(0);
  });

  it('refuses a member the mentor already mentors', async () => {
    const { clock, ask } = await setup(2);
    await acceptMentorship({ requestId: (await ask(1)).id, actorId: mentorId(0) }, clock);
    await expect(ask(1)).rejects.toEqual(refusal('already-mentored'));
  });
});

describe('cooling-off after a decline', () => {
  it('keeps the member from asking the same mentor again for the server’s cooling-off', async () => {
    const { guildId, clock, ask } = await setup(2, 2);
    const request = await ask(1);
    await declineMentorship({ requestId: request.id, actorId: mentorId(0) }, clock);
    clock.advanceMinutes(10 * DAY);
    const until = Math.floor((clock.now().getTime() + 20 * DAY * 60_000) / 1000);
    await expect(ask(1)).rejects.toMatchObject({ refusal: 'cooldown', details: { until, mentorId: mentorId(0) } });
    await expect(ask(1, 1)).resolves.toMatchObject({ status: 'pending' });

    await expect(
      setRequestCooldown({ guildId, actor: { userId: mentee(1), isAdmin: false }, days: 0 }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      setRequestCooldown({ guildId, actor: { userId: mentee(9), isAdmin: true }, days: 400 }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await setRequestCooldown({ guildId, actor: { userId: mentee(9), isAdmin: true }, days: 7 })).toBe(7);
    await expect(ask(1)).resolves.toMatchObject({ status: 'pending' });
  });
});

describe('requests that end without an answer', () => {
  it('expires pending requests past their lifetime by query, owing the member and the mentor', async () => {
    // The sweep covers every server; other tests' requests share the clock, so look for this one.
    const { guildId, clock, ask } = await setup(2);
    const request = await ask(1);
    const ours = <T extends { id: string }>(found: T[]) => found.filter((r) => r.id === request.id);
    const deps = { clock, notices: { deliver: () => Promise.resolve() } };
    await noticeDelivered(request.id, 'send-to-mentor');
    clock.advanceMinutes(REQUEST_LIFETIME_MS / 60_000 - 1);
    expect(ours(await expireOverdueRequests(deps, 1_000))).toEqual([]);
    clock.advanceMinutes(2);
    const [expired] = ours(await expireOverdueRequests(deps, 1_000));
    expect(expired).toMatchObject({ status: 'expired', notices: ['tell-mentee', 'redraw-mentor-dm', 'tell-mentor'] });
    expect(ours(await expireOverdueRequests(deps, 1_000))).toEqual([]);

    expect(ours(await requestsOwingNotices(clock, 2 * 60_000, 1_000))).toEqual([]);
    clock.advanceMinutes(3);
    expect(ours(await requestsOwingNotices(clock, 2 * 60_000, 1_000))).toEqual([{ id: request.id, status: 'expired' }]);
    for (const notice of ['tell-mentee', 'redraw-mentor-dm', 'tell-mentor'] as const) {
      await noticeDelivered(request.id, notice);
    }
    expect(ours(await requestsOwingNotices(clock, 2 * 60_000, 1_000))).toEqual([]);
    expect(await MentorshipRequestModel.countDocuments({ guildId, status: 'pending' })).toBe(0);
  });

  it('closes a mentor’s pending requests with the reason, queues each member’s notice, and is safe twice', async () => {
    const { guildId, clock, ask } = await setup(3, 2);
    const [a, b, other] = [await ask(1), await ask(2), await ask(3, 1)];
    const queued: [string, RequestStatus][] = [];
    const notices = {
      deliver: (id: string, status: RequestStatus) => {
        queued.push([id, status]);
        return Promise.resolve();
      },
    };
    expect(await closePendingRequestsForMentor(guildId, mentorId(0), 'retired', { clock, notices })).toBe(2);
    expect(queued.sort()).toEqual(
      [
        [a.id, 'closed'],
        [b.id, 'closed'],
      ].sort(),
    );
    const closed = await MentorshipRequestModel.find({ guildId, mentorId: mentorId(0) }).lean();
    expect(closed.map((r) => [r.status, r.closeReason, r.notices])).toEqual([
      ['closed', 'retired', ['tell-mentee', 'redraw-mentor-dm']],
      ['closed', 'retired', ['tell-mentee', 'redraw-mentor-dm']],
    ]);
    expect(await closePendingRequestsForMentor(guildId, mentorId(0), 'retired', { clock, notices })).toBe(0);
    expect((await MentorshipRequestModel.findById(other.id).lean())?.status).toBe('pending');
  });
});

describe('mentors who leave requests unanswered', () => {
  const deps = (clock: FixedClock) => ({ clock, notices: { deliver: () => Promise.resolve() } });

  it('pauses the mentor exactly once when two unanswered requests expire at the same moment, and closes the rest', async () => {
    const { guildId, clock, ask } = await setup(5);
    const [a, b, c, d] = [await ask(1), await ask(2), await ask(3), await ask(4)];
    clock.advanceMinutes(REQUEST_LIFETIME_MS / 60_000 + 1);
    await expireMentorshipRequest(a.id, deps(clock));
    expect(await findMentorProfile(guildId, mentorId(0))).toMatchObject({
      status: 'active',
      responseStats: { unansweredInARow: 1 },
    });
    const outcomes = await Promise.all([
      expireMentorshipRequest(b.id, deps(clock)),
      expireMentorshipRequest(c.id, deps(clock)),
    ]);
    expect(outcomes.filter((request) => request?.pausedMentor)).toHaveLength(1);
    expect(outcomes.find((request) => request?.pausedMentor)?.notices).toContain('tell-admins');
    expect(await findMentorProfile(guildId, mentorId(0))).toMatchObject({
      status: 'paused',
      pausedUntil: null,
      responseStats: { unansweredInARow: 0, requestsAnswered: 0 },
    });
    expect(await MentorshipRequestModel.findById(d.id).lean()).toMatchObject({
      status: 'closed',
      closeReason: 'unresponsive',
    });
    expect(await MentorshipRequestModel.countDocuments({ guildId, status: 'pending' })).toBe(0);
  });

  it('starts the run again when the mentor answers', async () => {
    const { guildId, clock, ask } = await setup(5);
    const first = await ask(1);
    clock.advanceMinutes(REQUEST_LIFETIME_MS / 60_000 + 1);
    await expireMentorshipRequest(first.id, deps(clock));
    const answered = await ask(2);
    await declineMentorship({ requestId: answered.id, actorId: mentorId(0) }, clock);
    const third = await ask(3);
    clock.advanceMinutes(REQUEST_LIFETIME_MS / 60_000 + 1);
    expect((await expireMentorshipRequest(third.id, deps(clock)))?.pausedMentor).toBe(false);
    expect(await findMentorProfile(guildId, mentorId(0))).toMatchObject({
      status: 'active',
      responseStats: { unansweredInARow: 1 },
    });
  });
});

describe('fair load', () => {
  it('counts waiting requests against free places, so search ranks a mentor with as many waiting lower and says why', async () => {
    const { guildId, clock, ask } = await setup(1, 2);
    const search = () => findMentors({ guildId, askerId: mentee(9), specialty: 'cloud' }, clock);
    // Equal mentors rank by user id while nobody waits for either.
    expect((await search()).results.map((r) => r.mentor.userId)).toEqual([mentorId(0), mentorId(1)]);
    await Promise.all([ask(1), ask(2)]);
    await refreshRequestFigures(guildId, mentorId(0));
    expect((await findMentorProfile(guildId, mentorId(0)))?.pendingRequestCount).toBe(2);
    const page = await search();
    expect(page.results.map((r) => r.mentor.userId)).toEqual([mentorId(1), mentorId(0)]);
    const loaded = page.results[1]?.score.components.find((c) => c.key === 'capacity');
    expect(loaded).toMatchObject({ score: 0, reason: { kind: 'manyWaiting', free: 1, capacity: 1, waiting: 2 } });
  });
});
