import { ChannelType, PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MentorshipModel, startMentorshipInFreePlace } from '../../models/mentorship.model.js';
import { registerMentor } from '../../src/services/mentor-profile.service.js';
import type { OptionValue } from '../support/discord/interactions/command-options.js';
import type { ChannelRecord, MessageRecord } from '../support/discord/state/records.js';
import type { Actor } from '../support/world/actor.js';
import { buttonsOn, type Seen } from '../support/world/seen.js';
import { startWorld, type World } from '../support/world/world.js';

const GOALS = 'Become a confident backend developer: APIs, databases and tests.';

describe('the pair’s space: private thread, pinned summary, agreement, milestones', () => {
  let world: World;
  let channel: ChannelRecord;

  async function mentor(actor: Actor, specialty: string): Promise<void> {
    await registerMentor(
      {
        guildId: world.guild.id,
        userId: actor.id,
        specialties: [specialty],
        headline: `${actor.name} helps with ${specialty}`,
        yearsExperience: 6,
        timezone: 'UTC',
        availability: 'mon-sun 00:00-24:00',
        capacity: 3,
        formats: ['one-on-one', 'code-review'],
      },
      world.clock,
    );
  }

  /** The member asks the mentor from search, the mentor accepts from the DM, the opening job runs. */
  async function pairUp(menteeActor: Actor, mentorActor: Actor, specialty: string): Promise<void> {
    const results = await menteeActor.slash('mentors find', { specialty });
    const button = results.buttons().find((b) => b.customId.endsWith(`:${mentorActor.id}`));
    if (!button) throw new Error(`${mentorActor.name} is not offered`);
    const form = await menteeActor.act(
      world.emulator.interactions.button({
        userId: menteeActor.id,
        message: results.message,
        customId: button.customId,
      }),
    );
    await form.submitModal({ goals: GOALS });
    const request = await mentorActor.dmMatching(
      new RegExp(`\\(<@${menteeActor.id}>\\) would like you to mentor them`),
    );
    await mentorActor.press(request, 'Accept');
    await world.jobsSettled();
  }

  /** A /mentorship command run where the member is: in a channel or thread by id. */
  async function mentorship(
    actor: Actor,
    command: string,
    options: Readonly<Record<string, OptionValue>> = {},
    channelId = world.channel('general').id,
  ): Promise<Seen> {
    return actor.act(
      world.emulator.interactions.chatInput({ userId: actor.id, channelId, name: `mentorship ${command}`, options }),
    );
  }

  const threadOf = (mentorId: string) => {
    const thread = world.emulator.state
      .threads(world.guild.id, channel.id)
      .find((t) => world.emulator.state.threadMemberIds(t.id).includes(mentorId));
    if (!thread) throw new Error('no thread for the pair');
    return thread;
  };
  const threadOfOrNone = (mentorId: string) =>
    world.emulator.state
      .threads(world.guild.id, channel.id)
      .find((t) => world.emulator.state.threadMemberIds(t.id).includes(mentorId))?.id ?? '';
  const summaryIn = (thread: ChannelRecord): MessageRecord => {
    const summary = world.emulator.state.messagesIn(thread.id).find((m) => m.pinnedAt !== null);
    if (!summary) throw new Error('no pinned summary');
    return summary;
  };
  const field = (message: MessageRecord, name: string) =>
    message.embeds[0]?.fields?.find((f) => f.name === name)?.value ?? '';

  beforeAll(async () => {
    world = await startWorld();
    channel = world.emulator.world.createChannel(world.guild.id, { name: 'mentorships' });
    const admin = world.user('admin', { admin: true });
    const set = await admin.slash('admin mentorship-channel', { channel: channel.id });
    expect(set.content).toBe(`Mentorship threads are now created in <#${channel.id}>.`);
  });
  afterAll(async () => {
    await world.stop();
  });

  it('opens a private thread for the pair with a pinned summary, and DMs each side their guide', async () => {
    const ana = world.user('ana');
    const ben = world.user('ben');
    await mentor(ana, 'databases');
    await pairUp(ben, ana, 'databases');

    const thread = threadOf(ana.id);
    expect(thread.type).toBe(ChannelType.PrivateThread);
    expect(thread.thread?.invitable).toBe(false);
    expect(world.emulator.state.threadMemberIds(thread.id).sort()).toEqual(
      [ana.id, ben.id, world.emulator.botUser.id].sort(),
    );
    const summary = summaryIn(thread);
    expect(summary.embeds[0]?.title).toBe('Mentorship: ana and ben');
    expect(field(summary, 'Goals')).toContain('Become a confident backend developer');
    expect(field(summary, 'Format')).toBe('1:1 mentoring');
    expect(field(summary, 'Cadence')).toBe('every two weeks');
    expect(field(summary, 'Expected length')).toMatch(/^13 weeks, until <t:\d+:D>$/u);
    expect(field(summary, 'What each side commits to')).toContain('**Mentor**: meet every two weeks');
    expect(field(summary, 'State')).toContain('Waiting for **ana**');
    expect(buttonsOn(summary).map((b) => b.label)).toEqual(['Confirm as mentor', 'Confirm as mentee']);
    const welcome = world.emulator.state.messagesIn(thread.id).find((m) => m.content.startsWith('Welcome'));
    expect(welcome?.pings.users.sort()).toEqual([ana.id, ben.id].sort());
    expect(welcome?.pings.roles).toEqual([]);
    expect(welcome?.pings.everyone).toBe(false);

    const menteeDm = await ben.dmMatching(/Your mentorship with \*\*ana\*\*/u);
    expect(menteeDm.content).toContain(`<#${thread.id}>`);
    expect(menteeDm.embeds[0]?.title).toBe('How to be a good mentee');
    expect(menteeDm.embeds[0]?.fields?.[0]?.value).toContain('**Over-dependence**');
    const mentorDm = await ana.dmMatching(/Your mentorship with \*\*ben\*\*/u);
    expect(mentorDm.embeds[0]?.title).toBe('What makes a good mentor');

    // A restart of the opening (the sweep, a retried job) creates nothing twice.
    await world.advanceTime(10 * 60_000);
    expect(world.emulator.state.threads(world.guild.id, channel.id)).toHaveLength(1);
    expect(ben.dms().filter((m) => m.content.startsWith('Your mentorship with'))).toHaveLength(1);
  });

  it('lets each side confirm with their own button only; a moderator’s press is refused', async () => {
    const ana = world.user('ana');
    const ben = world.user('ben');
    const mod = world.user('mod');
    world.emulator.world.updateMember(world.guild.id, mod.id, {
      roles: [
        world.emulator.world.createRole(world.guild.id, {
          name: 'Moderators',
          permissions: PermissionFlagsBits.ManageThreads,
        }).id,
      ],
    });
    const thread = threadOf(ana.id);
    const summary = summaryIn(thread);

    const stranger = await mod.press(summary, 'Confirm as mentor');
    expect(stranger.ephemeral).toBe(true);
    expect(stranger.content).toBe(
      'This belongs to another pair: only its mentor and mentee can confirm their agreement.',
    );
    const wrongSide = await ben.press(summary, 'Confirm as mentor');
    expect(wrongSide.content).toBe(`This button is for <@${ana.id}>; press the one for your side.`);
    expect((await MentorshipModel.findOne({ mentorId: ana.id }).lean())?.mentorConfirmedAt).toBeNull();

    const [first, second] = await Promise.all([
      ben.press(summary, 'Confirm as mentee'),
      ben.press(summary, 'Confirm as mentee'),
    ]);
    expect([first.content, second.content].sort()).toEqual([
      'Thanks, you confirmed the agreement.',
      'You had already confirmed this agreement; nothing changed.',
    ]);
    await world.emulator.waitFor(() => buttonsOn(summary).length === 1, { description: 'the mentee button gone' });
    expect(field(summary, 'State')).toContain('Waiting for **ana**');

    const confirmed = await ana.press(summary, 'Confirm as mentor');
    expect(confirmed.content).toBe('Thanks, you confirmed the agreement.');
    await world.emulator.waitFor(() => buttonsOn(summary).length === 0, { description: 'no buttons left' });
    expect(field(summary, 'State')).toContain('Agreement confirmed by both.');
    await world.emulator.waitFor(
      () => world.emulator.state.messagesIn(thread.id).find((m) => m.content.startsWith('Both of you confirmed')),
      { description: 'the thread told both confirmed' },
    );
  });

  it('keeps milestones in the pinned summary, and a changed agreement asks both to confirm again', async () => {
    const ana = world.user('ana');
    const ben = world.user('ben');
    const thread = threadOf(ana.id);
    const summary = summaryIn(thread);

    const added = await mentorship(ben, 'goals add', { title: 'Ship a REST API with tests' }, thread.id);
    expect(added.content).toBe('Milestone 1 added: Ship a REST API with tests');
    await mentorship(ben, 'goals add', { title: 'Learn SQL indexes' }, thread.id);
    await mentorship(ana, 'goals add', { title: 'Write a *design* doc' }, thread.id);
    expect((await mentorship(ben, 'goals edit', { milestone: 2, title: 'Learn SQL query plans' })).content).toBe(
      'Milestone 2 is now: Learn SQL query plans',
    );
    expect((await mentorship(ben, 'goals done', { milestone: 1 })).content).toContain('Milestone 1 reached');
    expect((await mentorship(ana, 'goals drop', { milestone: 3 })).content).toBe(
      'Milestone 3 dropped: Write a \\*design\\* doc',
    );
    await world.emulator.waitFor(() => field(summary, 'Milestones').includes('(dropped)'), {
      description: 'the summary redrawn after the drop',
    });
    expect(field(summary, 'Milestones')).toBe(
      '1. ✅ Ship a REST API with tests\n2. ⬜ Learn SQL query plans\n3. ~~Write a \\*design\\* doc~~ (dropped)',
    );

    const changed = await mentorship(ana, 'agreement', { cadence: 'weekly', length: 20 }, thread.id);
    expect(changed.content).toBe('Agreement updated. Both of you are asked to confirm it again.');
    await world.emulator.waitFor(() => buttonsOn(summary).length === 2, { description: 'both buttons back' });
    expect(field(summary, 'Cadence')).toBe('every week');
    expect(field(summary, 'Expected length')).toMatch(/^20 weeks/u);
    const notice = await world.emulator.waitFor(
      () => world.emulator.state.messagesIn(thread.id).find((m) => m.content.includes('changed the agreement')),
      { description: 'the thread told of the change' },
    );
    expect(notice.pings.users).toEqual([ben.id]);
    const same = await mentorship(ben, 'agreement', { cadence: 'weekly' });
    expect(same.content).toBe('Your agreement as it stands; change it with the options of this command.');
  });

  it('refuses bad input and someone else’s mentorship, changing nothing', async () => {
    const ana = world.user('ana');
    const ben = world.user('ben');
    const cleo = world.user('cleo');
    const thread = threadOf(ana.id);
    const before = await MentorshipModel.findOne({ mentorId: ana.id }).lean();

    // Discord's client enforces the option's cap; the service refuses the same length (service tests).
    await expect(mentorship(ben, 'goals add', { title: 'x'.repeat(101) })).rejects.toThrow(/longer than/);
    const range = await mentorship(ben, 'agreement', { length: 60 });
    expect(range.content).toBe('A mentorship lasts at most 52 weeks; agree on a new one after that.');
    const missing = await mentorship(ben, 'goals done', { milestone: 9 });
    expect(missing.content).toContain('There is no milestone with that number.');
    const notTheirs = await mentorship(cleo, 'goals add', { title: 'Take over', with: ana.id });
    expect(notTheirs.content).toBe(`You don't have an active mentorship with <@${ana.id}>.`);
    const mod = world.user('mod');
    const inTheirThread = await mentorship(mod, 'goals add', { title: 'Take over' }, thread.id);
    expect(inTheirThread.content).toBe('This thread belongs to another pair, so you cannot change their mentorship.');
    expect(() =>
      world.emulator.interactions.chatInput({ userId: cleo.id, channelId: thread.id, name: 'mentorship list' }),
    ).toThrow(/cannot see channel/u);
    const after = await MentorshipModel.findOne({ mentorId: ana.id }).lean();
    expect(after?.milestones).toHaveLength(before?.milestones.length ?? -1);
    expect(after?.expectedWeeks).toBe(before?.expectedWeeks);
  });

  it('lists the caller’s mentorships and requests, on either side', async () => {
    const ana = world.user('ana');
    const ben = world.user('ben');
    const dora = world.user('dora');
    const asked = await ben.slash('mentors find', { specialty: 'databases' });
    expect(asked.kind).toBe('message');
    const forDora = await dora.slash('mentors find', { specialty: 'databases' });
    const button = forDora.buttons().find((b) => b.customId.endsWith(`:${ana.id}`));
    if (!button) throw new Error('ana not offered');
    const form = await dora.act(
      world.emulator.interactions.button({ userId: dora.id, message: forDora.message, customId: button.customId }),
    );
    await form.submitModal({ goals: GOALS });

    const mine = await mentorship(ana, 'list');
    const fields = mine.embeds[0]?.fields ?? [];
    expect(fields.map((f) => f.name)).toEqual(['Requests waiting for your answer', 'Active']);
    expect(fields[0]?.value).toContain(`**dora** (<@${dora.id}>)`);
    expect(fields[1]?.value).toContain(`you mentor **ben** (<@${ben.id}>)`);
    expect(fields[1]?.value).toContain('agreement not confirmed yet');
    const theirs = await mentorship(ben, 'list');
    expect(theirs.embeds[0]?.fields?.[0]?.value).toContain(`**ana** (<@${ana.id}>) mentors you`);
    expect((await mentorship(world.user('nobody'), 'list')).content).toContain('No requests or mentorships yet.');
  });

  it('survives Discord failures while opening: retried later, nothing made twice', async () => {
    const gus = world.user('gus');
    const hal = world.user('hal');
    await mentor(gus, 'cloud');
    world.emulator.faults.serverError('POST /channels/:channelId/threads', { count: 2 });
    world.emulator.faults.serverError('PUT /channels/:channelId/messages/pins/:messageId', { count: 2 });
    await pairUp(hal, gus, 'cloud');
    for (let i = 0; i < 4 && !world.emulator.state.messagesIn(threadOfOrNone(gus.id)).some((m) => m.pinnedAt); i += 1) {
      await world.advanceTime(60_000);
    }
    const thread = threadOf(gus.id);
    expect(world.emulator.state.threads(world.guild.id, channel.id).filter((t) => t.name === thread.name)).toHaveLength(
      1,
    );
    const summaries = world.emulator.state
      .messagesIn(thread.id)
      .filter((m) => m.embeds[0]?.title?.startsWith('Mentorship'));
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.pinnedAt).not.toBeNull();
    await hal.dmMatching(/Your mentorship with \*\*gus\*\*/u);
    expect(hal.dms().filter((m) => m.content.startsWith('Your mentorship with'))).toHaveLength(1);
  });

  it('reminds whoever has not confirmed after two days, in the thread', async () => {
    const gus = world.user('gus');
    const hal = world.user('hal');
    const thread = threadOf(gus.id);
    await hal.press(summaryIn(thread), 'Confirm as mentee');
    await world.advanceTime(2 * 24 * 60 * 60_000 + 60_000);
    const reminder = await world.emulator.waitFor(
      () =>
        world.emulator.state
          .messagesIn(thread.id)
          .find((m) => m.content.includes('still waiting for your confirmation')),
      { description: 'the reminder' },
    );
    expect(reminder.pings.users).toEqual([gus.id]);
  });

  it('shows the next check-in on the pinned summary: once scheduled, after each check-in, after a new cadence', async () => {
    const pia = world.user('pia');
    const quin = world.user('quin');
    await mentor(pia, 'devops-sre');
    await pairUp(quin, pia, 'devops-sre');
    const thread = threadOf(pia.id);
    const summary = summaryIn(thread);
    const nextShown = async () => {
      const stored = await MentorshipModel.findOne({ mentorId: pia.id, status: 'active' }).lean();
      if (!stored?.nextCheckInAt) throw new Error('no check-in scheduled');
      const at = `<t:${String(Math.floor(stored.nextCheckInAt.getTime() / 1000))}:f>`;
      await world.emulator.waitFor(() => JSON.stringify(summary.embeds).includes(`Next check-in ${at}`), {
        description: `the summary showing the next check-in ${at}`,
      });
      return at;
    };
    // The sweep (every 5 minutes) gives the pair its first check-in.
    await world.advanceTime(6 * 60_000);
    const first = await nextShown();
    await world.advanceTime(15 * 24 * 60 * 60_000);
    const second = await nextShown();
    expect(second).not.toBe(first);
    const monthly = await mentorship(quin, 'agreement', { cadence: 'monthly' }, thread.id);
    expect(monthly.content).toBe('Agreement updated. Both of you are asked to confirm it again.');
    expect(await nextShown()).not.toBe(second);
  });

  it('lets admins rewrite a guide (escaped, capped) and put the default back', async () => {
    const admin = world.user('admin');
    const member = world.user('ivy');
    expect((await member.slash('admin mentorship-guide', { guide: 'mentee' })).content).toContain('Only server admins');
    const panel = await admin.slash('admin mentorship-guide', { guide: 'mentee' });
    expect(panel.content).toContain('(the default, in each reader’s language)');
    // A panel left on the screen of someone who has since lost the permission opens no editor.
    const former = world.staffAdmin('former-admin');
    const stalePanel = await former.slash('admin mentorship-guide', { guide: 'mentee' });
    world.emulator.world.updateMember(world.guild.id, former.id, { roles: [] });
    const stalePress = await stalePanel.click('Edit this guide');
    expect(stalePress.kind).not.toBe('modal');
    expect(stalePress.content).toContain('Only server admins');
    const form = await panel.click('Edit this guide');
    expect(form.kind).toBe('modal');
    const saved = await form.submitModal({ text: 'Come prepared. [Free nitro](https://evil.example) <@&1> @everyone' });
    expect(saved.content).toBe(
      'The mentee guide on this server now reads as you wrote it. New pairs get it from now on.',
    );
    const jay = world.user('jay');
    const kim = world.user('kim');
    await mentor(jay, 'mobile');
    await pairUp(kim, jay, 'mobile');
    const dm = await kim.dmMatching(/Your mentorship with \*\*jay\*\*/u);
    expect(dm.embeds[0]?.description).toBe('Come prepared. \\[Free nitro](https://evil.example) <@&1> @everyone');
    expect(dm.pings).toEqual({ users: [], roles: [], everyone: false });
    const reset = await admin.slash('admin mentorship-guide', { guide: 'mentee', reset: true });
    expect(reset.content).toBe('The mentee guide is back to the default text.');
  });

  it('opens the space of a mentorship whose opening job was lost, by the sweep', async () => {
    const lea = world.user('lea');
    const max = world.user('max');
    const started = await startMentorshipInFreePlace(
      {
        guildId: world.guild.id,
        mentorId: lea.id,
        menteeId: max.id,
        requestId: 'lost-opening',
        startedAt: world.clock.now(),
        goals: GOALS,
        format: 'one-on-one',
      },
      1,
    );
    if (typeof started === 'string') throw new Error(started);
    await world.advanceTime(6 * 60_000);
    expect(summaryIn(threadOf(lea.id)).embeds[0]?.title).toBe('Mentorship: lea and max');
    expect((await MentorshipModel.findById(started.id).lean())?.space.openedAt).not.toBeNull();
  });

  it('without a mentorship channel: the admins are told in their channel, the pair confirm by DM', async () => {
    const admin = world.user('admin');
    const staff = world.emulator.world.createChannel(world.guild.id, { name: 'staff' });
    await admin.slash('admin applications-channel', { channel: staff.id });
    expect((await admin.slash('admin mentorship-channel')).content).toContain('No mentorship channel');
    const ned = world.user('ned');
    const ola = world.user('ola');
    await mentor(ned, 'ui-ux');
    await pairUp(ola, ned, 'ui-ux');
    const notice = await world.emulator.waitFor(
      () => world.emulator.state.messagesIn(staff.id).find((m) => m.content.includes('no mentorship channel is set')),
      { description: 'the notice in the admins’ channel' },
    );
    expect(notice.content).toContain(`**ned** (<@${ned.id}>) mentors **ola** (<@${ola.id}>)`);
    expect(notice.pings).toEqual({ users: [], roles: [], everyone: false });
    const dm = await ned.dmMatching(/has no private thread for you/u);
    expect(buttonsOn(dm).map((b) => b.label)).toEqual(['Confirm as mentor', 'Confirm as mentee']);
    await admin.slash('admin mentorship-channel', { channel: channel.id });
  });

  it('without the Pin Messages permission: no thread, the admins are told which permission, the pair get their DMs', async () => {
    const eli = world.user('eli');
    const fay = world.user('fay');
    await mentor(eli, 'cybersecurity');
    const botRole = world.emulator.state.guildRoles(world.guild.id).find((r) => r.botId === world.emulator.botUser.id);
    if (!botRole) throw new Error('no bot role');
    world.emulator.world.updateRole(world.guild.id, botRole.id, {
      permissions: botRole.permissions & ~PermissionFlagsBits.PinMessages,
    });
    await world.emulator.waitFor(() => true);
    await pairUp(fay, eli, 'cybersecurity');

    expect(
      world.emulator.state
        .threads(world.guild.id, channel.id)
        .filter((t) => world.emulator.state.threadMemberIds(t.id).includes(eli.id)),
    ).toEqual([]);
    // The admins' channel set by the test before; without one, the owner would get it by DM.
    const told = await world.emulator.waitFor(
      () => [...world.emulator.state.messages.values()].find((m) => m.content.includes('Pin Messages')),
      { description: 'the admins told about the missing permission' },
    );
    expect(told.content).toContain(`I lack **Pin Messages** there`);
    expect(told.pings.roles).toEqual([]);
    const dm = await fay.dmMatching(/has no private thread for you/u);
    expect(dm.embeds[0]?.title).toBe('Mentorship: eli and fay');
    expect(buttonsOn(dm).map((b) => b.label)).toEqual(['Confirm as mentor', 'Confirm as mentee']);
    const confirmed = await fay.press(dm, 'Confirm as mentee');
    expect(confirmed.content).toBe('Thanks, you confirmed the agreement.');
    await world.emulator.waitFor(() => buttonsOn(dm).length === 1, { description: 'the DM summary redrawn' });
    expect((await MentorshipModel.findOne({ mentorId: eli.id }).lean())?.space.problem).toBe('missing-permissions');
    world.emulator.world.updateRole(world.guild.id, botRole.id, {
      permissions: botRole.permissions | PermissionFlagsBits.PinMessages,
    });
  });
});
