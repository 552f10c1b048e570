import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MentorProfileModel } from '../../models/mentor-profile.model.js';
import { MentorshipFeedbackModel } from '../../models/mentorship-feedback.model.js';
import { MentorshipModel } from '../../models/mentorship.model.js';
import { ReputationEventModel } from '../../models/reputation-event.model.js';
import { endMentorship } from '../../src/services/mentorship-lifecycle.service.js';
import { dmsMatching, startPair } from '../support/mentorship-pairs.js';
import { buttonsOn } from '../support/world/seen.js';
import { startWorld, type World } from '../support/world/world.js';

const DAY = 24 * 60 * 60_000;

describe('pausing and ending a mentorship, with private feedback', () => {
  let world: World;

  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await world.stop();
  });

  const placesUsed = async (mentorId: string) =>
    (await MentorProfileModel.findOne({ userId: mentorId }).lean())?.activeMenteeCount;

  it('either side pauses and resumes; check-ins wait meanwhile', async () => {
    const oli = world.user('oli');
    const pam = world.user('pam');
    const id = await startPair(world, oli, pam, { specialty: 'mobile' });
    const paused = await pam.slash('mentorship pause');
    expect(paused.ephemeral).toBe(true);
    expect(paused.content).toContain('Paused. Check-ins stop and the place is kept');
    await oli.dmMatching(new RegExp(`<@${pam.id}> paused your mentorship on \\*\\*Mentor Hub\\*\\*`));
    expect((await oli.slash('mentorship pause')).content).toContain('already paused');
    expect(await placesUsed(oli.id)).toBe(1);

    await world.advanceTime(30 * DAY);
    expect(dmsMatching(pam, /Check-in #/)).toEqual([]);
    const resumed = await oli.slash('mentorship resume');
    expect(resumed.content).toMatch(/Resumed\. Next check-in: <t:(\d+):F>/);
    const next = Number(/<t:(\d+):F>/.exec(resumed.content)?.[1]) * 1000;
    expect(next - world.clock.now().getTime()).toBeGreaterThanOrEqual(14 * DAY);
    await pam.dmMatching(/resumed your mentorship/);
    expect((await pam.slash('mentorship resume')).content).toBe('This mentorship is not paused.');
    expect((await MentorshipModel.findById(id).lean())?.pausedAt).toBeNull();
  });

  it('either side ends it: the place is free, the other side is told, and feedback is revealed under the rule', async () => {
    const quinn = world.user('quinn');
    const ray = world.user('ray');
    const sam = world.user('sam');
    const id = await startPair(world, quinn, ray, { specialty: 'ui-ux' });
    expect(await placesUsed(quinn.id)).toBe(1);

    const stranger = await sam.slash('mentorship end', { reason: 'completed' });
    expect(stranger.ephemeral).toBe(true);
    expect(stranger.content).toBe("You don't have an active mentorship on this server.");

    const ended = await ray.slash('mentorship end', { reason: 'goals-changed' });
    expect(ended.ephemeral).toBe(true);
    expect(ended.content).toContain('The mentorship has ended (goals changed). Its place is free again');
    expect(ended.buttons().map((b) => b.label)).toEqual(['Give private feedback']);
    expect(await placesUsed(quinn.id)).toBe(0);
    const told = await quinn.dmMatching(/ended your mentorship on \*\*Mentor Hub\*\* \(goals changed\)/);
    expect(told.content).toContain(`<@${ray.id}>`);
    expect(told.content).toContain('reads it only once you have both answered, or 14 days after the end');
    await ray.dmMatching(/You ended your mentorship with/);
    expect((await quinn.slash('mentorship end', { reason: 'completed' })).content).toBe(
      "You don't have an active mentorship on this server.",
    );
    expect((await MentorshipModel.findById(id).lean())?.endedBy).toBe(ray.id);

    // Another member pressing ray's feedback button is refused.
    const other = await sam.press(told, 'Give private feedback');
    expect(other.content).toBe('This belongs to another pair: only its mentor and mentee can answer it.');

    const form = await ended.click('Give private feedback');
    expect(form.kind).toBe('modal');
    const badRating = await form.submitModal({ rating: '9', comment: '' });
    expect(badRating.content).toContain('The rating is a whole number from 1 to 5.');
    const given = await (
      await ended.click('Give private feedback')
    ).submitModal({ rating: '4', comment: 'Thanks for the **patience** and the [reviews](https://example.com)' });
    expect(given.content).toBe(
      `Thank you. <@${quinn.id}> will read it once they have answered too, or 14 days after the end.`,
    );
    const twice = await ended.click('Give private feedback');
    expect(twice.kind).toBe('message');
    expect(twice.content).toBe('You already gave your feedback on this mentorship; it is recorded once.');
    expect(await MentorshipFeedbackModel.countDocuments({ mentorshipId: id })).toBe(1);
    // The mentee's rating counts toward the mentor's reputation, once.
    expect(await ReputationEventModel.countDocuments({ userId: quinn.id, kind: 'feedback' })).toBe(1);

    await world.advanceTime(13 * DAY);
    expect(dmsMatching(quinn, /Feedback from/)).toEqual([]);
    await world.advanceTime(DAY + 60_000);
    const revealed = await quinn.dmMatching(/Feedback from/);
    expect(revealed.content).toContain('Rating: **4/5**');
    expect(revealed.content).toContain('Thanks for the \\*\\*patience\\*\\*');
    expect(dmsMatching(ray, /Feedback from/)).toEqual([]);
  });

  it('shows both sides their feedback as soon as both answered, only to each other', async () => {
    const tia = world.user('tia');
    const uma = world.user('uma');
    await startPair(world, tia, uma, { specialty: 'devops-sre' });
    const ended = await tia.slash('mentorship end', { reason: 'completed' });
    await (await ended.click('Give private feedback')).submitModal({ rating: '5', comment: 'A pleasure.' });
    const umas = await uma.dmMatching(/ended your mentorship/);
    const done = await (await uma.press(umas, 'Give private feedback')).submitModal({ rating: '5', comment: '' });
    expect(done.content).toContain('You have both answered');
    expect((await uma.dmMatching(/Feedback from/)).content).toContain('A pleasure.');
    expect((await tia.dmMatching(/Feedback from/)).content).toContain('(no comment)');
    expect(buttonsOn(umas).map((b) => b.label)).toEqual(['Give private feedback']);
    expect(world.messages('general').filter((m) => m.content.includes('Feedback'))).toEqual([]);
  });

  it('an end recorded just before the bot stopped is still followed up after the restart', async () => {
    const vera = world.user('vera');
    const walt = world.user('walt');
    const id = await startPair(world, vera, walt, { specialty: 'career-interviews' });
    // The end's own update, and then the process dies before it could queue the follow-up.
    await endMentorship({ mentorshipId: id, actorId: walt.id, reason: 'no-time' }, world.clock);
    await world.restart();
    await world.advanceTime(6 * 60_000);
    const told = await vera.dmMatching(/ended your mentorship on \*\*Mentor Hub\*\* \(no time\)/);
    expect(buttonsOn(told).map((b) => b.label)).toEqual(['Give private feedback']);
    await walt.dmMatching(/You ended your mentorship with/);
    await world.advanceTime(6 * 60_000);
    expect(dmsMatching(vera, /ended your mentorship/)).toHaveLength(1);
  });
});
