import type { APIEmbed } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setActiveMenteeCount } from '../../models/mentor-profile.model.js';
import { findMentors } from '../../src/services/mentor-search.service.js';
import { fixtureUserId, seedMentors } from '../support/fixtures/mentors.js';
import type { Actor } from '../support/world/actor.js';
import type { Seen } from '../support/world/seen.js';
import { startWorld, type World } from '../support/world/world.js';

async function register(
  actor: Actor,
  options: Record<string, string | number>,
  picks: { specialties: string[]; formats: string[] },
  text: Record<string, string>,
): Promise<Seen> {
  const panel = await actor.slash('mentor register', options);
  const withSpecialties = await panel.select('Your specialties', picks.specialties);
  const withFormats = await withSpecialties.select('Formats you offer', picks.formats);
  const modal = await withFormats.click('Continue');
  return modal.submitModal({ bio: '', skills: '', ...text });
}

const idsIn = (embeds: readonly APIEmbed[]) =>
  [...(embeds[0]?.description ?? '').matchAll(/<@(\d+)>/g)].map((m) => m[1]);
const mentionedIds = (seen: Seen) => idsIn(seen.embeds);

describe('mentors, as members use them', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await world.stop();
  });

  it('registers a mentor through options, selects and a modal, and shows the profile', async () => {
    const alice = world.user('alice');
    const panel = await alice.slash('mentor register', { timezone: 'Europe/Berlin', years: 6, capacity: 2 });
    expect(panel.ephemeral).toBe(true);
    expect(panel.buttons()).toEqual([expect.objectContaining({ label: 'Continue', disabled: true })]);

    const saved = await register(
      alice,
      { timezone: 'Europe/Berlin', years: 6, capacity: 2, languages: 'en, German' },
      { specialties: ['web-development', 'cloud'], formats: ['one-on-one', 'code-review'] },
      {
        headline: 'Frontend lead, *happy* to review React code',
        bio: 'Ten years of shipping web apps.',
        skills: 'ReactJS, TS, k8s',
        availability: 'mon 18:00-20:00, wed 18:00-20:00',
      },
    );
    expect(saved.ephemeral).toBe(true);
    expect(saved.content).toMatch(/Your mentor profile is saved/);

    const profile = await alice.slash('mentor profile');
    expect(profile.text).toContain('Frontend lead, \\*happy\\* to review React code');
    expect(profile.text).toMatch(/Specialties: 🌐 Web development\n☁️ Cloud/);
    expect(profile.text).toContain('Skills: react, typescript, kubernetes');
    expect(profile.text).toContain('Languages: English and German');
    expect(profile.text).toContain('Capacity: 0 of 2 places used');
    expect(profile.text).toMatch(/Next availability: (<t:\d+:F> \(<t:\d+:R>\)|Available now)/);
    expect(profile.text).toContain('Status: Active, taking mentees');
  });

  it('refuses bad input with a clear ephemeral message and saves nothing', async () => {
    const bob = world.user('bob');
    const badZone = await bob.slash('mentor register', { timezone: 'Mars/Olympus', years: 2 });
    expect(badZone.ephemeral).toBe(true);
    expect(badZone.content).toMatch(/^`Mars\/Olympus` is not a time zone I know/);

    const picks = { specialties: ['data-science'], formats: ['group'] };
    const overlapping = await register(bob, { timezone: 'America/New_York', years: 2 }, picks, {
      headline: 'Data person',
      availability: 'tue 10:00-12:00, tue 11:00-13:00',
    });
    expect(overlapping.ephemeral).toBe(true);
    expect(overlapping.content).toMatch(/overlaps .*; merge them into one window/);

    const empty = await register(bob, { timezone: 'America/New_York', years: 2 }, picks, {
      headline: 'Data person',
      availability: '   ',
    });
    expect(empty.content).toMatch(/^Add at least one time window/);

    const noProfile = await bob.slash('mentor profile');
    expect(noProfile.content).toMatch(/couldn't find a mentor profile/);

    const unknown = await bob.slash('mentors find', { specialty: 'astrology' });
    expect(unknown.ephemeral).toBe(true);
    expect(unknown.content).toMatch(/^There is no specialty `astrology`/);
  });

  it('pauses and resumes: a paused mentor is not offered', async () => {
    const alice = world.user('alice');
    const carol = world.user('carol');
    await carol.slash('me timezone', { timezone: 'Europe/Paris' });
    const before = await carol.slash('mentors find', { specialty: 'cloud' });
    expect(mentionedIds(before)).toContain(alice.id);

    const paused = await alice.slash('mentor pause', { until: '2099-01-01' });
    expect(paused.content).toMatch(/at most a year|within a year|365/i);
    const pausedNow = await alice.slash('mentor pause');
    expect(pausedNow.content).toMatch(/^Paused/);
    const during = await carol.slash('mentors find', { specialty: 'cloud' });
    expect(mentionedIds(during)).not.toContain(alice.id);

    await alice.slash('mentor resume');
    const after = await carol.slash('mentors find', { specialty: 'cloud' });
    expect(mentionedIds(after)).toContain(alice.id);
  });

  it('ranks 200 mentors as the matching service does, pages for the asker only, and skips full mentors', async () => {
    await seedMentors({ guildId: world.guild.id, count: 200, specialty: 'devops-sre' }, world.clock);
    const full = fixtureUserId(7);
    await setActiveMenteeCount(world.guild.id, full, 3);

    const dave = world.user('dave');
    await dave.slash('me timezone', { timezone: 'Asia/Tokyo' });
    const first = await dave.slash('mentors find', { specialty: 'devops-sre', skill: 'kubernetes' });
    expect(first.ephemeral).toBe(true);

    const query = {
      guildId: world.guild.id,
      askerId: dave.id,
      specialty: 'devops-sre',
      skill: 'kubernetes',
      pageSize: 25,
    };
    const expected = await findMentors(query, world.clock);
    const order: string[] = [];
    for (let page = 1; page <= expected.pageCount; page += 1) {
      const { results } = await findMentors({ ...query, page }, world.clock);
      order.push(...results.map((r) => r.mentor.userId));
    }
    expect(order).toHaveLength(expected.total);
    expect(expected.total).toBeGreaterThan(150);
    expect(order).not.toContain(full);
    expect(mentionedIds(first)).toEqual(order.slice(0, 5));
    expect(first.embeds[0]?.footer?.text).toMatch(
      new RegExp(`^${expected.total} found · page 1 of ${Math.ceil(expected.total / 5)}`),
    );

    // The results are private: nobody else sees them, so nobody else can page them.
    await expect(first.click('Next', world.user('erin'))).rejects.toThrow(/cannot see ephemeral message/);

    const second = await first.click('Next');
    expect(second.kind).toBe('update');
    expect(mentionedIds(second)).toEqual(order.slice(5, 10));
    const back = await second.click('Previous');
    expect(mentionedIds(back)).toEqual(order.slice(0, 5));
  });

  it('ends a dated pause by itself and tells the mentor', async () => {
    const alice = world.user('alice');
    const inFourDays = new Date(world.clock.now().getTime() + 4 * 86_400_000).toISOString().slice(0, 10);
    const paused = await alice.slash('mentor pause', { until: inFourDays });
    expect(paused.content).toMatch(
      /^Paused\. Members cannot find you right now: you are paused until <t:\d+:F> \(`\/mentor resume` to come back sooner\)\.$/,
    );
    await world.advanceTime(2 * 86_400_000);
    expect((await alice.slash('mentor profile')).text).toMatch(/Status: Paused until/);
    await world.advanceTime(2 * 86_400_000);
    await alice.dmMatching(/Your mentoring pause is over/);
    expect((await alice.slash('mentor profile')).text).toContain('Status: Active, taking mentees');
  });

  it('offers specialties, skills and time zones as you type', async () => {
    const alice = world.user('alice');
    const specialties = await alice.autocomplete('mentors find', 'specialty', 'dev');
    expect(specialties[0]).toEqual({ name: '⚙️ DevOps and SRE', value: 'devops-sre' });
    const skills = await alice.autocomplete('mentors find', 'skill', 'kub', { specialty: 'devops-sre' });
    expect(skills.map((c) => c.value)).toContain('kubernetes');
    const zones = await alice.autocomplete('mentor register', 'timezone', 'berl');
    expect(zones[0]).toEqual({ name: 'Europe/Berlin', value: 'Europe/Berlin' });
  });
});
