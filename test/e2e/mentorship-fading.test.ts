import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MentorProfileModel } from '../../models/mentor-profile.model.js';
import { MentorshipModel } from '../../models/mentorship.model.js';
import { dmsMatching, startPair } from '../support/mentorship-pairs.js';
import { buttonsOn } from '../support/world/seen.js';
import { startWorld, type World } from '../support/world/world.js';

const DAY = 24 * 60 * 60_000;

describe('fading pairs, as time passes', () => {
  let world: World;

  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await world.stop();
  });

  it('nudges a quiet pair, asks "continue or end?", warns at 90 days and ends it as inactive 7 days later; any answer starts over', async () => {
    const admin = world.user('admin-ann', { admin: true });
    const set = await admin.slash('admin fading-days', { days: 10 });
    expect(set.content).toBe('A pair quiet for 10 days gets a nudge; twice that, a "continue or end?" question.');
    expect((await world.user('kim').slash('admin fading-days', { days: 8 })).content).toContain('Only server admins');

    const jay = world.user('jay');
    const kim = world.user('kim');
    const id = await startPair(world, jay, kim, { specialty: 'cloud' });
    const nudge = /it has been quiet here since/;

    await world.advanceTime(9 * DAY);
    expect(dmsMatching(kim, nudge)).toEqual([]);
    await world.advanceTime(1 * DAY + 2 * 60 * 60_000);
    await kim.dmMatching(nudge);
    await jay.dmMatching(nudge);

    // Kim answers the check-in (day 14): activity, so the sequence starts over from there.
    await world.advanceTime(5 * DAY);
    const prompt = await kim.dmMatching(/Check-in #1/);
    await kim.press(prompt, 'OK');
    expect((await MentorshipModel.findById(id).lean())?.fadingStage).toBe('none');
    await world.advanceTime(10 * DAY + 2 * 60 * 60_000);
    expect(dmsMatching(kim, nudge)).toHaveLength(2);

    await world.advanceTime(10 * DAY);
    const ask = await kim.dmMatching(/Do you want to continue, or end the mentorship\?/);
    expect(buttonsOn(ask).map((b) => b.label)).toEqual(['Continue', 'End it']);
    const stranger = await world.user('lou').press(ask, 'Continue');
    expect(stranger.content).toBe('This belongs to another pair: only its mentor and mentee can answer it.');
    const goingOn = await kim.press(ask, 'Continue');
    expect(goingOn.content).toBe('Great, the mentorship goes on. Check-ins continue as agreed.');
    expect((await MentorshipModel.findById(id).lean())?.fadingStage).toBe('none');

    // Then nobody answers anything again: nudge, question, and at 90 days the warning.
    await world.advanceTime(10 * DAY + 2 * 60 * 60_000);
    await world.advanceTime(10 * DAY);
    expect((await MentorshipModel.findById(id).lean())?.fadingStage).toBe('asked');
    await world.advanceTime(70 * DAY);
    const warning = await jay.dmMatching(/ends as inactive <t:\d+:R>/);
    expect(buttonsOn(warning).map((b) => b.label)).toEqual(['Continue', 'End it']);
    expect((await MentorshipModel.findById(id).lean())?.status).toBe('active');

    await world.advanceTime(7 * DAY);
    const ended = await MentorshipModel.findById(id).lean();
    expect(ended).toMatchObject({ status: 'ended', endReason: 'inactive', endedBy: null });
    await kim.dmMatching(/has ended: nobody answered for a long time/);
    const told = await jay.dmMatching(/has ended: nobody answered for a long time/);
    expect(buttonsOn(told).map((b) => b.label)).toEqual(['Give private feedback']);
    expect((await MentorProfileModel.findOne({ userId: jay.id }).lean())?.activeMenteeCount).toBe(0);

    // Nothing more after the end: no check-in, no nudge.
    const checkIns = kim.dms().filter((m) => /Check-in #/.test(m.content)).length;
    const nudges = dmsMatching(kim, nudge).length;
    await world.advanceTime(60 * DAY);
    expect(kim.dms().filter((m) => /Check-in #/.test(m.content))).toHaveLength(checkIns);
    expect(dmsMatching(kim, nudge)).toHaveLength(nudges);
    const late = await kim.press(warning, 'Continue');
    expect(late.content).toBe('This mentorship has ended, so there is nothing more to answer here.');
  });
});
