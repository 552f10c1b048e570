import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerMentor } from '../../src/services/mentor-profile.service.js';
import { startMentorSearch } from '../../src/services/mentor-finder.service.js';
import { MentorDirectory } from '../../src/services/mentor-search/mentor-directory.js';
import type { Actor } from '../support/world/actor.js';
import { buttonsOn, type Seen } from '../support/world/seen.js';
import { startWorld, type World } from '../support/world/world.js';

const mentionedIn = (seen: Seen) =>
  [...(seen.embeds[0]?.description ?? '').matchAll(/<@(\d+)>/g)].map((m) => m[1] ?? '');

describe('mentor search, as members use it', () => {
  let world: World;

  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await world.stop();
  });

  /** Registers through the panel, selects and form, as a member does. */
  async function register(actor: Actor, specialty: string, capacity = 2): Promise<Seen> {
    const panel = await actor.slash('mentor register', { timezone: 'Europe/Berlin', years: 4, capacity });
    const picked = await panel.select('Your specialties', [specialty]);
    const ready = await picked.select('Formats you offer', ['one-on-one']);
    const form = await ready.click('Continue');
    return form.submitModal({
      headline: `${actor.name} mentors ${specialty}`,
      bio: '',
      skills: 'typescript',
      availability: 'mon-sun 08:00-20:00',
    });
  }

  const publicPosts = () => world.messages('general').filter((message) => message.visibleTo === null);

  async function offered(specialty: string, member = world.user('seeker')): Promise<string[]> {
    return mentionedIn(await member.slash('mentors find', { specialty }));
  }

  it('shows results privately, names beside mentions, each fact once; Share posts the page for everyone', async () => {
    const alice = world.user('alice');
    await register(alice, 'ui-ux');
    const bob = world.user('bob');
    const results = await bob.slash('mentors find', { specialty: 'ui-ux' });
    expect(results.ephemeral).toBe(true);
    const description = results.embeds[0]?.description ?? '';
    expect(description).toContain(`**1.** **alice** (<@${alice.id}>) · match **`);
    expect(description).toMatch(/match \*\*\d+\*\*\/100/);
    expect(description.match(/free/g)).toHaveLength(1);
    expect(description).not.toContain('time zone');
    expect(results.embeds[0]?.footer?.text).toContain('Set your time zone with `/me timezone`');
    expect(results.buttons().map((b) => b.label)).toEqual(['Request 1', 'Share in channel']);

    const before = publicPosts().length;
    const shared = await results.click('Share in channel');
    const post = publicPosts().at(-1)!;
    expect(publicPosts()).toHaveLength(before + 1);
    expect(post.content).toBe(`**bob** (<@${bob.id}>) shared these mentor search results.`);
    expect(post.pings).toEqual({ users: [], roles: [], everyone: false });
    expect(post.embeds[0]?.description).toBe(description);
    expect(buttonsOn(post).map((b) => b.label)).toEqual(['Request 1']);
    // The private results stay as they were.
    expect(shared.embeds[0]?.description).toBe(description);
    // Anyone in the channel can ask the shared mentor.
    expect((await world.user('carol').press(post, 'Request 1')).kind).toBe('modal');
  });

  it('offers every change to a mentor in the very next search', async () => {
    const dan = world.user('dan');
    await register(dan, 'databases', 1);
    expect(await offered('databases')).toEqual([dan.id]);

    // Edit: another specialty.
    const panel = await dan.slash('mentor edit');
    const picked = await panel.select('Your specialties', ['cybersecurity']);
    const form = await picked.click('Continue');
    await form.submitModal({
      headline: 'Now security',
      bio: '',
      skills: 'owasp',
      availability: 'mon-sun 08:00-20:00',
    });
    expect(await offered('databases')).toEqual([]);
    expect(await offered('cybersecurity')).toEqual([dan.id]);

    await dan.slash('mentor pause');
    expect(await offered('cybersecurity')).toEqual([]);
    await dan.slash('mentor resume');
    expect(await offered('cybersecurity')).toEqual([dan.id]);

    // Fill up: the one place is taken when Dan accepts a request.
    const erin = world.user('erin');
    const results = await erin.slash('mentors find', { specialty: 'cybersecurity' });
    const goals = await results.click('Request 1');
    await goals.submitModal({ goals: 'I would like to learn threat modelling this year.' });
    const request = await dan.dmMatching(/would like you to mentor them/);
    await dan.press(request, 'Accept');
    expect(await offered('cybersecurity')).toEqual([]);

    const fay = world.user('fay');
    await register(fay, 'cybersecurity');
    expect(await offered('cybersecurity')).toEqual([fay.id]);
    await fay.slash('mentor retire');
    expect(await offered('cybersecurity')).toEqual([]);

    // Under a formal program an applicant is offered from the moment an admin approves them.
    const admin = world.user('admin', { admin: true });
    await admin.slash('admin formal-program', { enabled: true });
    const gus = world.user('gus');
    await register(gus, 'game-development');
    expect(await offered('game-development')).toEqual([]);
    await admin.slash('admin approve', { user: gus.id });
    expect(await offered('game-development')).toEqual([gus.id]);
    await admin.slash('admin formal-program', { enabled: false });
  });

  it('agrees with another process on the same database: each sees the other’s writes at once', async () => {
    // The other process's own read model, warmed up before the writes.
    const elsewhere = new MentorDirectory();
    const seekerId = world.user('seeker').id;
    const searchElsewhere = async () =>
      (await startMentorSearch(world.guild.id, seekerId, query('mobile'), world.clock, elsewhere)).results.map(
        (r) => r.mentor.userId,
      );
    expect(await searchElsewhere()).toEqual([]);
    expect(await offered('mobile')).toEqual([]);

    // Written here, through the bot: seen there.
    const hana = world.user('hana');
    await register(hana, 'mobile');
    expect(await searchElsewhere()).toEqual([hana.id]);

    // Written there: seen here, through the bot.
    const ivan = world.user('ivan');
    await registerMentor(
      {
        guildId: world.guild.id,
        userId: ivan.id,
        specialties: ['mobile'],
        headline: 'Written by the other process',
        yearsExperience: 9,
        timezone: 'Europe/Berlin',
        availability: 'mon-sun 08:00-20:00',
        capacity: 3,
        formats: ['one-on-one'],
      },
      world.clock,
    );
    expect((await offered('mobile')).sort()).toEqual([hana.id, ivan.id].sort());
    await hana.slash('mentor pause');
    expect(await searchElsewhere()).toEqual([ivan.id]);
  });

  it('keeps refusals private and answers everyone while a crowd searches at once', async () => {
    const crowd = Array.from({ length: 30 }, (_, i) => world.user(`crowd-${i}`));
    const before = publicPosts().length;
    const answers = await Promise.all(
      crowd.map((member, i) => member.slash('mentors find', { specialty: i % 2 === 0 ? 'mobile' : 'astrology' })),
    );
    for (const [i, answer] of answers.entries()) {
      expect(answer.ephemeral).toBe(true);
      if (i % 2 === 0) expect(mentionedIn(answer).length).toBeGreaterThan(0);
      else expect(answer.content).toMatch(/There is no specialty .astrology./);
    }
    expect(publicPosts()).toHaveLength(before);
  });
});

function query(specialty: string) {
  return { specialty, skill: null, format: null, language: null, available: null };
}
