import { ChannelType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MentorProfileModel } from '../../models/mentor-profile.model.js';
import { MentorshipModel } from '../../models/mentorship.model.js';
import { choose, dmsMatching, startPair } from '../support/mentorship-pairs.js';
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

  it('reads the pair’s thread: a message there counts as activity, the bot’s own posts do not', async () => {
    const vic = world.user('vic');
    const wes = world.user('wes');
    const id = await startPair(world, vic, wes, { specialty: 'databases' });
    // The pair's private thread, as the space opens it on accept.
    const thread = world.emulator.world.createChannel(world.guild.id, {
      name: 'vic-wes',
      type: ChannelType.PrivateThread,
      parentId: world.channel('general').id,
    });
    world.emulator.world.addThreadMember(thread.id, vic.id);
    world.emulator.world.addThreadMember(thread.id, wes.id);
    await MentorshipModel.updateOne({ _id: id }, { $set: { 'space.threadId': thread.id } });
    const inThread = () => world.emulator.state.messagesIn(thread.id);

    await world.advanceTime(8 * DAY);
    world.emulator.clock.set(world.clock.now());
    world.emulator.events.messageCreate({
      authorId: wes.id,
      channelId: thread.id,
      content: 'Pushed the schema draft!',
    });
    await world.advanceTime(2 * 60 * 60_000);
    const seen = (await MentorshipModel.findById(id).lean())?.lastActivityAt.getTime() ?? 0;
    expect(Math.abs(seen - (world.clock.now().getTime() - 2 * 60 * 60_000))).toBeLessThan(60_000);

    // Ten days after the message (not after the start), the nudge comes, in the thread, pinging only the pair.
    await world.advanceTime(5 * DAY);
    expect(inThread().filter((m) => /it has been quiet/.test(m.content))).toEqual([]);
    await world.advanceTime(5 * DAY);
    const nudge = await world.emulator.waitFor(() => inThread().find((m) => /it has been quiet/.test(m.content)), {
      description: 'the nudge in the thread',
    });
    expect(nudge.content).toContain(`<@${vic.id}>`);
    expect(dmsMatching(wes, /it has been quiet/)).toEqual([]);

    // The bot's own nudge is the thread's last message now; it is not the pair speaking.
    await world.advanceTime(10 * DAY);
    await world.emulator.waitFor(() => inThread().find((m) => /Do you want to continue/.test(m.content)), {
      description: 'the question in the thread',
    });
    expect((await MentorshipModel.findById(id).lean())?.fadingStage).toBe('asked');
  });

  it('"End it" on the question ends the mentorship with the reason picked, like /mentorship end', async () => {
    const xia = world.user('xia');
    const yves = world.user('yves');
    const id = await startPair(world, xia, yves, { specialty: 'game-development' });
    await world.advanceTime(10 * DAY + 2 * 60 * 60_000);
    await world.advanceTime(10 * DAY);
    const ask = await xia.dmMatching(/Do you want to continue, or end the mentorship\?/);
    expect((await world.user('zed').press(ask, 'End it')).content).toBe(
      'This belongs to another pair: only its mentor and mentee can answer it.',
    );
    const reasons = await xia.press(ask, 'End it');
    expect(reasons.content).toBe('Why does it end? Pick a reason; it ends right away.');
    const ended = await choose(xia, reasons.message, 'no-time');
    expect(ended.content).toContain('The mentorship has ended (no time).');
    expect(await MentorshipModel.findById(id).lean()).toMatchObject({ status: 'ended', endReason: 'no-time' });
    await yves.dmMatching(/ended your mentorship on \*\*Mentor Hub\*\* \(no time\)/);
    expect((await xia.press(ask, 'Continue')).content).toBe(
      'This mentorship has ended, so there is nothing more to answer here.',
    );
  });
});
