import { GatewayDispatchEvents } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReputationEventModel } from '../../models/reputation-event.model.js';
import { SessionModel } from '../../models/session.model.js';
import { registerMentor } from '../../src/services/mentor-profile.service.js';
import type { Actor } from '../support/world/actor.js';
import { startWorld, type World } from '../support/world/world.js';

describe('sessions, as mentors and mentees log and confirm them', () => {
  let world: World;

  async function mentor(actor: Actor): Promise<void> {
    await registerMentor(
      {
        guildId: world.guild.id,
        userId: actor.id,
        specialties: ['cloud'],
        headline: `${actor.name} helps with cloud`,
        yearsExperience: 5,
        timezone: 'UTC',
        availability: 'mon-sun 00:00-24:00',
        capacity: 2,
        formats: ['one-on-one'],
      },
      world.clock,
    );
  }

  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await world.stop();
  });

  it('a logged session counts only after the mentee confirms it from the DM, and a replayed press counts once', async () => {
    const maria = world.user('maria');
    const tom = world.user('tom');
    await mentor(maria);
    const logged = await maria.slash('session log', {
      with: tom.id,
      minutes: 90,
      'days-ago': 2,
      format: 'code-review',
      topics: 'Reviewed the **payment** service',
      notes: 'Tom should read about idempotency',
    });
    expect(logged.ephemeral).toBe(true);
    expect(logged.content).toContain(`Session with <@${tom.id}> logged: 90 minutes`);
    const ask = await tom.dmMatching(/logged a mentoring session with you/);
    expect(ask.content).toContain('Topics: Reviewed the \\*\\*payment\\*\\* service');
    expect(ask.content).not.toContain('idempotency');

    const before = await maria.slash('session history');
    expect(before.text).toContain('**0** sessions held');
    expect(before.text).toContain('waiting for confirmation');

    const confirmed = await tom.press(ask, 'Confirm');
    expect(confirmed.kind).toBe('update');
    expect(confirmed.text).toContain(`The session with <@${maria.id}> is confirmed`);
    world.emulator.gateway.dispatch(GatewayDispatchEvents.InteractionCreate, confirmed.handle.payload);
    await world.emulator.waitFor(
      () =>
        world.logs.entries.filter((e) => e.message === 'Interaction handled' && e.interactionId === confirmed.handle.id)
          .length === 2,
    );
    expect(
      await ReputationEventModel.countDocuments({ guildId: world.guild.id, userId: maria.id, kind: 'session' }),
    ).toBe(1);
    // Discord refuses the replay's answer (40060): the first delivery answered, which is no failure of ours.
    const replayLogs = world.logs.entries.filter((e) => e.interactionId === confirmed.handle.id);
    expect(replayLogs.filter((e) => e.level === 'error').map((e) => e.message)).toEqual([]);

    const after = await maria.slash('session history');
    expect(after.text).toContain('**1** session held · **1.5 h** mentored · people helped: **1**');
    expect(after.text).toContain('Notes: Tom should read about idempotency');
    const profile = await tom.slash('mentor profile', { user: maria.id });
    expect(profile.text).toContain('Time given: 1.5 h mentored · people helped: 1');
    expect(profile.text).toContain('1 session held · reputation 10');
  });

  it('the mentee can dispute instead: it never counts and the mentor is told', async () => {
    const lee = world.user('lee');
    const ana = world.user('ana');
    await mentor(lee);
    await lee.slash('session log', { with: ana.id, minutes: 30 });
    const ask = await ana.dmMatching(/<@\d+> logged a mentoring session with you/);
    const disputed = await ana.press(ask, 'Dispute');
    expect(disputed.text).toContain('the session is disputed and does not count');
    await lee.dmMatching(new RegExp(`<@${ana.id}> disputed the session you logged`));
    expect((await lee.slash('session history')).text).toContain('**0** sessions held');
  });

  it('refuses what cannot be a session, privately', async () => {
    const nia = world.user('nia');
    const sam = world.user('sam');
    const notMentor = await nia.slash('session log', { with: sam.id, minutes: 30 });
    expect(notMentor.ephemeral).toBe(true);
    expect(notMentor.content).toContain('Only mentors can log sessions.');
    await mentor(nia);
    const self = await nia.slash('session log', { with: nia.id, minutes: 30 });
    expect(self.content).toBe("You can't log a session with yourself.");
    const outsider = world.emulator.world.createUser({ username: 'outsider' });
    const notMember = await nia.slash('session log', { with: outsider.id, minutes: 30 });
    expect(notMember.content).toBe('You can only log sessions with members of this server.');
    expect(await SessionModel.countDocuments({ guildId: world.guild.id, mentorId: nia.id })).toBe(0);
  });

  it('shows another member only the totals and the confirmed sessions both took part in; the mentee answers from /session pending when DMs are closed', async () => {
    const kim = world.user('kim');
    const closed = world.user('closed', { dmsOpen: false });
    const other = world.user('other');
    await mentor(kim);
    const logged = await kim.slash('session log', { with: closed.id, minutes: 60, notes: 'private words' });
    expect(logged.content).toContain('I could not message them');
    const pending = await closed.slash('session pending');
    expect(pending.text).toContain('Sessions waiting for your answer');
    await pending.click('Confirm');
    const seenByOther = await other.slash('session history', { user: kim.id });
    expect(seenByOther.text).toContain('**1** session held');
    expect(seenByOther.text).toContain('You see the confirmed sessions you took part in');
    expect(seenByOther.text).not.toContain('private words');
    const seenByMentee = await closed.slash('session history', { user: kim.id });
    expect(seenByMentee.text).toContain(`led for <@${closed.id}>`);
    expect(seenByMentee.text).not.toContain('private words');
  });
});
