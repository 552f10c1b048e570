import { GatewayDispatchEvents } from 'discord-api-types/v10';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MentorshipModel } from '../../models/mentorship.model.js';
import { JOBS_COLLECTION } from '../../src/jobs/job-scheduler.js';
import { registerMentor } from '../../src/services/mentor-profile.service.js';
import type { MessageRecord } from '../support/discord/state/records.js';
import type { Actor } from '../support/world/actor.js';
import { buttonsOn, type Seen } from '../support/world/seen.js';
import { startWorld, type World } from '../support/world/world.js';

const GOALS = 'I want to move from support into backend work within a year.';
const DAY_MS = 24 * 60 * 60_000;

describe('mentorship requests, as members and mentors live them', () => {
  let world: World;

  async function mentor(actor: Actor, specialty: string, capacity = 2): Promise<void> {
    await registerMentor(
      {
        guildId: world.guild.id,
        userId: actor.id,
        specialties: [specialty],
        headline: `${actor.name} helps with ${specialty}`,
        yearsExperience: 5,
        timezone: 'UTC',
        availability: 'mon-sun 00:00-24:00',
        capacity,
        formats: ['one-on-one'],
      },
      world.clock,
    );
  }

  /** Presses the Request button of `who` on the member's search results: a form, or a refusal. */
  async function pressRequest(member: Actor, who: Actor, specialty: string, results?: Seen): Promise<Seen> {
    const shown = results ?? (await member.slash('mentors find', { specialty }));
    const button = shown.buttons().find((b) => b.customId.endsWith(`:${who.id}`));
    if (!button) throw new Error(`${who.name} is not offered to ${member.name}`);
    return member.act(
      world.emulator.interactions.button({ userId: member.id, message: shown.message, customId: button.customId }),
    );
  }

  async function ask(member: Actor, who: Actor, specialty: string): Promise<Seen> {
    const form = await pressRequest(member, who, specialty);
    expect(form.kind).toBe('modal');
    return form.submitModal({ goals: GOALS });
  }

  /** The request DM a mentor got from a member (its live record: later edits show). */
  const requestDm = (who: Actor, from: Actor) =>
    who.dmMatching(new RegExp(`\\(<@${from.id}>\\) would like you to mentor them`));

  const dmsMatching = (actor: Actor, pattern: RegExp) =>
    actor.dms().filter((m) => pattern.test([m.content, ...m.embeds.map((e) => e.description ?? '')].join('\n')));

  const answerOf = (message: MessageRecord) => message.embeds[0]?.fields?.find((f) => f.name === 'Answer')?.value;

  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await world.stop();
  });

  it('sends the request with names beside mentions; the mentor accepts and the place is taken', async () => {
    const alice = world.user('alice');
    const bob = world.user('bob');
    await mentor(alice, 'cloud', 1);
    const sent = await ask(bob, alice, 'cloud');
    expect(sent.content).toContain(`on its way to **alice** (<@${alice.id}>)`);
    const request = await requestDm(alice, bob);
    expect(request.embeds[0]?.description).toContain(`**bob** (<@${bob.id}>) would like you to mentor them`);
    expect(request.embeds[0]?.description).toContain(GOALS);
    expect(buttonsOn(request).map((b) => b.label)).toEqual(['Accept', 'Decline', 'Decline and block']);

    const twice = await pressRequest(bob, alice, 'cloud');
    expect(twice.kind).toBe('message');
    expect(twice.ephemeral).toBe(true);
    expect(twice.content).toBe('You already asked this mentor; their answer is on its way.');

    const requestId = buttonsOn(request)[0]?.customId.split(':')[2];
    const accepted = await alice.press(request, 'Accept');
    expect(accepted.kind).toBe('update');
    expect(accepted.buttons()).toEqual([]);
    expect(accepted.text).toContain('You accepted this request.');
    await bob.dmMatching(new RegExp(`\\*\\*alice\\*\\* \\(<@${alice.id}>\\) accepted your mentorship request`));

    const profile = await alice.slash('mentor profile');
    expect(profile.text).toContain('Capacity: 1 of 1 places used');
    expect(await MentorshipModel.countDocuments({ mentorId: alice.id, menteeId: bob.id, status: 'active' })).toBe(1);
    await world.jobsSettled();
    const jobs = mongoose.connection.collection(JOBS_COLLECTION);
    expect(await jobs.countDocuments({ 'data.requestId': requestId })).toBe(0);
    const full = await world.user('frank').slash('mentors find', { specialty: 'cloud' });
    expect(full.embeds[0]?.description ?? '').not.toContain(`<@${alice.id}>`);
  });

  it('lets the mentor decline with a note the member reads, then holds the member off for the cooling-off', async () => {
    const dan = world.user('dan');
    const carol = world.user('carol');
    await mentor(dan, 'mobile');
    await ask(carol, dan, 'mobile');
    const listed = await dan.slash('mentor requests');
    expect(listed.content).toBe('1 request waiting:');
    const form = await dan.press(await requestDm(dan, carol), 'Decline');
    const declined = await form.submitModal({ reason: 'My evenings are full until spring, sorry!' });
    expect(declined.kind).toBe('update');
    expect(declined.text).toContain('You declined this request.');
    await carol.dmMatching(/Their note: My evenings are full until spring, sorry!/);

    await world.advanceTime(10 * DAY_MS);
    const refused = await pressRequest(carol, dan, 'mobile');
    expect(refused.kind).toBe('message');
    expect(refused.ephemeral).toBe(true);
    const expected = (world.clock.now().getTime() + 20 * DAY_MS) / 1000;
    expect(refused.content).toContain(`**dan** (<@${dan.id}>) declined your last request.`);
    const until = Number(/You can ask them again <t:(\d+):R>/u.exec(refused.content)?.[1]);
    expect(Math.abs(until - expected)).toBeLessThan(5);

    const admin = world.user('admin-ada', { admin: true });
    const set = await admin.slash('admin request-cooldown', { days: 7 });
    expect(set.content).toBe('A declined member now waits 7 days before asking the same mentor again.');
    expect((await pressRequest(carol, dan, 'mobile')).kind).toBe('modal');
    const notAdmin = await carol.slash('admin request-cooldown', { days: 0 });
    expect(notAdmin.content).toContain('Only server admins');
  });

  it('lets the mentor answer from /mentor requests, one message per request', async () => {
    const eve = world.user('eve');
    const george = world.user('george');
    const hana = world.user('hana');
    await mentor(eve, 'data-science');
    await ask(george, eve, 'data-science');
    await ask(hana, eve, 'data-science');
    const listed = await eve.slash('mentor requests');
    expect(listed.content).toBe('2 requests waiting:');
    expect(listed.embeds[0]?.description).toContain(`**george** (<@${george.id}>)`);
    const [second] = await listed.handle.waitForFollowUps(1);
    expect(second?.embeds[0]?.description).toContain(`**hana** (<@${hana.id}>)`);

    const accepted = await listed.click('Accept');
    expect(accepted.text).toContain('You accepted this request.');
    await george.dmMatching(/accepted your mentorship request/);
    expect(second?.components).not.toEqual([]);
    const stillThere = await eve.slash('mentor requests');
    expect(stillThere.content).toBe('1 request waiting:');
    // The DM George's request came by is redrawn too, so no stale buttons are left there.
    await world.jobsSettled();
    expect(buttonsOn(await requestDm(eve, george))).toEqual([]);
  });

  it('expires an unanswered request after 7 days: the member is told, the mentor’s DM is redrawn and they are told once', async () => {
    const ivan = world.user('ivan');
    const erin = world.user('erin');
    await mentor(ivan, 'ai-ml');
    await ask(erin, ivan, 'ai-ml');
    const request = await requestDm(ivan, erin);
    await world.advanceTime(6 * DAY_MS);
    expect(erin.dms()).toEqual([]);
    await world.advanceTime(DAY_MS + 60_000);
    await erin.dmMatching(/got no answer within 7 days/);
    expect(buttonsOn(request)).toEqual([]);
    expect(answerOf(request)).toBe('This request expired: it got no answer within 7 days.');
    const told = await ivan.dmMatching(/The mentorship request from \*\*erin\*\* .* expired/);
    expect(told.referencedMessageId).toBe(request.id);

    await world.advanceTime(DAY_MS);
    expect(dmsMatching(ivan, /expired: it got no answer/)).toHaveLength(1);
    expect(dmsMatching(erin, /got no answer within 7 days/)).toHaveLength(1);
  });

  it('expires a request whose expiry job was never scheduled, by the sweep', async () => {
    const judy = world.user('judy');
    const kai = world.user('kai');
    await mentor(judy, 'cybersecurity');
    await ask(kai, judy, 'cybersecurity');
    // As if the process had stopped between saving the request and scheduling its expiry.
    await mongoose.connection.collection(JOBS_COLLECTION).deleteMany({ name: 'mentorship-request.expire' });
    await world.advanceTime(7 * DAY_MS + 60_000);
    await world.advanceTime(6 * 60_000);
    await kai.dmMatching(/got no answer within 7 days/);
    expect(buttonsOn(await requestDm(judy, kai))).toEqual([]);
  });

  it('tells the member exactly once when the press’s acknowledgement and the member’s DM fail with 5xx, and a replay decides nothing', async () => {
    const lena = world.user('lena');
    const max = world.user('max');
    await mentor(lena, 'databases');
    await ask(max, lena, 'databases');
    const request = await requestDm(lena, max);
    const isDmTo = (actor: Actor, path: string) =>
      world.emulator.state.channel(path.split('/')[2] ?? '')?.recipientId === actor.id;
    world.emulator.faults.serverError('POST /interactions/:interactionId/:token/callback', { count: 2 });
    world.emulator.faults.serverError(
      (call) => call.method === 'POST' && call.route === '/channels/:channelId/messages' && isDmTo(max, call.path),
      { count: 2 },
    );
    const accept = buttonsOn(request).find((b) => b.label === 'Accept');
    if (!accept) throw new Error('no Accept button');
    const press = world.emulator.interactions.button({ userId: lena.id, message: request, customId: accept.customId });

    await world.emulator.waitFor(() => buttonsOn(request).length === 0, { description: 'the request DM redrawn' });
    await world.jobsSettled();
    expect(answerOf(request)).toBe('You accepted this request.');
    expect(dmsMatching(max, /accepted your mentorship request/)).toHaveLength(0);
    expect(world.logs.entries.some((e) => e.message.startsWith('Could not acknowledge a press'))).toBe(true);

    await world.advanceTime(60_000);
    expect(dmsMatching(max, /accepted your mentorship request/)).toHaveLength(1);

    // Discord delivering the same press again: it is refused, and nothing is decided or sent twice.
    world.emulator.gateway.dispatch(GatewayDispatchEvents.InteractionCreate, press.payload);
    await world.emulator.waitFor(() =>
      world.logs.entries.some((e) => e.message === 'User error' && e.interactionId === press.id),
    );
    await world.advanceTime(60 * 60_000);
    expect(dmsMatching(max, /accepted your mentorship request/)).toHaveLength(1);
    expect(await MentorshipModel.countDocuments({ mentorId: lena.id })).toBe(1);
    expect((await lena.slash('mentor profile')).text).toContain('Capacity: 1 of 2 places used');
  });

  it('lets a member see and withdraw their requests; the mentor’s DM then says so', async () => {
    const nora = world.user('nora');
    const omar = world.user('omar');
    const pia = world.user('pia');
    await mentor(nora, 'devops-sre');
    await mentor(omar, 'devops-sre');
    await ask(pia, nora, 'devops-sre');
    await ask(pia, omar, 'devops-sre');
    const mine = await pia.slash('me requests');
    expect(mine.ephemeral).toBe(true);
    expect(mine.embeds[0]?.title).toBe('Your requests waiting for an answer');
    expect(mine.embeds[0]?.description).toContain(`**1.** **nora** (<@${nora.id}>)`);
    expect(mine.buttons().map((b) => b.label)).toEqual(['Withdraw 1', 'Withdraw 2']);

    const after = await mine.click('Withdraw 1');
    expect(after.kind).toBe('update');
    expect(after.content).toContain(`You withdrew your request to **nora** (<@${nora.id}>)`);
    expect(after.buttons().map((b) => b.label)).toEqual(['Withdraw 1']);
    expect(after.embeds[0]?.description).toContain(`**omar** (<@${omar.id}>)`);
    const dm = await requestDm(nora, pia);
    await world.emulator.waitFor(() => buttonsOn(dm).length === 0, { description: 'nora’s DM redrawn' });
    expect(answerOf(dm)).toBe(`**pia** (<@${pia.id}>) withdrew this request.`);
    expect((await nora.slash('mentor requests')).content).toBe('No requests are waiting for you.');
  });

  it('refuses before the goals form: the limit, a full mentor, and a member the mentor blocked', async () => {
    const quinn = world.user('quinn');
    const mentors = ['rita', 'sam', 'tom', 'uma'].map((name) => world.user(name));
    for (const m of mentors) await mentor(m, 'game-development', 1);
    const [rita, sam, tom, uma] = mentors as [Actor, Actor, Actor, Actor];
    const results = await quinn.slash('mentors find', { specialty: 'game-development' });
    for (const m of [rita, sam, tom]) await ask(quinn, m, 'game-development');
    const limit = await pressRequest(quinn, uma, 'game-development', results);
    expect(limit.kind).toBe('message');
    expect(limit.content).toContain('You already have 3 requests waiting for an answer.');

    const vera = world.user('vera');
    await ask(vera, uma, 'game-development');
    const blocked = await uma.press(await requestDm(uma, vera), 'Decline and block');
    expect(blocked.text).toContain('You declined this request.');
    expect(blocked.text).toContain('`/mentor unblock` lifts the block');
    await vera.dmMatching(/can't take your mentorship request right now/);
    const refused = await pressRequest(vera, uma, 'game-development');
    expect(refused.content).toContain('is not taking requests from you');
    const unblocked = await uma.slash('mentor unblock', { user: vera.id });
    expect(unblocked.content).toBe(`**vera** (<@${vera.id}>) can ask you for mentorship again.`);
    // Blocking declined the request, so the cooling-off after a decline still applies.
    expect((await pressRequest(vera, uma, 'game-development')).content).toContain('declined your last request');

    const walt = world.user('walt');
    const stale = await walt.slash('mentors find', { specialty: 'game-development' });
    await rita.press(await requestDm(rita, quinn), 'Accept');
    const full = await pressRequest(walt, rita, 'game-development', stale);
    expect(full.content).toContain('has no free place right now');
  });

  it('closes a retiring mentor’s waiting requests and tells the members', async () => {
    const xena = world.user('xena');
    const yuri = world.user('yuri');
    await mentor(xena, 'ui-ux');
    await ask(yuri, xena, 'ui-ux');
    const dm = await requestDm(xena, yuri);
    const retired = await xena.slash('mentor retire');
    expect(retired.content).toContain('1 waiting request was closed and the member told.');
    await yuri.dmMatching(/was closed: they are no longer mentoring here/);
    await world.emulator.waitFor(() => buttonsOn(dm).length === 0, { description: 'xena’s DM redrawn' });
    expect(answerOf(dm)).toBe('Closed: you retired from mentoring.');
  });

  it('does not push one mentor to more members than they have places: waiting requests rank them lower, and say so', async () => {
    const [aaron, zoe] = [world.user('aaron'), world.user('zoe')];
    await mentor(aaron, 'systems-embedded', 1);
    await mentor(zoe, 'systems-embedded', 1);
    const seeker = world.user('seeker');
    const order = async () =>
      (await seeker.slash('mentors find', { specialty: 'systems-embedded' }))
        .buttons()
        .map((b) => b.customId.split(':').at(-1))
        .filter((id) => id !== undefined && /^\d{17,20}$/u.test(id));
    // Equal mentors: the lower user id comes first while nobody waits for either.
    expect(await order()).toEqual([aaron.id, zoe.id]);
    await ask(world.user('early-bird'), aaron, 'systems-embedded');
    // The figures move just after the member's answer; the next searches see them.
    await vi.waitFor(
      async () => {
        expect(await order()).toEqual([zoe.id, aaron.id]);
      },
      { timeout: 10_000, interval: 200 },
    );
    const page = await seeker.slash('mentors find', { specialty: 'systems-embedded' });
    expect(page.text).toContain('many requests waiting: 1 for 1 of 1 free places');
  });
});
