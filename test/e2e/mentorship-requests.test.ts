import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerMentor } from '../../src/services/mentor-profile.service.js';
import type { Actor } from '../support/world/actor.js';
import { startWorld, type World } from '../support/world/world.js';

const GOALS = 'I want to move from support into backend work within a year.';

describe('mentorship requests, as members and mentors live them', () => {
  let world: World;
  let alice: Actor;
  let dan: Actor;

  async function mentor(actor: Actor, capacity: number): Promise<void> {
    await registerMentor(
      {
        guildId: world.guild.id,
        userId: actor.id,
        specialties: ['cloud'],
        headline: `${actor.name} helps with cloud`,
        yearsExperience: 5,
        timezone: 'UTC',
        availability: 'mon-sun 00:00-24:00',
        capacity,
        formats: ['one-on-one'],
      },
      world.clock,
    );
  }

  async function ask(member: Actor, mentorRank: number) {
    const results = await member.slash('mentors find', { specialty: 'cloud' });
    const form = await results.click(`Request ${mentorRank}`);
    expect(form.kind).toBe('modal');
    return form.submitModal({ goals: GOALS });
  }

  beforeAll(async () => {
    world = await startWorld();
    alice = world.user('alice');
    dan = world.user('dan');
    await mentor(alice, 1);
  });
  afterAll(async () => {
    await world.stop();
  });

  it('sends the request to the mentor, who accepts it; the place is taken', async () => {
    const bob = world.user('bob');
    const sent = await ask(bob, 1);
    expect(sent.content).toMatch(new RegExp(`on its way to <@${alice.id}>`));
    const request = await alice.dmMatching(/would like you to mentor them/);
    expect(request.embeds[0]?.description).toContain(`<@${bob.id}> would like you to mentor them`);
    expect(request.embeds[0]?.description).toContain(GOALS);

    const twice = await ask(bob, 1);
    expect(twice.content).toBe('You already asked this mentor; their answer is on its way.');

    const accepted = await alice.press(request, 'Accept');
    expect(accepted.kind).toBe('update');
    expect(accepted.buttons()).toEqual([]);
    expect(accepted.text).toContain('You accepted this request.');
    await bob.dmMatching(new RegExp(`<@${alice.id}> accepted your mentorship request`));

    const profile = await alice.slash('mentor profile');
    expect(profile.text).toContain('Capacity: 1 of 1 places used');
    const full = await world.user('frank').slash('mentors find', { specialty: 'cloud' });
    expect(full.embeds[0]?.description).not.toContain(`<@${alice.id}>`);
  });

  it('lets the mentor decline with a note the member reads', async () => {
    await mentor(dan, 2);
    const carol = world.user('carol');
    await ask(carol, 1);
    const listed = await dan.slash('mentor requests');
    expect(listed.content).toBe('1 request(s) waiting:');
    const form = await dan.press(await dan.dmMatching(new RegExp(`<@${carol.id}> would like`)), 'Decline');
    const declined = await form.submitModal({ reason: 'My evenings are full until spring, sorry!' });
    expect(declined.text).toContain('You declined this request.');
    await carol.dmMatching(/Their note: My evenings are full until spring, sorry!/);
  });

  it('lets the mentor answer from /mentor requests, one message per request', async () => {
    const george = world.user('george');
    const hana = world.user('hana');
    await ask(george, 1);
    await ask(hana, 1);
    const listed = await dan.slash('mentor requests');
    expect(listed.content).toBe('2 request(s) waiting:');
    expect(listed.embeds[0]?.description).toContain(`<@${george.id}>`);
    const [second] = await listed.handle.waitForFollowUps(1);
    expect(second?.embeds[0]?.description).toContain(`<@${hana.id}>`);

    const accepted = await listed.click('Accept');
    expect(accepted.text).toContain('You accepted this request.');
    await george.dmMatching(/accepted your mentorship request/);
    expect(second?.components).not.toEqual([]);
    const stillThere = await dan.slash('mentor requests');
    expect(stillThere.content).toBe('1 request(s) waiting:');
  });

  it('expires an unanswered request after 7 days and tells the member', async () => {
    const erin = world.user('erin');
    await ask(erin, 1);
    const request = await dan.dmMatching(new RegExp(`<@${erin.id}> would like`));
    await world.advanceTime(6 * 24 * 60 * 60_000);
    expect(erin.dms()).toEqual([]);
    await world.advanceTime(24 * 60 * 60_000 + 60_000);
    await erin.dmMatching(/got no answer within 7 days/);
    const late = await dan.press(request, 'Accept');
    expect(late.ephemeral).toBe(true);
    expect(late.content).toBe('This request was already expired.');
  });
});
