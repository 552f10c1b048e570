import { describe, expect, it } from 'vitest';
import { MemberRoleGrantModel, usersWithGrantsQuery } from '../../models/member-role-grant.model.js';
import { updateMentorProgramSettings } from '../../src/services/guild-settings.service.js';
import {
  approveMentor,
  registerMentor,
  rejectMentor,
  retireMentor,
} from '../../src/services/mentor-profile.service.js';
import { planMemberRoles, recordMemberRoles, roleChanges } from '../../src/services/mentor-roles.service.js';
import { setSpecialtyRole } from '../../src/services/specialty.service.js';
import { FixedClock } from '../support/fixed-clock.js';
import { mentorFixtures } from '../support/fixtures/mentors.js';
import { indexScans, isCollectionScan } from '../support/mongo/explain-inspection.js';
import { newGuildId, useServiceDatabase } from '../support/service-database.js';

useServiceDatabase('mentor-roles-service');

const admin = { userId: '100000000000000001', isAdmin: true, canManageRoles: true };
const clock = new FixedClock('2026-06-01T12:00:00Z');
const ROLE = {
  mentor: '700000000000000001',
  web: '700000000000000002',
  data: '700000000000000003',
  old: '700000000000000004',
  unrelated: '700000000000000009',
};

async function serverWithRoles(): Promise<string> {
  const guildId = newGuildId();
  await updateMentorProgramSettings({ guildId, actor: admin, mentorRoleId: ROLE.mentor });
  await setSpecialtyRole({ guildId, actor: admin, slug: 'web-development', roleId: ROLE.web });
  // Two specialties sharing a role, so leaving one of them must not take it away.
  await setSpecialtyRole({ guildId, actor: admin, slug: 'data-science', roleId: ROLE.data });
  await setSpecialtyRole({ guildId, actor: admin, slug: 'databases', roleId: ROLE.data });
  return guildId;
}

describe('planMemberRoles', () => {
  it('works out what every mentor earns, and covers everyone the bot still manages roles for', async () => {
    const guildId = await serverWithRoles();
    const [web, data, retired] = mentorFixtures({ guildId, count: 3 });
    await registerMentor({ ...web!, specialties: ['web-development'] }, clock);
    await registerMentor({ ...data!, specialties: ['data-science', 'databases'] }, clock);
    await registerMentor({ ...retired!, specialties: ['web-development'] }, clock);
    await retireMentor({ guildId, userId: retired!.userId }, clock);
    // The retired mentor still holds a role the bot could not take back.
    await MemberRoleGrantModel.create({ guildId, userId: retired!.userId, roleIds: [ROLE.web] });

    const plan = await planMemberRoles({ guildId, formerRoleIds: [ROLE.old] });
    expect(plan.managed.sort()).toEqual([ROLE.mentor, ROLE.web, ROLE.data, ROLE.old].sort());
    expect(plan.members).toEqual([
      { userId: web!.userId, earned: [ROLE.mentor, ROLE.web], granted: [] },
      { userId: data!.userId, earned: [ROLE.mentor, ROLE.data], granted: [] },
      { userId: retired!.userId, earned: [], granted: [ROLE.web] },
    ]);
  });

  it('gives pending and rejected applicants nothing, and the approved their roles', async () => {
    const guildId = await serverWithRoles();
    await updateMentorProgramSettings({ guildId, actor: admin, formalProgram: true });
    const [applicant] = mentorFixtures({ guildId, count: 1 });
    await registerMentor({ ...applicant!, specialties: ['web-development'] }, clock);
    const earned = async () => (await planMemberRoles({ guildId, userIds: [applicant!.userId] })).members[0]?.earned;
    expect(await earned()).toEqual([]);
    expect((await planMemberRoles({ guildId })).members).toEqual([]);
    await approveMentor({ guildId, mentorUserId: applicant!.userId, actor: admin }, clock);
    expect(await earned()).toEqual([ROLE.mentor, ROLE.web]);
    await rejectMentor({ guildId, mentorUserId: applicant!.userId, actor: admin, reason: 'Not now.' }, clock);
    expect(await earned()).toEqual([]);
  });

  it('finds the members with grants through the index', async () => {
    const explain: unknown = await usersWithGrantsQuery(newGuildId()).explain('queryPlanner');
    expect(isCollectionScan(explain)).toBe(false);
    expect(indexScans(explain).map((scan) => scan.indexName)).toEqual(['guildId_1_userId_1']);
  });
});

describe('roleChanges', () => {
  const plan = { guildId: '1', managed: [ROLE.mentor, ROLE.web, ROLE.data], members: [] };

  it('adds what is earned and missing, and takes only managed or granted roles that are not earned', () => {
    const target = { userId: '2', earned: [ROLE.mentor, ROLE.data], granted: [ROLE.old] };
    expect(roleChanges(plan, target, [ROLE.web, ROLE.old, ROLE.unrelated, ROLE.data])).toEqual({
      add: [ROLE.mentor],
      remove: [ROLE.web, ROLE.old],
    });
  });

  it('never takes a role the member still earns another way (mentor role equal to a specialty role)', () => {
    const samePlan = { guildId: '1', managed: [ROLE.mentor], members: [] };
    const target = { userId: '2', earned: [ROLE.mentor], granted: [ROLE.mentor] };
    expect(roleChanges(samePlan, target, [ROLE.mentor])).toEqual({ add: [], remove: [] });
  });
});

describe('recordMemberRoles', () => {
  it('remembers held managed roles, so a failed removal is retried even once no setting names the role', async () => {
    const guildId = newGuildId();
    const plan = { guildId, managed: [ROLE.mentor, ROLE.old], members: [] };
    const target = { userId: '300000000000000001', earned: [ROLE.mentor], granted: [] };
    // The bot could not take ROLE.old back (refused), and never touches the unrelated role.
    await recordMemberRoles(plan, target, [ROLE.mentor, ROLE.old, ROLE.unrelated]);
    const later = await planMemberRoles({ guildId, userIds: [target.userId] });
    expect(later.members[0]?.granted).toEqual([ROLE.mentor, ROLE.old]);
    expect(later.managed).toEqual([]);
    expect(roleChanges(later, later.members[0]!, [ROLE.mentor, ROLE.old, ROLE.unrelated]).remove).toEqual([
      ROLE.mentor,
      ROLE.old,
    ]);

    await recordMemberRoles(later, later.members[0]!, [ROLE.unrelated]);
    expect(await MemberRoleGrantModel.countDocuments({ guildId })).toBe(0);
  });
});
