import { describe, expect, it } from 'vitest';
import {
  ALL_MENTORS,
  CHANGE_LOG_LENGTH,
  ensureDirectoryRevision,
  findDirectoryChanges,
  recordMentorChanges,
} from '../../models/mentor-directory.model.js';
import { MentorProfileModel, incrementActiveMentees } from '../../models/mentor-profile.model.js';
import { registerMentor } from '../../src/services/mentor-profile.service.js';
import { FixedClock } from '../support/fixed-clock.js';
import { mentorFixtures } from '../support/fixtures/mentors.js';
import { newGuildId, useServiceDatabase } from '../support/service-database.js';

useServiceDatabase('mentor-directory');

const clock = new FixedClock('2026-06-01T12:00:00Z');

describe('the mentor directory revision', () => {
  it('counts every write to a mentor profile, whoever makes it, and logs whose profile changed', async () => {
    const guildId = newGuildId();
    const [first, second] = mentorFixtures({ guildId, count: 2 });
    await registerMentor(first!, clock);
    await registerMentor(second!, clock);
    expect(await findDirectoryChanges(guildId)).toMatchObject({
      revision: 2,
      changed: [first!.userId, second!.userId],
    });

    await incrementActiveMentees(guildId, first!.userId);
    await MentorProfileModel.updateOne({ guildId, userId: second!.userId }, { $set: { reputation: 3 } });
    // A write that changes nothing is not a change.
    await MentorProfileModel.updateOne({ guildId, userId: 'nobody' }, { $set: { reputation: 3 } });
    await MentorProfileModel.updateMany({ guildId }, { $inc: { sessionsHeld: 1 } });
    const after = await findDirectoryChanges(guildId);
    expect(after).toMatchObject({ revision: 5 });
    expect(after?.changed.slice(-3)).toEqual([first!.userId, second!.userId, ALL_MENTORS]);
  });

  it('keeps the log short, and a write naming no server reaches every server', async () => {
    const guildId = newGuildId();
    const other = newGuildId();
    const { epoch } = await ensureDirectoryRevision(other);
    const many = Array.from({ length: CHANGE_LOG_LENGTH + 10 }, (_, i) => String(300_000_000_000_000_000n + BigInt(i)));
    for (const userId of many.slice(0, 20)) await recordMentorChanges(guildId, [userId]);
    await recordMentorChanges(guildId, many);
    const log = await findDirectoryChanges(guildId);
    expect(log?.revision).toBe(21);
    expect(log?.changed.at(-1)).toBe(ALL_MENTORS);

    await MentorProfileModel.updateMany({}, { $inc: { sessionsHeld: 1 } });
    expect(await findDirectoryChanges(other)).toMatchObject({ epoch, revision: 1, changed: [ALL_MENTORS] });
  });
});
