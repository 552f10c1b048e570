import { ChannelType, PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MentorProfileModel } from '../../models/mentor-profile.model.js';
import type { Actor } from '../support/world/actor.js';
import type { Seen } from '../support/world/seen.js';
import { startWorld, type World } from '../support/world/world.js';

describe('the formal mentor program, and what members are told about their profile', () => {
  let world: World;
  let admin: Actor;
  let applicant: Actor;
  let other: Actor;
  beforeAll(async () => {
    world = await startWorld();
    admin = world.staffAdmin();
    applicant = world.user('ivy');
    world.emulator.world.updateMember(world.guild.id, applicant.id, { nick: 'Ivy the Teacher' });
    other = world.user('otto');
  });
  afterAll(async () => {
    await world.stop();
  });

  async function register(actor: Actor, mode: 'register' | 'edit' = 'register'): Promise<Seen> {
    const panel =
      mode === 'register'
        ? await actor.slash('mentor register', { timezone: 'UTC', years: 4, capacity: 1 })
        : await actor.slash('mentor edit');
    const picked = mode === 'register' ? await panel.select('Your specialties', ['cloud']) : panel;
    const ready = mode === 'register' ? await picked.select('Formats you offer', ['one-on-one']) : picked;
    const form = await ready.click('Continue');
    return form.submitModal({ headline: 'Cloud architect', availability: 'sat 10:00-12:00' });
  }

  it('warns the admin turning the program on when nobody would be told about applications', async () => {
    const on = await admin.slash('admin formal-program', { enabled: true });
    expect(on.content).toContain(
      'No applications channel is set, so nobody will be told when someone applies. Set one with `/admin applications-channel`.',
    );
    const botRole = world.emulator.state.guildRoles(world.guild.id).find((role) => role.botId !== null);
    const hidden = world.emulator.world.createChannel(world.guild.id, {
      name: 'staff-only',
      overwrites: [{ id: botRole?.id ?? '', type: 'role', deny: PermissionFlagsBits.SendMessages }],
    });
    const refused = await admin.slash('admin applications-channel', { channel: hidden.id });
    expect(refused.content).toBe(
      `I can't post in <#${hidden.id}>: I lack Send Messages there. Give my role those permissions in the channel's settings.`,
    );
    const reviews = world.emulator.world.createChannel(world.guild.id, {
      name: 'reviews',
      type: ChannelType.GuildText,
    });
    const set = await admin.slash('admin applications-channel', { channel: reviews.id });
    expect(set.content).toBe(`New mentor applications are announced in <#${reviews.id}>.`);
    expect((await admin.slash('admin formal-program', { enabled: true })).content).toContain(
      `New applications are announced in <#${reviews.id}>.`,
    );
  });

  it('tells the applicant the truth, announces the application to admins, and lists it', async () => {
    const saved = await register(applicant);
    expect(saved.content).toBe(
      'Thanks! Your mentor application is saved. Members cannot find you right now: your application waits for an admin to approve it (you will get a message when they decide).',
    );
    const reviews = world.emulator.state.guildChannels(world.guild.id).find((channel) => channel.name === 'reviews');
    const [announcement] = world.emulator.state.messagesIn(reviews?.id ?? '');
    expect(announcement?.embeds[0]?.title).toBe('New mentor application');
    expect(announcement?.embeds[0]?.description).toContain(`<@${applicant.id}> (Ivy the Teacher)`);
    expect(announcement?.pings).toEqual({ users: [], roles: [], everyone: false });

    const listed = await admin.slash('admin applications');
    expect(listed.content).toBe('1 application waiting. Decide with `/admin approve` or `/admin reject`.');
    expect(listed.embeds[0]?.description).toMatch(
      new RegExp(`^<@${applicant.id}> \\(Ivy the Teacher\\): Cloud architect\\n`, 'u'),
    );
    expect((await other.slash('admin applications')).content).toBe('Only server admins (Manage Server) can do that.');
  });

  it('never shows an application to other members; the applicant and admins see it', async () => {
    const seenByOther = await other.slash('mentor profile', { user: applicant.id });
    expect(seenByOther.content).toBe("I couldn't find a mentor profile for that member. They are not a mentor here.");
    expect(seenByOther.embeds).toEqual([]);
    expect((await applicant.slash('mentor profile')).text).toContain(
      'Status: Waiting for an admin to approve the application',
    );
    expect((await admin.slash('mentor profile', { user: applicant.id })).text).toContain(
      'Status: Waiting for an admin to approve the application',
    );
  });

  it('after approval, everyone sees the profile with the mentor named beside the mention', async () => {
    await admin.slash('admin approve', { user: applicant.id });
    await applicant.dmMatching(/was approved\. Members can find you with `\/mentors find` now\./);
    const profile = await other.slash('mentor profile', { user: applicant.id });
    expect(profile.embeds[0]?.description?.split('\n')[0]).toBe(`<@${applicant.id}> (Ivy the Teacher)`);
    expect((await admin.slash('admin applications')).content).toBe(
      'No mentor applications are waiting for a decision.',
    );
  });

  it('tells a full or paused mentor who saves their profile that members cannot find them, and why', async () => {
    await MentorProfileModel.updateOne(
      { guildId: world.guild.id, userId: applicant.id },
      { $set: { activeMenteeCount: 1 } },
    );
    const saved = await register(applicant, 'edit');
    expect(saved.content).toBe(
      'Your mentor profile is saved. Members cannot find you right now: all your places are taken (1 of 1; you are offered again when one frees up, or raise your capacity with `/mentor edit`).',
    );
    const paused = await applicant.slash('mentor pause');
    expect(paused.content).toMatch(
      /^Paused\. Members cannot find you right now: you are paused \(`\/mentor resume` when you are back\); all your places are taken/u,
    );
    await MentorProfileModel.updateOne(
      { guildId: world.guild.id, userId: applicant.id },
      { $set: { activeMenteeCount: 0 } },
    );
    expect((await applicant.slash('mentor resume')).content).toBe(
      'Welcome back! Members can find you with `/mentors find` now.',
    );
  });
});
