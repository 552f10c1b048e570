import { beforeAll, describe, expect, it } from 'vitest';
import {
  autocompleteSkills,
  findMentors,
  type FindMentorsInput,
  type MentorSearchPage,
} from '../../src/services/mentor-search.service.js';
import { registerMentor, retireMentor, type RegisterMentorInput } from '../../src/services/mentor-profile.service.js';
import { setMemberAvailability, setMemberTimezone } from '../../src/services/member-profile.service.js';
import { updateMentorProgramSettings } from '../../src/services/guild-settings.service.js';
import { archiveSpecialty } from '../../src/services/specialty.service.js';
import { MentorProfileModel, setActiveMenteeCount } from '../../models/mentor-profile.model.js';
import { FixedClock } from '../support/fixed-clock.js';
import { mentorFixtures, seedMentors } from '../support/fixtures/mentors.js';
import { newGuildId, useServiceDatabase } from '../support/service-database.js';
import { expectInvalidInput } from '../support/user-errors.js';
import { translatorFor } from '../../src/i18n/i18n.js';
import type { ScoreReason } from '../../src/services/mentor-score.js';
import { scoreReasonText } from '../../src/views/score-reason.view.js';

/** A score's reason as an English-speaking member reads it. */
const english = (reason: ScoreReason) => scoreReasonText(translatorFor('en'), reason);

useServiceDatabase('mentor-search-service');

const admin = { userId: '100000000000000001', isAdmin: true };
/** A member in Berlin who gave no hours, so 09:00-22:00 there is assumed. */
const ASKER = '100000000000000009';
/** Monday 1 June 2026, 12:00 UTC: 14:00 in Berlin. */
const MONDAY_NOON = '2026-06-01T12:00:00Z';

const ids = {
  best: '400000000000000001',
  second: '400000000000000002',
  tiedA: '400000000000000003',
  tiedB: '400000000000000004',
  fifth: '400000000000000005',
  pauseOver: '400000000000000006',
  full: '400000000000000011',
  paused: '400000000000000012',
  retired: '400000000000000013',
  otherSpecialty: '400000000000000014',
};

/**
 * Mentors whose rank is known: they know react, share all their hours with a Berlin asker, and differ
 * only in what the test sets. The 200 fixture mentors list no react, so they score at most 50.
 */
function star(guildId: string, userId: string, overrides: Partial<RegisterMentorInput> = {}): RegisterMentorInput {
  return {
    guildId,
    userId,
    specialties: ['web-development'],
    skills: ['react', 'typescript', 'c++'],
    headline: `Star ${userId.slice(-2)}`,
    yearsExperience: 8,
    timezone: 'Europe/Berlin',
    availability: 'mon-fri 18:00-21:00',
    capacity: 5,
    formats: ['one-on-one', 'code-review'],
    languages: ['en', 'de'],
    ...overrides,
  };
}

async function setStats(
  guildId: string,
  userId: string,
  stats: { reputation?: number; answered?: number; received?: number; medianMinutes?: number },
): Promise<void> {
  await MentorProfileModel.updateOne(
    { guildId, userId },
    {
      $set: {
        reputation: stats.reputation ?? 0,
        responseStats: {
          requestsAnswered: stats.answered ?? 0,
          requestsReceived: stats.received ?? 0,
          medianResponseMinutes: stats.medianMinutes ?? null,
        },
      },
    },
  );
}

async function seedServer(guildId: string, clock: FixedClock, order: 'forward' | 'reverse'): Promise<void> {
  const crowd = mentorFixtures({ guildId, count: 200 });
  for (const input of order === 'forward' ? crowd : [...crowd].reverse()) await registerMentor(input, clock);

  const responsive = { answered: 10, received: 10, medianMinutes: 30 };
  for (const userId of [ids.best, ids.second, ids.tiedA, ids.tiedB, ids.full, ids.paused, ids.retired, ids.pauseOver]) {
    await registerMentor(star(guildId, userId), clock);
  }
  await registerMentor(star(guildId, ids.fifth, { capacity: 4 }), clock);
  await registerMentor(star(guildId, ids.otherSpecialty, { specialties: ['cloud'] }), clock);
  await registerMentor(star(guildId, ASKER), clock);

  await setStats(guildId, ids.best, { reputation: 100, ...responsive });
  await setStats(guildId, ids.second, { reputation: 50, ...responsive });
  await setStats(guildId, ids.tiedA, { reputation: 10, ...responsive });
  await setStats(guildId, ids.tiedB, { reputation: 10, ...responsive });
  await setStats(guildId, ids.fifth, { reputation: 10, ...responsive });
  await setActiveMenteeCount(guildId, ids.fifth, 2);
  for (const userId of [ids.full, ids.paused, ids.retired, ids.otherSpecialty, ASKER]) {
    await setStats(guildId, userId, { reputation: 500, ...responsive });
  }
  await MentorProfileModel.updateOne({ guildId, userId: ids.full }, { $set: { capacity: 1, activeMenteeCount: 1 } });
  await MentorProfileModel.updateOne(
    { guildId, userId: ids.paused },
    { $set: { status: 'paused', pausedUntil: null } },
  );
  // A pause that ended yesterday: the mentor counts as active again without any job having run.
  await MentorProfileModel.updateOne(
    { guildId, userId: ids.pauseOver },
    { $set: { status: 'paused', pausedUntil: new Date('2026-05-31T12:00:00Z') } },
  );
  await retireMentor({ guildId, userId: ids.retired }, clock);
  await setMemberTimezone({ guildId, userId: ASKER, timezone: 'Europe/Berlin' });
}

async function allPages(input: FindMentorsInput, clock: FixedClock): Promise<MentorSearchPage['results']> {
  const results: MentorSearchPage['results'] = [];
  for (let page = 1; ; page += 1) {
    const found = await findMentors({ ...input, page, pageSize: 25 }, clock);
    results.push(...found.results);
    if (page >= found.pageCount) return results;
  }
}

describe('findMentors on 200 mentors across time zones', () => {
  const guildId = newGuildId();
  const clock = new FixedClock(MONDAY_NOON);
  const search = { guildId, askerId: ASKER, specialty: 'web-development', skill: 'React' };

  beforeAll(async () => {
    await seedServer(guildId, clock, 'forward');
  }, 120_000);

  it('ranks by score, then reputation, then user id, with a readable breakdown', async () => {
    const page = await findMentors(search, clock);
    expect(page.specialty.slug).toBe('web-development');
    expect(page.askerHours).toBe('assumed');
    expect(page.results.map((r) => [r.rank, r.mentor.userId, r.score.total])).toEqual([
      [1, ids.best, 100],
      [2, ids.second, 97.8],
      [3, ids.tiedA, 92.8],
      [4, ids.tiedB, 92.8],
      [5, ids.fifth, 85.3],
    ]);
    expect(page.results[0]!.score.components.map((c) => [c.key, c.points, english(c.reason)])).toEqual([
      ['skill', 30, 'knows react'],
      ['availability', 30, '15 h a week in common with your evenings'],
      ['capacity', 15, '5 of 5 places free'],
      ['reputation', 15, 'reputation 100'],
      ['responsiveness', 10, 'answers 10 of 10 requests, usually in ~30 min'],
    ]);
    expect(page.results[4]!.mentor.capacity).toEqual({ total: 4, used: 2, free: 2 });
    expect(page.results[0]!.mentor).toMatchObject({
      localTime: { weekday: 'mon', time: '14:00', utcOffset: '+02:00' },
      availableNow: false,
      nextAvailability: { start: new Date('2026-06-01T16:00:00Z'), end: new Date('2026-06-01T19:00:00Z') },
    });

    const next = await findMentors({ ...search, page: 2 }, clock);
    expect(next.results[0]).toMatchObject({ rank: 6, mentor: { userId: ids.pauseOver } });
    expect(next.results[0]!.score.total).toBe(80);
  });

  it('never offers full, paused, retired or other-specialty mentors, nor the asker', async () => {
    const results = await allPages(search, clock);
    const offered = new Set(results.map((r) => r.mentor.userId));
    for (const excluded of [ids.full, ids.paused, ids.retired, ids.otherSpecialty, ASKER]) {
      expect(offered.has(excluded)).toBe(false);
    }
    // 200 fixture mentors, five ranked stars and the one whose pause is over.
    expect(results).toHaveLength(206);
    expect(offered.size).toBe(206);
  });

  it('paginates without gaps or repeats, and clamps a page past the end', async () => {
    const first = await findMentors({ ...search, pageSize: 25 }, clock);
    expect([first.total, first.pageCount, first.page]).toEqual([206, 9, 1]);
    const results = await allPages(search, clock);
    expect(results.map((r) => r.rank)).toEqual(Array.from({ length: 206 }, (_, i) => i + 1));
    const totals = results.map((r) => r.score.total);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    const beyond = await findMentors({ ...search, page: 99, pageSize: 25 }, clock);
    expect(beyond.page).toBe(9);
    expect(beyond.results.map((r) => r.rank)).toEqual([201, 202, 203, 204, 205, 206]);
  });

  it('gives the same pages for the same data and clock, whatever order the data was written in', async () => {
    const again = await allPages(search, clock);
    expect(again).toEqual(await allPages(search, clock));

    const mirror = newGuildId();
    await seedServer(mirror, clock, 'reverse');
    const mirrored = await allPages({ ...search, guildId: mirror }, clock);
    expect(mirrored.map((r) => [r.mentor.userId, r.score.total])).toEqual(
      again.map((r) => [r.mentor.userId, r.score.total]),
    );
  }, 120_000);

  it('filters by format and language, by code or name', async () => {
    const interviews = await allPages({ ...search, format: 'mock-interview' }, clock);
    expect(interviews.length).toBeGreaterThan(0);
    expect(interviews.every((r) => r.mentor.formats.includes('mock-interview'))).toBe(true);
    const german = await allPages({ ...search, language: 'German' }, clock);
    expect(german.length).toBeGreaterThan(5);
    expect(german.every((r) => r.mentor.languages.includes('de'))).toBe(true);
    expect(german.slice(0, 5).map((r) => r.mentor.userId)).toEqual([
      ids.best,
      ids.second,
      ids.tiedA,
      ids.tiedB,
      ids.fifth,
    ]);
    await expectInvalidInput('format', () => findMentors({ ...search, format: 'lecture' as 'group' }, clock));
    await expectInvalidInput('language', () => findMentors({ ...search, language: 'elvish' }, clock));
    await expectInvalidInput('skill', () => findMentors({ ...search, skill: '<script>' }, clock));
  });

  it('filters to mentors available now, and to those with time left this week in the asker’s zone', async () => {
    // Monday 17:00 UTC is 19:00 in Berlin: the stars' evening window is open.
    const evening = new FixedClock('2026-06-01T17:00:00Z');
    const now = await allPages({ ...search, available: 'now' }, evening);
    expect(now.length).toBeGreaterThan(5);
    expect(now.every((r) => r.mentor.availableNow)).toBe(true);
    expect(now[0]!.mentor.userId).toBe(ids.best);
    const noon = await allPages({ ...search, available: 'now' }, clock);
    expect(noon.map((r) => r.mentor.userId)).not.toContain(ids.best);

    // Sunday 20:00 UTC is 22:00 in Berlin; the asker's week ends two hours later.
    const sundayNight = new FixedClock('2026-06-07T20:00:00Z');
    const weekEnd = new Date('2026-06-07T22:00:00Z');
    const thisWeek = await allPages({ ...search, available: 'this-week' }, sundayNight);
    const everyone = await allPages(search, sundayNight);
    expect(thisWeek.length).toBeGreaterThan(0);
    expect(thisWeek.length).toBeLessThan(everyone.length);
    expect(thisWeek.every((r) => r.mentor.nextAvailability !== null && r.mentor.nextAvailability.start < weekEnd)).toBe(
      true,
    );
    expect(thisWeek.map((r) => r.mentor.userId)).not.toContain(ids.best);
  });

  it('refuses an unknown or archived specialty', async () => {
    expect(
      await expectInvalidInput('specialty', () => findMentors({ ...search, specialty: 'knitting' }, clock)),
    ).toMatch(/^There is no specialty .knitting. on this server\. Start typing and pick one from the list\.$/);
  });
});

describe('findMentors and the asker’s hours', () => {
  it('is neutral on hours for an asker without a time zone, and uses the asker’s own hours when given', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock(MONDAY_NOON);
    await registerMentor(star(guildId, ids.best), clock);
    const stranger = await findMentors({ guildId, askerId: ASKER, specialty: 'web-development' }, clock);
    expect(stranger.askerHours).toBe('unknown');
    expect(stranger.results[0]!.score.components[1]).toMatchObject({
      key: 'availability',
      score: 0.5,
      reason: { kind: 'unknownHours' },
    });

    await setMemberAvailability({ guildId, userId: ASKER, timezone: 'Asia/Tokyo', availability: 'sat 08:00-12:00' });
    const tokyo = await findMentors({ guildId, askerId: ASKER, specialty: 'web-development' }, clock);
    expect(tokyo.askerHours).toBe('own');
    expect(tokyo.results[0]!.score.components[1]).toMatchObject({ score: 0, reason: { kind: 'noCommonHours' } });

    // Berlin's Friday 18:00-21:00 is Saturday 01:00-04:00 in Tokyo.
    await setMemberAvailability({ guildId, userId: ASKER, availability: 'sat 00:00-02:00' });
    const overlap = await findMentors({ guildId, askerId: ASKER, specialty: 'web-development' }, clock);
    expect(english(overlap.results[0]!.score.components[1]!.reason)).toBe('1 h a week in common with your nights');
  });

  it('uses the projection for the current daylight-saving regime, whenever the profile was saved', async () => {
    const guildId = newGuildId();
    // Registered in January, when Berlin is UTC+1.
    await registerMentor(star(guildId, ids.best), new FixedClock('2026-01-12T12:00:00Z'));
    const berlinAsker = '100000000000000010';
    await setMemberAvailability({
      guildId,
      userId: berlinAsker,
      timezone: 'Europe/Berlin',
      availability: 'mon 18:00-19:00',
    });
    // Searched in June: both are on summer time and the hour is shared exactly.
    const june = await findMentors(
      { guildId, askerId: berlinAsker, specialty: 'web-development' },
      new FixedClock(MONDAY_NOON),
    );
    expect(english(june.results[0]!.score.components[1]!.reason)).toBe('1 h a week in common with your evenings');
  });

  it('offers only approved mentors under a formal program', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock(MONDAY_NOON);
    await registerMentor(star(guildId, ids.best), clock);
    await updateMentorProgramSettings({ guildId, actor: admin, formalProgram: true });
    await registerMentor(star(guildId, ids.second), clock);
    const found = await findMentors({ guildId, askerId: ASKER, specialty: 'web-development' }, clock);
    // The mentor accepted before the program started stays offered; the pending applicant is not.
    expect(found.results.map((r) => r.mentor.userId)).toEqual([ids.best]);
  });

  it('refuses a specialty that was archived', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock(MONDAY_NOON);
    await archiveSpecialty({ guildId, actor: admin, slug: 'cloud' }, clock);
    await expectInvalidInput('specialty', () => findMentors({ guildId, askerId: ASKER, specialty: 'cloud' }, clock));
  });
});

describe('autocompleteSkills', () => {
  it('completes prefixes of the tags mentors list, with counts, and leaves out retired mentors’ tags', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock(MONDAY_NOON);
    const crowd = mentorFixtures({ guildId, count: 30 });
    await seedMentors({ guildId, count: 30 }, clock);
    await registerMentor(star(guildId, ids.best), clock);
    await registerMentor(star(guildId, ids.second, { skills: ['C#', 'terraform'] }), clock);
    await retireMentor({ guildId, userId: ids.second }, clock);

    const listing = (tag: string): number => crowd.filter((input) => input.skills?.includes(tag)).length;
    expect(await autocompleteSkills(guildId, 'Ty')).toEqual([
      { guildId, tag: 'typescript', mentorCount: listing('typescript') + 1 },
    ]);
    expect((await autocompleteSkills(guildId, 'c+')).map((t) => t.tag)).toEqual(['c++']);
    expect(await autocompleteSkills(guildId, 'c#')).toEqual([]);
    expect((await autocompleteSkills(guildId, 'js')).map((t) => t.tag)).toEqual([]);
    expect((await autocompleteSkills(guildId, 'ts')).map((t) => t.tag)).toEqual(['typescript']);

    const popular = await autocompleteSkills(guildId, '  ', 5);
    expect(popular).toHaveLength(5);
    const counts = popular.map((t) => t.mentorCount);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(
      popular.every((t) => t.mentorCount === listing(t.tag) + (['react', 'typescript', 'c++'].includes(t.tag) ? 1 : 0)),
    ).toBe(true);
  });
});
