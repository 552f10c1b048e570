import { describe, expect, it } from 'vitest';
import { findMentorProfile } from '../../models/mentor-profile.model.js';
import { MentorshipRequestModel } from '../../models/mentorship-request.model.js';
import { ensureSeeded } from '../../src/services/specialty.service.js';
import { registerMentor } from '../../src/services/mentor-profile.service.js';
import {
  MAX_PENDING_REQUESTS,
  acceptMentorship,
  declineMentorship,
  refreshResponseStats,
  requestMentorship,
} from '../../src/services/mentorship-request.service.js';
import { FixedClock } from '../support/fixed-clock.js';
import { newGuildId, useServiceDatabase } from '../support/service-database.js';

useServiceDatabase('mentorship-request-service');

const GOALS = 'Get comfortable with Kubernetes operators.';
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
  return { guildId, clock };
}

describe('mentorship requests', () => {
  it('creates exactly one pending request when the same member asks twice at once', async () => {
    const { guildId, clock } = await setup(2);
    const ask = () => requestMentorship({ guildId, menteeId: mentee(1), mentorId: mentorId(0), goals: GOALS }, clock);
    const outcomes = await Promise.allSettled([ask(), ask(), ask()]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(await MentorshipRequestModel.countDocuments({ guildId, status: 'pending' })).toBe(1);
  });

  it('never overfills a mentor when two requests are accepted at once', async () => {
    const { guildId, clock } = await setup(1);
    const first = await requestMentorship({ guildId, menteeId: mentee(1), mentorId: mentorId(0), goals: GOALS }, clock);
    const second = await requestMentorship(
      { guildId, menteeId: mentee(2), mentorId: mentorId(0), goals: GOALS },
      clock,
    );
    const outcomes = await Promise.allSettled([
      acceptMentorship({ requestId: first.id, actorId: mentorId(0) }, clock),
      acceptMentorship({ requestId: second.id, actorId: mentorId(0) }, clock),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const profile = await findMentorProfile(guildId, mentorId(0));
    expect(profile?.activeMenteeCount).toBe(1);
    expect(await MentorshipRequestModel.countDocuments({ guildId, status: 'accepted' })).toBe(1);
  });

  it('lets only the mentor answer, once, and records how fast they answer', async () => {
    const { guildId, clock } = await setup(2);
    const request = await requestMentorship(
      { guildId, menteeId: mentee(1), mentorId: mentorId(0), goals: GOALS },
      clock,
    );
    await expect(acceptMentorship({ requestId: request.id, actorId: mentee(1) }, clock)).rejects.toMatchObject({
      code: 'forbidden',
    });
    clock.advanceMinutes(90);
    const declined = await declineMentorship({ requestId: request.id, actorId: mentorId(0), reason: 'Busy' }, clock);
    await refreshResponseStats(guildId, mentorId(0));
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'Busy' });
    await expect(acceptMentorship({ requestId: request.id, actorId: mentorId(0) }, clock)).rejects.toMatchObject({
      code: 'conflict',
    });
    const profile = await findMentorProfile(guildId, mentorId(0));
    expect(profile?.responseStats).toEqual({ requestsReceived: 1, requestsAnswered: 1, medianResponseMinutes: 90 });
  });

  it('keeps the cap when a member asks several mentors at the same moment', async () => {
    const { guildId, clock } = await setup(5, MAX_PENDING_REQUESTS + 3);
    await Promise.allSettled(
      Array.from({ length: MAX_PENDING_REQUESTS + 3 }, (_, i) =>
        requestMentorship({ guildId, menteeId: mentee(7), mentorId: mentorId(i), goals: GOALS }, clock),
      ),
    );
    const pending = await MentorshipRequestModel.countDocuments({ guildId, menteeId: mentee(7), status: 'pending' });
    expect(pending).toBeLessThanOrEqual(MAX_PENDING_REQUESTS);
  });

  it('caps how many requests a member can have waiting, and refuses asking oneself', async () => {
    const { guildId, clock } = await setup(5, MAX_PENDING_REQUESTS + 1);
    for (let i = 0; i < MAX_PENDING_REQUESTS; i += 1) {
      await requestMentorship({ guildId, menteeId: mentee(9), mentorId: mentorId(i), goals: GOALS }, clock);
    }
    await expect(
      requestMentorship(
        { guildId, menteeId: mentee(9), mentorId: mentorId(MAX_PENDING_REQUESTS), goals: GOALS },
        clock,
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      requestMentorship({ guildId, menteeId: mentorId(0), mentorId: mentorId(0), goals: GOALS }, clock),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
