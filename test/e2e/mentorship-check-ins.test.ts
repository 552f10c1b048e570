import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MentorshipCheckInModel } from '../../models/mentorship-check-in.model.js';
import { MentorshipModel } from '../../models/mentorship.model.js';
import { SessionModel } from '../../models/session.model.js';
import { choose, dmsMatching, startPair } from '../support/mentorship-pairs.js';
import { buttonsOn } from '../support/world/seen.js';
import { startWorld, type World } from '../support/world/world.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function localHour(zone: string, at: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: zone }).format(at));
}

async function nextCheckInOf(mentorshipId: string): Promise<Date> {
  const mentorship = await MentorshipModel.findById(mentorshipId).lean();
  if (!mentorship?.nextCheckInAt) throw new Error('No check-in scheduled');
  return mentorship.nextCheckInAt;
}

describe('mentorship check-ins, as the pair lives them', () => {
  let world: World;

  /** Moves time to just after `at`, when the sweep (every 5 minutes) has run. */
  async function advanceTo(at: Date): Promise<void> {
    await world.advanceTime(Math.max(at.getTime() - world.clock.now().getTime(), 0) + 6 * MINUTE);
  }

  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await world.stop();
  });

  it('arrive on cadence at a sensible hour in both zones; each side answers once, privately; others are refused', async () => {
    const alice = world.user('alice');
    const bob = world.user('bob');
    const carol = world.user('carol');
    const id = await startPair(world, alice, bob, {
      specialty: 'web-development',
      mentorZone: 'Europe/Berlin',
      menteeZone: 'America/Sao_Paulo',
    });
    const startedAt = world.clock.now();
    await world.advanceTime(6 * MINUTE);
    const due = await nextCheckInOf(id);
    // Every two weeks by default, moved to an hour between 10:00 and 20:00 for both of them.
    expect(due.getTime() - startedAt.getTime()).toBeGreaterThanOrEqual(14 * DAY);
    expect(due.getTime() - startedAt.getTime()).toBeLessThan(15 * DAY);
    for (const zone of ['Europe/Berlin', 'America/Sao_Paulo']) {
      expect(localHour(zone, due)).toBeGreaterThanOrEqual(10);
      expect(localHour(zone, due)).toBeLessThan(20);
    }
    await world.advanceTime(13 * DAY);
    expect(dmsMatching(bob, /Check-in #1/)).toEqual([]);

    await advanceTo(due);
    const bobs = await bob.dmMatching(/Check-in #1/);
    const alices = await alice.dmMatching(/Check-in #1/);
    expect(bobs.content).toContain(`due <t:${String(Math.floor(due.getTime() / 1000))}:f>`);
    expect(bobs.content).toContain('please also rate the mentorship');
    expect(bobs.content).toMatch(/Next check-in: <t:\d+:F>/);
    expect(buttonsOn(bobs).map((b) => b.label)).toEqual(['Going well', 'OK', 'Stuck']);

    const stranger = await carol.press(bobs, 'Going well');
    expect(stranger.ephemeral).toBe(true);
    expect(stranger.content).toBe('This belongs to another pair: only its mentor and mentee can answer it.');

    const good = await bob.press(bobs, 'Going well');
    expect(good.ephemeral).toBe(true);
    expect(good.content).toBe('Thanks, recorded privately: **Going well**.');
    const again = await bob.press(bobs, 'Stuck');
    expect(again.content).toBe('You already answered this check-in; answers are recorded once, privately.');

    const stuck = await alice.press(alices, 'Stuck');
    expect(stuck.content).toContain('Thanks, recorded privately: **Stuck**.');
    expect(stuck.content).toContain('agree on one small next step');
    expect(stuck.content).not.toContain('admins were told');

    const rated = await choose(bob, bobs, '4');
    expect(rated.content).toBe('Thanks, your rating of **4/5** is recorded privately.');
    const ratedAgain = await choose(bob, bobs, '1');
    expect(ratedAgain.content).toBe('You already rated this check-in (**4/5**); ratings are recorded once.');

    const checkIn = await MentorshipCheckInModel.findOne({ mentorshipId: id }).lean();
    expect(checkIn?.mentee).toMatchObject({ pulse: 'good', rating: 4 });
    expect(checkIn?.mentor).toMatchObject({ pulse: 'stuck', rating: null });
    // Answered by both: one session of the pair, under the check-in's key.
    expect(await SessionModel.countDocuments({ key: `check-in:${String(checkIn?._id)}` })).toBe(1);
    const after = await MentorshipModel.findById(id).lean();
    expect(after?.lastActivityAt.getTime()).toBeGreaterThan(due.getTime());
    expect(after?.fadingStage).toBe('none');

    // The next one, two weeks on, is not a review.
    await advanceTo(await nextCheckInOf(id));
    const second = await bob.dmMatching(/Check-in #2/);
    expect(second.content).not.toContain('please also rate');
    expect(dmsMatching(bob, /Check-in #1/)).toHaveLength(1);
  });

  it('tells a formal program’s admins about a pair that is stuck', async () => {
    const dora = world.user('dora');
    const ed = world.user('ed');
    await startPair(world, dora, ed, { specialty: 'data-science' });
    // The program turns formal once the pair exists (so the mentor needs no approval first).
    const admin = world.user('admin-ann', { admin: true });
    await admin.slash('admin applications-channel', { channel: world.channel('announcements').id });
    await admin.slash('admin formal-program', { enabled: true });
    await world.advanceTime(6 * MINUTE);
    const id = String((await MentorshipModel.findOne({ mentorId: dora.id }).lean())?._id);
    await advanceTo(await nextCheckInOf(id));
    const prompt = await ed.dmMatching(/Check-in #1/);
    const stuck = await ed.press(prompt, 'Stuck');
    expect(stuck.content).toContain('The program’s admins were told');
    const notice = await world.emulator.waitFor(
      () => world.messages('announcements').find((m) => m.content.includes('A mentorship may need help')),
      { description: 'the admins’ notice' },
    );
    expect(notice.content).toContain(`<@${ed.id}> said they are **stuck** at check-in #1`);
    await admin.slash('admin formal-program', { enabled: false });
  });

  it('a restart between scheduling and firing loses no check-in and doubles none', async () => {
    const fay = world.user('fay');
    const gus = world.user('gus');
    const id = await startPair(world, fay, gus, { specialty: 'cybersecurity', menteeZone: 'Asia/Tokyo' });
    await world.advanceTime(6 * MINUTE);
    const due = await nextCheckInOf(id);

    await world.restart();
    await advanceTo(due);
    await gus.dmMatching(/Check-in #1/);
    await world.restart();
    await world.advanceTime(10 * MINUTE);
    expect(dmsMatching(gus, /Check-in #1/)).toHaveLength(1);
    expect(dmsMatching(fay, /Check-in #1/)).toHaveLength(1);
    expect(await MentorshipCheckInModel.countDocuments({ mentorshipId: id })).toBe(1);
    expect((await MentorshipModel.findById(id).lean())?.checkInsSent).toBe(1);
  });
});
