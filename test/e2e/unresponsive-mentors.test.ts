import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateGuildSettings } from '../../models/guild-settings.model.js';
import { findMentorProfile } from '../../models/mentor-profile.model.js';
import { MentorshipRequestModel } from '../../models/mentorship-request.model.js';
import { registerMentor } from '../../src/services/mentor-profile.service.js';
import type { Actor } from '../support/world/actor.js';
import { buttonsOn, type Seen } from '../support/world/seen.js';
import { startWorld, type World } from '../support/world/world.js';

const GOALS = 'I want to ship my first production service and learn to review code well.';
const DAY_MS = 24 * 60 * 60_000;

describe('mentors who do not answer, and members who are turned away', () => {
  let world: World;

  async function mentor(actor: Actor, specialty: string, capacity = 3, headline?: string): Promise<void> {
    await registerMentor(
      {
        guildId: world.guild.id,
        userId: actor.id,
        specialties: [specialty],
        headline: headline ?? `${actor.name} helps with ${specialty}`,
        yearsExperience: 5,
        timezone: 'UTC',
        availability: 'mon-sun 00:00-24:00',
        capacity,
        formats: ['one-on-one'],
      },
      world.clock,
    );
  }

  async function ask(member: Actor, who: Actor, specialty: string): Promise<Seen> {
    const shown = await member.slash('mentors find', { specialty });
    const button = shown.buttons().find((b) => b.customId.endsWith(`:${who.id}`));
    if (!button) throw new Error(`${who.name} is not offered to ${member.name}`);
    const form = await member.act(
      world.emulator.interactions.button({ userId: member.id, message: shown.message, customId: button.customId }),
    );
    expect(form.kind).toBe('modal');
    return form.submitModal({ goals: GOALS });
  }

  const offered = async (member: Actor, specialty: string) =>
    (await member.slash('mentors find', { specialty })).embeds[0]?.description ?? '';

  beforeAll(async () => {
    world = await startWorld();
    await updateGuildSettings(world.guild.id, { applicationsChannelId: world.channel('general').id });
  });
  afterAll(async () => {
    await world.stop();
  });

  it('pauses a mentor whose requests expire unanswered twice in a row, closes the rest, and tells them how to come back', async () => {
    const dora = world.user('dora');
    const [amy, ben, cid] = [world.user('amy'), world.user('ben'), world.user('cid')];
    await mentor(dora, 'cloud');
    await ask(amy, dora, 'cloud');
    await world.advanceTime(DAY_MS);
    await ask(ben, dora, 'cloud');
    await world.advanceTime(DAY_MS);
    await ask(cid, dora, 'cloud');

    // Amy's request expires: one unanswered is not yet a pattern.
    await world.advanceTime(5 * DAY_MS + 60_000);
    await amy.dmMatching(/got no answer within 7 days/);
    expect((await findMentorProfile(world.guild.id, dora.id))?.status).toBe('active');
    expect(await offered(world.user('zed'), 'cloud')).toContain(`<@${dora.id}>`);

    // Ben's expires the next day: two in a row, so Dora is paused until she resumes.
    await world.advanceTime(DAY_MS);
    const told = await dora.dmMatching(/2 requests in a row left unanswered, so you are paused now/);
    expect(told.content).toContain('`/mentor resume` brings you back');
    expect((await findMentorProfile(world.guild.id, dora.id))?.status).toBe('paused');
    await world.jobsSettled();
    const notice = world.messages('general').find((m) => m.content.includes('mentorship requests in a row unanswered'));
    expect(notice?.content).toContain(`**dora** (<@${dora.id}>) left 2 mentorship requests in a row unanswered`);
    expect(notice?.pings).toEqual({ users: [], roles: [], everyone: false });

    // Cid's request could not be answered any more: it is closed at once, and Cid told.
    await cid.dmMatching(/was closed: they are away for now/);
    expect(await MentorshipRequestModel.countDocuments({ mentorId: dora.id, status: 'pending' })).toBe(0);
    expect(await offered(world.user('zed'), 'cloud')).not.toContain(`<@${dora.id}>`);

    const profile = await world.user('zed').slash('mentor profile', { user: dora.id });
    const field = profile.embeds[0]?.fields?.find((f) => f.name === 'Responsiveness');
    expect(field?.value).toBe('Answered 0 of 2 requests (0%)');

    const resumed = await dora.slash('mentor resume');
    expect(resumed.ephemeral).toBe(true);
    expect(await offered(world.user('zed'), 'cloud')).toContain(`<@${dora.id}>`);
    // The run starts again after a resume: one more expiry does not pause her.
    await ask(world.user('dee'), dora, 'cloud');
    await world.advanceTime(7 * DAY_MS + 60_000);
    await world.user('dee').dmMatching(/got no answer within 7 days/);
    expect((await findMentorProfile(world.guild.id, dora.id))?.status).toBe('active');
  });

  it('offers the next best mentors after a decline; their Request button works from the DM', async () => {
    const [ed, fay, gus, hal] = [world.user('ed'), world.user('fay'), world.user('gus'), world.user('hal')];
    await mentor(ed, 'game-development');
    await mentor(fay, 'game-development', 3, 'Unity and shaders');
    await mentor(gus, 'game-development', 1);
    await mentor(hal, 'game-development');
    const ivy = world.user('ivy');
    await ask(world.user('jon'), gus, 'game-development');
    await gus.press(await gus.dmMatching(/jon.*would like you to mentor them/), 'Accept');
    await hal.slash('mentor pause');

    await ask(ivy, ed, 'game-development');
    const form = await ed.press(await ed.dmMatching(/ivy.*would like you to mentor them/), 'Decline');
    await form.submitModal({ reason: '' });
    const outcome = await ivy.dmMatching(/can't take your mentorship request right now/);
    expect(outcome.content).toContain('These mentors could help you too');
    expect(outcome.content).toContain(`**1.** <@${fay.id}>: Unity and shaders (match`);
    const suggested = outcome.content.split('These mentors could help you too')[1] ?? '';
    for (const left of [ed, gus, hal]) expect(suggested).not.toContain(`<@${left.id}>`);
    expect(buttonsOn(outcome).map((b) => b.label)).toEqual(['Request 1']);

    const dmForm = await ivy.press(outcome, 'Request 1');
    expect(dmForm.kind).toBe('modal');
    const sent = await dmForm.submitModal({ goals: GOALS });
    expect(sent.ephemeral).toBe(true);
    expect(sent.content).toContain(`on its way to **fay** (<@${fay.id}>)`);
    const request = await fay.dmMatching(/ivy.*would like you to mentor them/);
    expect(request.embeds[0]?.description).toContain(GOALS);
    expect(
      await MentorshipRequestModel.countDocuments({ guildId: world.guild.id, menteeId: ivy.id, mentorId: fay.id }),
    ).toBe(1);

    // Someone who has left the server meanwhile cannot ask its mentors from an old DM.
    world.emulator.world.removeMember(world.guild.id, ivy.id);
    const refused = await ivy.press(outcome, 'Request 1');
    expect(refused.kind).toBe('message');
    expect(refused.content).toBe("You're not a member of that server any more, so you can't ask its mentors.");
  });
});
