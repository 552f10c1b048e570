import { ChannelType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MentorshipModel } from '../../models/mentorship.model.js';
import { registerMentor } from '../../src/services/mentor-profile.service.js';
import type { MessageRecord } from '../support/discord/state/records.js';
import type { Actor } from '../support/world/actor.js';
import { buttonsOn, type Seen } from '../support/world/seen.js';
import { startWorld, type World } from '../support/world/world.js';

const GOALS = 'I want to design a small event-driven system and have someone review it.';
const DAY_MS = 24 * 60 * 60_000;

describe('open requests to a specialty, as members and mentors live them', () => {
  let world: World;
  let admin: Actor;

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

  async function postOpenRequest(member: Actor, specialty: string): Promise<Seen> {
    const form = await member.slash('mentors request', { specialty });
    expect(form.kind).toBe('modal');
    return form.submitModal({ goals: GOALS });
  }

  /** The bot's post of this member's open request, wherever it is (a forum post or a channel message). */
  const postOf = (member: Actor, channelIds: readonly string[]): MessageRecord | undefined =>
    channelIds
      .flatMap((id) => world.emulator.state.messagesIn(id))
      .find((m) => m.embeds[0]?.description?.includes(`(<@${member.id}>) is looking for a mentor`));

  const statusOf = (post: MessageRecord | undefined) =>
    post?.embeds[0]?.fields?.find((f) => f.name === 'Status')?.value;

  const claim = (who: Actor, post: MessageRecord) => who.press(post, 'Claim');

  beforeAll(async () => {
    world = await startWorld();
    admin = world.user('admin', { admin: true });
  });
  afterAll(async () => {
    await world.stop();
  });

  it('is refused before the form while the server has no open-requests channel', async () => {
    const refused = await world.user('early').slash('mentors request', { specialty: 'cloud' });
    expect(refused.kind).toBe('message');
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toContain('This server has no channel for open requests yet');
  });

  it('posts in a forum; of two mentors claiming at once exactly one wins; a non-mentor is refused', async () => {
    const forum = world.emulator.world.createChannel(world.guild.id, {
      name: 'open-requests',
      type: ChannelType.GuildForum,
    });
    const set = await admin.slash('admin open-requests-channel', { channel: forum.id });
    expect(set.content).toBe(`Open requests are now posted in <#${forum.id}>.`);
    const notAdmin = await world.user('sneaky').slash('admin open-requests-channel', { channel: forum.id });
    expect(notAdmin.content).toContain('Only server admins');

    const [kim, lee, outsider] = [world.user('kim'), world.user('lee'), world.user('otto')];
    await mentor(kim, 'cloud');
    await mentor(lee, 'cloud');
    await mentor(outsider, 'mobile');
    const nora = world.user('nora');
    const posted = await postOpenRequest(nora, 'cloud');
    expect(posted.ephemeral).toBe(true);
    const [thread] = world.emulator.state.threads(world.guild.id, forum.id);
    expect(thread).toBeDefined();
    expect(posted.content).toContain(`Your request is posted in <#${thread?.id ?? ''}>`);
    expect(thread?.name).toBe('Cloud: nora');
    const post = postOf(nora, [thread?.id ?? '']);
    if (!post) throw new Error('The open request was not posted');
    expect(post.embeds[0]?.description).toContain(GOALS);
    expect(buttonsOn(post).map((b) => b.label)).toEqual(['Claim', 'Withdraw']);
    expect(post.pings).toEqual({ users: [], roles: [], everyone: false });

    const again = await postOpenRequest(nora, 'cloud');
    expect(again.content).toContain('You already have an open request in this specialty');

    const stranger = await claim(world.user('pat'), post);
    expect(stranger.ephemeral).toBe(true);
    expect(stranger.content).toBe('Only a mentor of this specialty on this server can claim it.');
    expect((await claim(outsider, post)).content).toBe('Only a mentor of this specialty on this server can claim it.');
    expect((await nora.press(post, 'Claim')).content).toBe("You can't claim your own request.");
    expect((await kim.press(post, 'Withdraw')).content).toBe(
      'Only the member who posted this request can withdraw it.',
    );

    const button = buttonsOn(post).find((b) => b.label === 'Claim');
    if (!button) throw new Error('No Claim button');
    const [first, second] = await Promise.all(
      [kim, lee].map((who) =>
        who.act(world.emulator.interactions.button({ userId: who.id, message: post, customId: button.customId })),
      ),
    );
    const answers = [first?.content ?? '', second?.content ?? ''];
    const winner = answers.findIndex((text) => text.startsWith('You claimed the request of'));
    expect(winner).toBeGreaterThanOrEqual(0);
    const [won, lost] = winner === 0 ? [kim, lee] : [lee, kim];
    expect(answers[1 - winner]).toBe(`Another mentor claimed this request first (<@${won.id}>).`);
    expect(lost.id).not.toBe(won.id);

    expect(await MentorshipModel.countDocuments({ menteeId: nora.id, status: 'active' })).toBe(1);
    expect(await MentorshipModel.countDocuments({ mentorId: won.id, menteeId: nora.id, status: 'active' })).toBe(1);
    await nora.dmMatching(new RegExp(`\\(<@${won.id}>\\) accepted your mentorship request`));
    await world.jobsSettled();
    expect(buttonsOn(post)).toEqual([]);
    expect(statusOf(post)).toContain(`(<@${won.id}>): their mentorship has started`);
  });

  it('expires an unclaimed request after 7 days in a text channel, tells the member and redraws the post', async () => {
    const board = world.emulator.world.createChannel(world.guild.id, { name: 'requests-board' });
    await admin.slash('admin open-requests-channel', { channel: board.id });
    const olga = world.user('olga');
    await postOpenRequest(olga, 'databases');
    const post = postOf(olga, [board.id]);
    if (!post) throw new Error('The open request was not posted');
    await world.advanceTime(6 * DAY_MS);
    expect(buttonsOn(post).map((b) => b.label)).toEqual(['Claim', 'Withdraw']);
    await world.advanceTime(DAY_MS + 60_000);
    await olga.dmMatching(/open request for a mentor in Databases was not claimed within 7 days/);
    expect(buttonsOn(post)).toEqual([]);
    expect(statusOf(post)).toBe('Expired: nobody claimed it within 7 days.');
    await world.advanceTime(DAY_MS);
    expect(olga.dms().filter((m) => m.content.includes('was not claimed'))).toHaveLength(1);
  });

  it('lets the member withdraw; a withdrawal racing a claim lets exactly one of them happen', async () => {
    const board = world.emulator.state.guildChannels(world.guild.id).find((c) => c.name === 'requests-board');
    const [quinn, sam, rita] = [world.user('quinn'), world.user('sam'), world.user('rita')];
    await mentor(rita, 'databases');
    await postOpenRequest(quinn, 'databases');
    const post = postOf(quinn, [board?.id ?? '']);
    if (!post) throw new Error('The open request was not posted');
    const withdrawn = await quinn.press(post, 'Withdraw');
    expect(withdrawn.content).toBe('You withdrew your open request; its post now says so.');
    expect(statusOf(post)).toBe('Withdrawn by the member.');
    expect(buttonsOn(post)).toEqual([]);

    await postOpenRequest(sam, 'databases');
    const raced = postOf(sam, [board?.id ?? '']);
    if (!raced) throw new Error('The open request was not posted');
    const [withdrawal, claimed] = await Promise.all([sam.press(raced, 'Withdraw'), rita.press(raced, 'Claim')]);
    const mentorships = await MentorshipModel.countDocuments({ menteeId: sam.id, mentorId: rita.id, status: 'active' });
    if (mentorships === 1) {
      expect(claimed.content).toMatch(/^You claimed the request of/);
      expect(withdrawal.content).toBe(`Another mentor claimed this request first (<@${rita.id}>).`);
    } else {
      expect(withdrawal.content).toBe('You withdrew your open request; its post now says so.');
      expect(claimed.content).toBe('The member withdrew this request.');
    }
  });
});
