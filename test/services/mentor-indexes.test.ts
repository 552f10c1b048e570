/**
 * The indexes behind every query the mentor commands run. Each query is explained as the model's read
 * function builds it, on a server with data, and must use the named index rather than scan the collection.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mentorProfileQuery, mentorUserIdsQuery, mentorsBySpecialtyQuery } from '../../models/mentor-profile.model.js';
import { popularSkillTagsQuery, skillTagsByPrefixQuery } from '../../models/skill-tag.model.js';
import { specialtiesQuery } from '../../models/specialty.model.js';
import { MemberProfileModel } from '../../models/member-profile.model.js';
import { GuildSettingsModel } from '../../models/guild-settings.model.js';
import { RECOGNISED_APPROVAL_STATES } from '../../src/services/mentor-standing.js';
import { setMemberTimezone } from '../../src/services/member-profile.service.js';
import { FixedClock } from '../support/fixed-clock.js';
import { fixtureUserId, seedMentors } from '../support/fixtures/mentors.js';
import { indexScans, isCollectionScan } from '../support/mongo/index.js';
import { newGuildId, useServiceDatabase } from '../support/service-database.js';

useServiceDatabase('mentor-indexes');

const guildId = newGuildId();

beforeAll(async () => {
  await seedMentors({ guildId, count: 40 }, new FixedClock('2026-06-01T12:00:00Z'));
  await seedMentors({ guildId: newGuildId(), count: 10 }, new FixedClock('2026-06-01T12:00:00Z'));
  await setMemberTimezone({ guildId, userId: fixtureUserId(1), timezone: 'Europe/Berlin' });
}, 60_000);

/** Explains a mongoose query and returns the indexes its winning plan scans. */
async function indexesUsedBy(query: { explain(verbosity: string): unknown }): Promise<string[]> {
  const explain: unknown = await query.explain('queryPlanner');
  expect(isCollectionScan(explain)).toBe(false);
  return indexScans(explain).map((scan) => scan.indexName ?? '?');
}

describe('indexes used by the mentor queries', () => {
  it('finds a mentor profile by (guildId, userId) through the unique index', async () => {
    expect(await indexesUsedBy(mentorProfileQuery(guildId, fixtureUserId(3)))).toEqual(['guildId_1_userId_1']);
  });

  it('finds search candidates by guild, specialty, status and approval through the search index', async () => {
    expect(
      await indexesUsedBy(mentorsBySpecialtyQuery(guildId, 'web-development', RECOGNISED_APPROVAL_STATES)),
    ).toEqual(['guildId_1_specialties_1_status_1_approval.state_1']);
  });

  it('lists the mentors who hold roles (for role changes) through an index on guildId', async () => {
    const used = await indexesUsedBy(mentorUserIdsQuery(guildId, RECOGNISED_APPROVAL_STATES));
    expect(used).toHaveLength(1);
    expect(used[0]).toMatch(/^guildId_1_/u);
  });

  it('completes skill prefixes through (guildId, tag), and empty prefixes through (guildId, mentorCount, tag)', async () => {
    expect(await indexesUsedBy(skillTagsByPrefixQuery(guildId, 'ty', 25))).toEqual(['guildId_1_tag_1']);
    expect(await indexesUsedBy(popularSkillTagsQuery(guildId, 25))).toEqual(['guildId_1_mentorCount_-1_tag_1']);
  });

  it('lists a server’s specialties for autocomplete through (guildId, slug)', async () => {
    expect(await indexesUsedBy(specialtiesQuery(guildId))).toEqual(['guildId_1_slug_1']);
  });

  it('reads member profiles and server settings through their unique indexes', async () => {
    expect(await indexesUsedBy(MemberProfileModel.findOne({ guildId, userId: fixtureUserId(1) }))).toEqual([
      'guildId_1_userId_1',
    ]);
    expect(await indexesUsedBy(GuildSettingsModel.findOne({ guildId }))).toEqual(['guildId_1']);
  });
});
