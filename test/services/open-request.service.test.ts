import { describe, expect, it } from 'vitest';
import { updateGuildSettings } from '../../models/guild-settings.model.js';
import { findMentorProfile } from '../../models/mentor-profile.model.js';
import { MentorshipRequestModel } from '../../models/mentorship-request.model.js';
import { MentorshipModel } from '../../models/mentorship.model.js';
import { OpenRequestModel } from '../../models/open-request.model.js';
import { registerMentor } from '../../src/services/mentor-profile.service.js';
import { acceptMentorship, requestMentorship } from '../../src/services/mentorship-request.service.js';
import {
  OPEN_REQUEST_LIFETIME_MS,
  claimOpenRequest,
  createOpenRequest,
  expireOpenRequest,
  openRequestExpiryTold,
  openRequestsDueToExpire,
  withdrawOpenRequest,
} from '../../src/services/open-request.service.js';
import { ensureSeeded } from '../../src/services/specialty.service.js';
import { FixedClock } from '../support/fixed-clock.js';
import { newGuildId, useServiceDatabase } from '../support/service-database.js';

useServiceDatabase('open-request-service');

const GOALS = 'Learn to run Postgres in production without fear.';
const mentee = (n: number) => String(600_000_000_000_000_000n + BigInt(n));
const mentorId = (n: number) => String(700_000_000_000_000_000n + BigInt(n));
const CHANNEL = '800000000000000001';

async function setup(mentors: number, capacity = 2) {
  const guildId = newGuildId();
  const clock = new FixedClock('2026-11-23T12:00:00Z');
  await ensureSeeded(guildId);
  await updateGuildSettings(guildId, { openRequestsChannelId: CHANNEL });
  for (let i = 0; i < mentors; i += 1) {
    await registerMentor(
      {
        guildId,
        userId: mentorId(i),
        specialties: ['databases'],
        headline: 'Databases mentor',
        yearsExperience: 6,
        timezone: 'UTC',
        availability: 'mon 10:00-12:00',
        capacity,
        formats: ['one-on-one'],
      },
      clock,
    );
  }
  const post = (member = 1, specialty = 'databases') =>
    createOpenRequest({ guildId, menteeId: mentee(member), specialty, goals: GOALS }, clock);
  return { guildId, clock, post };
}

describe('open requests', () => {
  it('posts one open request per member and specialty, even when sent twice at once', async () => {
    const { guildId, post } = await setup(0);
    const outcomes = await Promise.allSettled([post(), post(), post()]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(await OpenRequestModel.countDocuments({ guildId, status: 'open' })).toBe(1);
    expect(outcomes.find((o) => o.status === 'fulfilled')?.value.channelId).toBe(CHANNEL);
  });

  it('lets exactly one of five mentors claiming at once win; the others are refused and nothing is taken twice', async () => {
    const { guildId, clock, post } = await setup(5);
    const { request } = await post();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => claimOpenRequest({ requestId: request.id, mentorId: mentorId(i) }, clock)),
    );
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') {
        expect(outcome.reason).toMatchObject({ code: 'conflict', key: 'openRequests.errors.alreadyClaimed' });
      }
    }
    const winner = won[0]?.status === 'fulfilled' ? won[0].value : null;
    expect(winner?.request).toMatchObject({ status: 'accepted', menteeId: mentee(1), goals: GOALS });
    expect(winner?.openRequest).toMatchObject({ status: 'claimed', requestId: winner?.request.id });
    expect(await MentorshipModel.countDocuments({ guildId, menteeId: mentee(1), status: 'active' })).toBe(1);
    expect(await MentorshipRequestModel.countDocuments({ guildId, menteeId: mentee(1) })).toBe(1);
    expect((await findMentorProfile(guildId, winner?.request.mentorId ?? ''))?.activeMenteeCount).toBe(1);
  });

  it('refuses the member themself, a mentor of another specialty, a paused or full mentor', async () => {
    const { guildId, clock, post } = await setup(1, 1);
    await registerMentor(
      {
        guildId,
        userId: mentorId(9),
        specialties: ['cloud'],
        headline: 'Cloud mentor',
        yearsExperience: 3,
        timezone: 'UTC',
        availability: 'mon 10:00-12:00',
        formats: ['one-on-one'],
      },
      clock,
    );
    const { request } = await post();
    const claim = (by: string) => claimOpenRequest({ requestId: request.id, mentorId: by }, clock);
    await expect(claim(mentee(1))).rejects.toMatchObject({ key: 'openRequests.errors.ownRequest' });
    await expect(claim(mentorId(9))).rejects.toMatchObject({ key: 'openRequests.errors.notAMentorOfSpecialty' });
    await expect(claim('123456789012345678')).rejects.toMatchObject({
      key: 'openRequests.errors.notAMentorOfSpecialty',
    });
    // The only mentor fills their one place with someone else first.
    const other = await requestMentorship({ guildId, menteeId: mentee(5), mentorId: mentorId(0), goals: GOALS }, clock);
    await acceptMentorship({ requestId: other.id, actorId: mentorId(0) }, clock);
    await expect(claim(mentorId(0))).rejects.toMatchObject({ code: 'request-refused', refusal: 'no-free-place' });
    expect(await OpenRequestModel.findById(request.id).lean()).toMatchObject({ status: 'open', claimedBy: null });
  });

  it('refuses a mentor who already mentors the member, and leaves the request open for others', async () => {
    const { guildId, clock, post } = await setup(1);
    const earlier = await requestMentorship(
      { guildId, menteeId: mentee(1), mentorId: mentorId(0), goals: GOALS },
      clock,
    );
    await acceptMentorship({ requestId: earlier.id, actorId: mentorId(0) }, clock);
    const { request } = await post();
    await expect(claimOpenRequest({ requestId: request.id, mentorId: mentorId(0) }, clock)).rejects.toMatchObject({
      key: 'openRequests.errors.alreadyYours',
    });
    expect(await OpenRequestModel.findById(request.id).lean()).toMatchObject({ status: 'open', claimedBy: null });
    expect(await MentorshipRequestModel.countDocuments({ guildId, menteeId: mentee(1), status: 'pending' })).toBe(0);
  });

  it('lets only the member withdraw; a withdrawal racing a claim lets exactly one happen', async () => {
    const { guildId, clock, post } = await setup(1);
    const { request } = await post();
    await expect(withdrawOpenRequest({ requestId: request.id, actorId: mentorId(0) }, clock)).rejects.toMatchObject({
      key: 'openRequests.errors.onlyMemberWithdraws',
    });
    const [withdrawal, claim] = await Promise.allSettled([
      withdrawOpenRequest({ requestId: request.id, actorId: mentee(1) }, clock),
      claimOpenRequest({ requestId: request.id, mentorId: mentorId(0) }, clock),
    ]);
    expect([withdrawal.status, claim.status].sort()).toEqual(['fulfilled', 'rejected']);
    const stored = await OpenRequestModel.findById(request.id).lean();
    expect(stored?.status).toBe(withdrawal.status === 'fulfilled' ? 'withdrawn' : 'claimed');
    expect(await MentorshipModel.countDocuments({ guildId, menteeId: mentee(1), status: 'active' })).toBe(
      claim.status === 'fulfilled' ? 1 : 0,
    );
  });

  it('expires an unclaimed request once its time is up, owes the member the news until told, and never expires a claimed one', async () => {
    const { clock, post } = await setup(1);
    const { request } = await post(1);
    const { request: claimed } = await post(2);
    await claimOpenRequest({ requestId: claimed.id, mentorId: mentorId(0) }, clock);
    expect(await expireOpenRequest(request.id, clock)).toBeNull();
    clock.advanceMinutes(OPEN_REQUEST_LIFETIME_MS / 60_000 + 1);
    expect(await openRequestsDueToExpire(clock, 1_000)).toContain(request.id);
    expect(await openRequestsDueToExpire(clock, 1_000)).not.toContain(claimed.id);
    expect(await expireOpenRequest(request.id, clock)).toMatchObject({ status: 'expired' });
    // A retry before the member was told still owes it; after, nothing.
    expect(await expireOpenRequest(request.id, clock)).toMatchObject({ status: 'expired' });
    await openRequestExpiryTold(request.id);
    expect(await expireOpenRequest(request.id, clock)).toBeNull();
    expect(await openRequestsDueToExpire(clock, 1_000)).not.toContain(request.id);
    expect(await expireOpenRequest(claimed.id, clock)).toBeNull();
  });
});
