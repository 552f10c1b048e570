import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ALL_MENTORS,
  CHANGE_LOG_LENGTH,
  SPECIALTIES_CHANGED,
  ensureDirectoryRevision,
  findDirectoryChanges,
  recordChanges,
} from '../../models/mentor-directory.model.js';
import { MentorProfileModel, setActiveMenteeCount } from '../../models/mentor-profile.model.js';
import { isAvailableAt, occurrencesBetween, parseAvailability } from '../../src/services/availability.js';
import { setMemberTimezone } from '../../src/services/member-profile.service.js';
import { pauseMentor, registerMentor, resumeMentor, retireMentor } from '../../src/services/mentor-profile.service.js';
import { findMentors } from '../../src/services/mentor-search.service.js';
import { archiveSpecialty } from '../../src/services/specialty.service.js';
import { MentorDirectory } from '../../src/services/mentor-search/mentor-directory.js';
import { FixedClock } from '../support/fixed-clock.js';
import { mentorFixtures } from '../support/fixtures/mentors.js';
import { newGuildId, useServiceDatabase } from '../support/service-database.js';
import { expectInvalidInput } from '../support/user-errors.js';

useServiceDatabase('mentor-directory');

const clock = new FixedClock('2026-06-01T12:00:00Z');

describe('the mentor directory revision', () => {
  it('counts every write to a mentor profile, a member profile or the catalog, and logs what changed', async () => {
    const guildId = newGuildId();
    const [first, second] = mentorFixtures({ guildId, count: 2 });
    // The first registration seeds the server's catalog: that is a change too.
    await registerMentor(first!, clock);
    await registerMentor(second!, clock);
    expect(await findDirectoryChanges(guildId)).toMatchObject({
      revision: 3,
      changed: [SPECIALTIES_CHANGED, first!.userId, second!.userId],
    });

    await setActiveMenteeCount(guildId, first!.userId, 1);
    await MentorProfileModel.updateOne({ guildId, userId: second!.userId }, { $set: { reputation: 3 } });
    // A write that changes nothing is not a change.
    await MentorProfileModel.updateOne({ guildId, userId: 'nobody' }, { $set: { reputation: 3 } });
    await MentorProfileModel.updateMany({ guildId }, { $inc: { sessionsHeld: 1 } });
    await setMemberTimezone({ guildId, userId: first!.userId, timezone: 'Asia/Tokyo' });
    const after = await findDirectoryChanges(guildId);
    expect(after).toMatchObject({ revision: 7 });
    expect(after?.changed.slice(-4)).toEqual([first!.userId, second!.userId, ALL_MENTORS, `member:${first!.userId}`]);
  });

  it('keeps the log short, and a write naming no server reaches every server', async () => {
    const guildId = newGuildId();
    const other = newGuildId();
    const { epoch } = await ensureDirectoryRevision(other);
    const many = Array.from({ length: CHANGE_LOG_LENGTH + 10 }, (_, i) => String(300_000_000_000_000_000n + BigInt(i)));
    for (const userId of many.slice(0, 20)) await recordChanges(guildId, [userId]);
    await recordChanges(guildId, many);
    const log = await findDirectoryChanges(guildId);
    expect(log?.revision).toBe(21);
    expect(log?.changed.at(-1)).toBe(ALL_MENTORS);

    await MentorProfileModel.updateMany({}, { $inc: { sessionsHeld: 1 } });
    expect(await findDirectoryChanges(other)).toMatchObject({ epoch, revision: 1, changed: [ALL_MENTORS] });
  });
});

describe('the search read model', () => {
  const asker = '100000000000000009';
  const search = (guildId: string) => ({ guildId, askerId: asker, specialty: 'web-development', pageSize: 25 });
  const offered = async (guildId: string, directory: MentorDirectory) =>
    (await findMentors(search(guildId), clock, directory)).results.map((r) => r.mentor.userId).sort();

  it('sees a write made in another process in the very next search, and a restart rebuilds it', async () => {
    const guildId = newGuildId();
    const here = new MentorDirectory();
    const there = new MentorDirectory();
    const [first, second] = mentorFixtures({ guildId, count: 2 });
    await registerMentor(first!, clock);
    expect(await offered(guildId, here)).toEqual([first!.userId]);
    expect(await offered(guildId, there)).toEqual([first!.userId]);

    await registerMentor(second!, clock);
    await pauseMentor({ guildId, userId: first!.userId }, clock);
    expect(await offered(guildId, here)).toEqual([second!.userId]);
    expect(await offered(guildId, there)).toEqual([second!.userId]);

    await resumeMentor({ guildId, userId: first!.userId }, clock);
    there.clear();
    expect(await offered(guildId, there)).toEqual([first!.userId, second!.userId].sort());
    expect(await offered(guildId, here)).toEqual([first!.userId, second!.userId].sort());
  });

  it('sees an asker’s new time zone and a change to the catalog in the next search', async () => {
    const guildId = newGuildId();
    const directory = new MentorDirectory();
    await registerMentor(mentorFixtures({ guildId, count: 1 })[0]!, clock);
    const page = () => findMentors({ guildId, askerId: asker, specialty: 'web-development' }, clock, directory);
    expect((await page()).askerHours).toBe('unknown');
    await setMemberTimezone({ guildId, userId: asker, timezone: 'Asia/Tokyo' });
    expect((await page()).askerHours).toBe('assumed');
    await archiveSpecialty({ guildId, actor: { userId: asker, isAdmin: true }, slug: 'web-development' }, clock);
    await expectInvalidInput('specialty', page);
  });

  it('catches up change by change, and rebuilds when more changed than the log remembers', async () => {
    const guildId = newGuildId();
    const directory = new MentorDirectory();
    const crowd = mentorFixtures({ guildId, count: 12 });
    for (const input of crowd) await registerMentor(input, clock);
    expect(await offered(guildId, directory)).toHaveLength(12);

    await retireMentor({ guildId, userId: crowd[0]!.userId }, clock);
    await MentorProfileModel.updateOne({ guildId, userId: crowd[1]!.userId }, { $set: { capacity: 0 } });
    expect(await offered(guildId, directory)).toHaveLength(10);

    for (let i = 0; i < CHANGE_LOG_LENGTH + 1; i += 1) {
      await MentorProfileModel.updateOne({ guildId, userId: crowd[2]!.userId }, { $inc: { sessionsHeld: 1 } });
    }
    await MentorProfileModel.updateOne({ guildId, userId: crowd[3]!.userId }, { $set: { status: 'paused' } });
    expect(await offered(guildId, directory)).toHaveLength(9);
  });
});

describe('the availability filters on the read model', () => {
  const asker = '100000000000000009';
  const guildId = newGuildId();
  // The fixtures, and a Berlin mentor whose Sunday-night hour is inside the asker's week only once Berlin
  // is on summer time: a projection with the winter offset would put it past the week's end.
  const crowd = [
    ...mentorFixtures({ guildId, count: 60 }),
    ...mentorFixtures({ guildId, count: 1, firstIndex: 60 }).map((input) => ({
      ...input,
      timezone: 'Europe/Berlin',
      availability: 'sun 23:00-24:00',
    })),
  ];
  const windows = new Map(
    crowd.map((input) => [
      input.userId,
      typeof input.availability === 'string' ? parseAvailability(input.availability) : input.availability,
    ]),
  );

  beforeAll(async () => {
    for (const input of crowd) await registerMentor(input, clock);
    await setMemberTimezone({ guildId, userId: asker, timezone: 'Europe/Berlin' });
  });

  async function ids(at: FixedClock, available?: 'now' | 'this-week'): Promise<string[]> {
    const input = { guildId, askerId: asker, specialty: 'web-development', pageSize: 25 };
    const found: string[] = [];
    for (let page = 1; ; page += 1) {
      const result = await findMentors({ ...input, page, ...(available ? { available } : {}) }, at);
      found.push(...result.results.map((r) => r.mentor.userId));
      if (page >= result.pageCount) return found.sort();
    }
  }

  // Around Berlin's and New York's spring changes, Sydney's autumn one, and an ordinary week.
  const instants = [
    '2026-03-08T06:30:00Z',
    '2026-03-27T17:30:00Z',
    '2026-03-29T00:30:00Z',
    '2026-03-29T17:15:00Z',
    '2026-04-04T23:00:00Z',
    '2026-04-05T08:00:00Z',
    '2026-06-03T19:00:00Z',
  ];
  it.each(instants)('agree with the exact occurrences at %s', async (iso) => {
    const at = new FixedClock(iso);
    const now = at.now();
    const weekEnd = DateTime.fromJSDate(now).setZone('Europe/Berlin').startOf('week').plus({ weeks: 1 }).toJSDate();
    const everyone = await ids(at);
    const zoneOf = new Map(crowd.map((input) => [input.userId, input.timezone]));
    const exactNow = everyone.filter((id) => isAvailableAt(windows.get(id)!, zoneOf.get(id)!, now));
    const exactWeek = everyone.filter(
      (id) => occurrencesBetween(windows.get(id)!, zoneOf.get(id)!, now, weekEnd).length > 0,
    );
    expect(await ids(at, 'now')).toEqual(exactNow);
    expect(await ids(at, 'this-week')).toEqual(exactWeek);
  });
});
