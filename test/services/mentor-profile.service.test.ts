import { describe, expect, it } from 'vitest';
import {
  approveMentor,
  editMentor,
  getMentorProfile,
  listPendingApplications,
  pauseMentor,
  registerMentor,
  rejectMentor,
  resumeMentor,
  retireMentor,
  type RegisterMentorInput,
} from '../../src/services/mentor-profile.service.js';
import { updateMentorProgramSettings } from '../../src/services/guild-settings.service.js';
import { planMemberRoles } from '../../src/services/mentor-roles.service.js';
import { setSpecialtyRole } from '../../src/services/specialty.service.js';
import { MentorProfileModel, findMentorProfile } from '../../models/mentor-profile.model.js';
import { SkillTagModel } from '../../models/skill-tag.model.js';
import { FixedClock } from '../support/fixed-clock.js';
import { newGuildId, useServiceDatabase } from '../support/service-database.js';
import { expectInvalidInput, expectUserError } from '../support/user-errors.js';

useServiceDatabase('mentor-profile-service');

const admin = { userId: '100000000000000001', isAdmin: true, canManageRoles: true };
const MENTOR = '300000000000000001';
const ROLE = { mentor: '700000000000000001', web: '700000000000000002', cloud: '700000000000000003' };

/** Monday 1 June 2026, 12:00 UTC (14:00 in Berlin). */
const june = '2026-06-01T12:00:00Z';

function registration(guildId: string, overrides: Partial<RegisterMentorInput> = {}): RegisterMentorInput {
  return {
    guildId,
    userId: MENTOR,
    specialties: ['web-development'],
    skills: ['React', 'TS', 'node.js'],
    headline: 'Frontend engineer, happy to review React code',
    bio: 'Ten years of shipping web apps.',
    yearsExperience: 10,
    timezone: 'europe/berlin',
    availability: 'mon 18:00-20:30, wed 09:00-11:00',
    formats: ['one-on-one', 'code-review'],
    ...overrides,
  };
}

async function tagCounts(guildId: string): Promise<Record<string, number>> {
  const tags = await SkillTagModel.find({ guildId }).lean();
  return Object.fromEntries(tags.filter((t) => t.mentorCount !== 0).map((t) => [t.tag, t.mentorCount]));
}

/** The roles the mentor earns now, as the reconciliation sees them. */
async function earned(guildId: string): Promise<string[]> {
  const plan = await planMemberRoles({ guildId, userIds: [MENTOR] });
  return plan.members[0]?.earned ?? [];
}

async function serverWithRoles(): Promise<string> {
  const guildId = newGuildId();
  await updateMentorProgramSettings({ guildId, actor: admin, mentorRoleId: ROLE.mentor });
  await setSpecialtyRole({ guildId, actor: admin, slug: 'web-development', roleId: ROLE.web });
  await setSpecialtyRole({ guildId, actor: admin, slug: 'cloud', roleId: ROLE.cloud });
  return guildId;
}

describe('registerMentor', () => {
  it('stores normalised details, projects the UTC week and earns the roles', async () => {
    const guildId = await serverWithRoles();
    const clock = new FixedClock(june);
    const { view, newApplication } = await registerMentor(registration(guildId), clock);
    expect(newApplication).toBe(false);
    expect(view.profile).toMatchObject({
      specialties: ['web-development'],
      skills: ['react', 'typescript', 'node'],
      timezone: 'Europe/Berlin',
      availability: [
        { day: 'mon', start: '18:00', end: '20:30' },
        { day: 'wed', start: '09:00', end: '11:00' },
      ],
      // Berlin is UTC+2 in June: Monday 16:00-18:30 UTC and Wednesday 07:00-09:00 UTC.
      utcWindows: [
        { start: 960, end: 1110 },
        { start: 3300, end: 3420 },
      ],
      utcWindowsOffsetMinutes: 120,
      capacity: 3,
      activeMenteeCount: 0,
      languages: ['en'],
      status: 'active',
      approval: { state: 'not-required', reason: null, decidedBy: null, decidedAt: null },
      reputation: 0,
      sessionsHeld: 0,
      responseStats: { requestsAnswered: 0, requestsReceived: 0, medianResponseMinutes: null },
    });
    expect(view).toMatchObject({
      effectiveStatus: 'active',
      offered: true,
      availableNow: false,
      localTime: { weekday: 'mon', date: '2026-06-01', time: '14:00', utcOffset: '+02:00' },
      nextAvailability: { start: new Date('2026-06-01T16:00:00Z'), end: new Date('2026-06-01T18:30:00Z') },
      capacity: { total: 3, used: 0, free: 3 },
    });
    expect(view.specialties.map((s) => s.name)).toEqual(['Web development']);
    expect(await earned(guildId)).toEqual([ROLE.mentor, ROLE.web]);
    expect(await tagCounts(guildId)).toEqual({ react: 1, typescript: 1, node: 1 });
  });

  it('refuses a second registration, also when two race', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock(june);
    const outcomes = await Promise.allSettled([
      registerMentor(registration(guildId), clock),
      registerMentor(registration(guildId), clock),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const details = await expectUserError('conflict', () => registerMentor(registration(guildId), clock));
    expect(details.message).toBe(
      'You are already registered as a mentor here. Use `/mentor edit` to change your profile, or `/mentor pause` to take a break.',
    );
    expect(await MentorProfileModel.countDocuments({ guildId })).toBe(1);
    expect(await tagCounts(guildId)).toEqual({ react: 1, typescript: 1, node: 1 });
  });

  it('changes nothing when any field breaks a rule, and says which field and how to fix it', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock(june);
    const attempt = (overrides: Partial<RegisterMentorInput>) => () =>
      registerMentor(registration(guildId, overrides), clock);

    expect(await expectInvalidInput('specialties', attempt({ specialties: ['knitting'] }))).toBe(
      'There is no specialty `knitting` on this server. Start typing and pick one from the list.',
    );
    expect(await expectInvalidInput('bio', attempt({ bio: 'b'.repeat(1204) }))).toBe(
      'The bio can be at most 1,000 characters; yours has 1,204.',
    );
    expect(await expectInvalidInput('headline', attempt({ headline: 'h'.repeat(101) }))).toBe(
      'The headline can be at most 100 characters; yours has 101.',
    );
    expect(await expectInvalidInput('timezone', attempt({ timezone: 'Mars/Olympus' }))).toContain(
      '`Mars/Olympus` is not a time zone I know.',
    );
    expect(
      await expectInvalidInput('availability', attempt({ availability: 'mon 18:00-20:00, mon 19:00-21:00' })),
    ).toBe('mon 18:00-20:00 overlaps mon 19:00-21:00; merge them into one window.');
    expect(await expectInvalidInput('availability', attempt({ availability: [] }))).toContain(
      'Add at least one time window',
    );
    expect(
      await expectInvalidInput(
        'specialties',
        attempt({ specialties: ['cloud', 'mobile', 'databases', 'ui-ux', 'ai-ml', 'data-science'] }),
      ),
    ).toBe('Pick at most 5 specialties; you picked 6. Keep the ones you know best.');
    expect(await expectInvalidInput('specialties', attempt({ specialties: [] }))).toBe(
      'Pick at least one specialty you mentor in.',
    );
    expect(await expectInvalidInput('yearsExperience', attempt({ yearsExperience: 61 }))).toBe(
      'Years of experience must be a whole number from 0 to 60.',
    );
    expect(await expectInvalidInput('capacity', attempt({ capacity: 0 }))).toBe(
      'Capacity must be a whole number of mentees from 1 to 20.',
    );
    expect(await expectInvalidInput('formats', attempt({ formats: [] }))).toContain('Pick at least one format');
    expect(await expectInvalidInput('formats', attempt({ formats: ['lecture' as 'group'] }))).toBe(
      '"lecture" is not a format; use one-on-one, group, code-review, mock-interview, resume-review, career-guidance.',
    );
    expect(await expectInvalidInput('languages', attempt({ languages: ['klingon'] }))).toContain(
      '`klingon` is not a language I know.',
    );
    expect(await expectInvalidInput('skills', attempt({ skills: ['x'.repeat(40)] }))).toContain(
      'Each skill can be at most 32 characters',
    );

    expect(await findMentorProfile(guildId, MENTOR)).toBeNull();
    expect(await tagCounts(guildId)).toEqual({});
  });

  it('reactivates a retired mentor with the new details, keeping reputation and history', async () => {
    const guildId = await serverWithRoles();
    const clock = new FixedClock(june);
    await registerMentor(registration(guildId), clock);
    await MentorProfileModel.updateOne({ guildId, userId: MENTOR }, { $set: { reputation: 42, sessionsHeld: 7 } });
    await retireMentor({ guildId, userId: MENTOR }, clock);
    expect(await earned(guildId)).toEqual([]);
    expect(await tagCounts(guildId)).toEqual({});

    const back = await registerMentor(
      registration(guildId, { specialties: ['cloud'], skills: ['k8s'], headline: 'Back, now doing cloud' }),
      clock,
    );
    expect(back.view.profile).toMatchObject({
      status: 'active',
      retiredAt: null,
      specialties: ['cloud'],
      skills: ['kubernetes'],
      reputation: 42,
      sessionsHeld: 7,
    });
    expect(await earned(guildId)).toEqual([ROLE.mentor, ROLE.cloud]);
    expect(await tagCounts(guildId)).toEqual({ kubernetes: 1 });
  });
});

describe('editMentor', () => {
  it('changes only the given fields, the roles earned and the skill counts', async () => {
    const guildId = await serverWithRoles();
    const clock = new FixedClock(june);
    await registerMentor(registration(guildId), clock);
    const edited = await editMentor(
      { guildId, userId: MENTOR, specialties: ['cloud'], skills: ['react', 'AWS'], capacity: 5 },
      clock,
    );
    expect(edited.view.profile).toMatchObject({
      specialties: ['cloud'],
      skills: ['react', 'aws'],
      capacity: 5,
      headline: 'Frontend engineer, happy to review React code',
    });
    expect(await earned(guildId)).toEqual([ROLE.mentor, ROLE.cloud]);
    expect(await tagCounts(guildId)).toEqual({ react: 1, aws: 1 });
  });

  it('re-projects the UTC week when the time zone or the hours change', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock(june);
    await registerMentor(registration(guildId), clock);
    const moved = await editMentor({ guildId, userId: MENTOR, timezone: 'America/New_York' }, clock);
    // Monday 18:00 in New York (UTC-4 in June) is 22:00 UTC.
    expect(moved.view.profile.utcWindows[0]).toEqual({ start: 1320, end: 1470 });
    expect(moved.view.profile.utcWindowsOffsetMinutes).toBe(-240);
    const rehoured = await editMentor({ guildId, userId: MENTOR, availability: 'sun 23:00-24:00' }, clock);
    // Sunday 23:00-24:00 in New York is Monday 03:00-04:00 UTC.
    expect(rehoured.view.profile.utcWindows).toEqual([{ start: 180, end: 240 }]);
  });

  it('changes nothing on bad input, and needs a registered, not retired mentor', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock(june);
    expect(
      (await expectUserError('not-found', () => editMentor({ guildId, userId: MENTOR, capacity: 4 }, clock))).message,
    ).toBe("I couldn't find your mentor profile. Run `/mentor register` first.");
    await registerMentor(registration(guildId), clock);
    const before = await findMentorProfile(guildId, MENTOR);
    await expectInvalidInput('bio', () => editMentor({ guildId, userId: MENTOR, bio: 'x'.repeat(1001) }, clock));
    await expectInvalidInput('availability', () => editMentor({ guildId, userId: MENTOR, availability: '' }, clock));
    await expectInvalidInput('timezone', () => editMentor({ guildId, userId: MENTOR, timezone: 'Nowhere' }, clock));
    await expectInvalidInput('input', () => editMentor({ guildId, userId: MENTOR }, clock));
    expect(await findMentorProfile(guildId, MENTOR)).toEqual(before);

    await retireMentor({ guildId, userId: MENTOR }, clock);
    expect(
      (await expectUserError('conflict', () => editMentor({ guildId, userId: MENTOR, capacity: 4 }, clock))).message,
    ).toBe('You have retired as a mentor. Register again to come back.');
  });

  it('lets one of two concurrent edits win and refuses the other instead of losing it silently', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock(june);
    await registerMentor(registration(guildId), clock);
    const outcomes = await Promise.allSettled([
      editMentor({ guildId, userId: MENTOR, skills: ['go'] }, clock),
      editMentor({ guildId, userId: MENTOR, skills: ['rust'] }, clock),
    ]);
    expect(outcomes.some((o) => o.status === 'fulfilled')).toBe(true);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect(outcome.reason).toMatchObject({ code: 'conflict' });
    }
    const profile = await findMentorProfile(guildId, MENTOR);
    const counts = await tagCounts(guildId);
    // Whatever won, the tag counts describe exactly the stored skills.
    expect(counts).toEqual(Object.fromEntries(profile!.skills.map((skill) => [skill, 1])));
  });
});

describe('pause, resume and retire', () => {
  it('pauses until a date, keeping the roles; the mentor counts as active again once it has passed', async () => {
    const guildId = await serverWithRoles();
    const clock = new FixedClock(june);
    await registerMentor(registration(guildId), clock);
    const paused = await pauseMentor({ guildId, userId: MENTOR, until: '2026-06-15' }, clock);
    // "2026-06-15" is the start of that day in Berlin.
    expect(paused.view.profile).toMatchObject({ status: 'paused', pausedUntil: new Date('2026-06-14T22:00:00Z') });
    expect(paused.view).toMatchObject({ effectiveStatus: 'paused', offered: false });
    expect(await earned(guildId)).toEqual([ROLE.mentor, ROLE.web]);

    clock.set('2026-06-14T22:00:00Z');
    const later = await getMentorProfile({ guildId, userId: MENTOR, viewer: admin }, clock);
    expect(later).toMatchObject({ effectiveStatus: 'active', offered: true });
    expect(later.profile.status).toBe('paused');
  });

  it('refuses a pause end in the past or more than a year ahead', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock(june);
    await registerMentor(registration(guildId), clock);
    expect(
      await expectInvalidInput('until', () =>
        pauseMentor({ guildId, userId: MENTOR, until: new Date('2026-05-31T00:00:00Z') }, clock),
      ),
    ).toBe('Pick a date in the future to pause until.');
    expect(
      await expectInvalidInput('until', () => pauseMentor({ guildId, userId: MENTOR, until: '2027-06-02' }, clock)),
    ).toBe('You can pause for at most a year; pick a date before 2027-06-01.');
    expect(
      await expectInvalidInput('until', () => pauseMentor({ guildId, userId: MENTOR, until: 'soon' }, clock)),
    ).toBe('`soon` is not a date; write it as YYYY-MM-DD, like "2026-07-01".');
    await expectInvalidInput('until', () => pauseMentor({ guildId, userId: MENTOR, until: '2026-02-30' }, clock));
    await expectInvalidInput('until', () => pauseMentor({ guildId, userId: MENTOR, until: '2026-07-01T10:00' }, clock));
    expect((await findMentorProfile(guildId, MENTOR))?.status).toBe('active');
  });

  it('pauses without an end until resumed; resuming an active mentor is refused', async () => {
    const guildId = newGuildId();
    const clock = new FixedClock(june);
    await registerMentor(registration(guildId), clock);
    await pauseMentor({ guildId, userId: MENTOR }, clock);
    clock.set('2027-01-01T00:00:00Z');
    expect((await getMentorProfile({ guildId, userId: MENTOR, viewer: admin }, clock)).effectiveStatus).toBe('paused');
    const resumed = await resumeMentor({ guildId, userId: MENTOR }, clock);
    expect(resumed.view.profile).toMatchObject({ status: 'active', pausedUntil: null });
    expect((await expectUserError('conflict', () => resumeMentor({ guildId, userId: MENTOR }, clock))).message).toBe(
      'You are not paused, so there is nothing to resume.',
    );
  });

  it('retires once: roles removed, skills uncounted, profile kept', async () => {
    const guildId = await serverWithRoles();
    const clock = new FixedClock(june);
    await registerMentor(registration(guildId), clock);
    const retired = await retireMentor({ guildId, userId: MENTOR }, clock);
    expect(retired.view.profile).toMatchObject({ status: 'retired', retiredAt: clock.now() });
    expect(retired.view.offered).toBe(false);
    expect(await earned(guildId)).toEqual([]);
    expect(await tagCounts(guildId)).toEqual({});
    await expectUserError('conflict', () => retireMentor({ guildId, userId: MENTOR }, clock));
    expect((await getMentorProfile({ guildId, userId: MENTOR, viewer: admin }, clock)).effectiveStatus).toBe('retired');
  });
});

describe('approval under a formal program', () => {
  async function formalServer(): Promise<string> {
    const guildId = await serverWithRoles();
    await updateMentorProgramSettings({ guildId, actor: admin, formalProgram: true });
    return guildId;
  }

  it('holds new mentors as pending, without roles or offers, until an admin approves', async () => {
    const guildId = await formalServer();
    const clock = new FixedClock(june);
    const registered = await registerMentor(registration(guildId), clock);
    expect(registered.view.profile.approval.state).toBe('pending');
    expect(registered.view.offered).toBe(false);
    expect(registered.newApplication).toBe(true);
    expect(await earned(guildId)).toEqual([]);

    const refused = await expectUserError('forbidden', () =>
      approveMentor({ guildId, mentorUserId: MENTOR, actor: { userId: MENTOR, isAdmin: false } }, clock),
    );
    expect(refused.message).toBe('Only server admins (Manage Server) can do that.');

    const approved = await approveMentor({ guildId, mentorUserId: MENTOR, actor: admin }, clock);
    expect(approved.view.profile.approval).toEqual({
      state: 'approved',
      reason: null,
      decidedBy: admin.userId,
      decidedAt: clock.now(),
    });
    expect(approved.view.offered).toBe(true);
    expect(approved.newApplication).toBe(false);
    expect(await earned(guildId)).toEqual([ROLE.mentor, ROLE.web]);
    expect(approved.applicantNotice).toEqual({ userId: MENTOR, outcome: 'approved', reason: null });
    await expectUserError('conflict', () => approveMentor({ guildId, mentorUserId: MENTOR, actor: admin }, clock));
  });

  it('rejects with a reason the applicant reads, and withdraws an approval with its roles', async () => {
    const guildId = await formalServer();
    const clock = new FixedClock(june);
    await registerMentor(registration(guildId), clock);
    expect(
      await expectInvalidInput('reason', () =>
        rejectMentor({ guildId, mentorUserId: MENTOR, actor: admin, reason: '  ' }, clock),
      ),
    ).toBe('Give a reason; the applicant will read it.');
    await approveMentor({ guildId, mentorUserId: MENTOR, actor: admin }, clock);
    const rejected = await rejectMentor(
      { guildId, mentorUserId: MENTOR, actor: admin, reason: 'Please add more detail to your bio.' },
      clock,
    );
    expect(rejected.view.profile.approval).toMatchObject({
      state: 'rejected',
      reason: 'Please add more detail to your bio.',
    });
    expect(await earned(guildId)).toEqual([]);
    expect(rejected.applicantNotice).toEqual({
      userId: MENTOR,
      outcome: 'rejected',
      reason: 'Please add more detail to your bio.',
    });
  });

  it('keeps an earlier approval when a retired mentor returns, and needs no approval without a program', async () => {
    const guildId = await formalServer();
    const clock = new FixedClock(june);
    await registerMentor(registration(guildId), clock);
    await approveMentor({ guildId, mentorUserId: MENTOR, actor: admin }, clock);
    await retireMentor({ guildId, userId: MENTOR }, clock);
    const back = await registerMentor(registration(guildId), clock);
    expect(back.view.profile.approval.state).toBe('approved');

    const informal = newGuildId();
    await registerMentor(registration(informal), clock);
    expect(
      (
        await expectUserError('conflict', () =>
          approveMentor({ guildId: informal, mentorUserId: MENTOR, actor: admin }, clock),
        )
      ).message,
    ).toBe('This server has no formal mentor program, so mentors need no approval.');
  });
});

describe('who sees an application', () => {
  const other = { userId: '300000000000000099', isAdmin: false };
  const self = { userId: MENTOR, isAdmin: false };

  it('hides a pending or rejected application from other members, not from the applicant or admins', async () => {
    const guildId = newGuildId();
    await updateMentorProgramSettings({ guildId, actor: admin, formalProgram: true });
    const clock = new FixedClock(june);
    await registerMentor(registration(guildId), clock);
    const view = (viewer: typeof other) => getMentorProfile({ guildId, userId: MENTOR, viewer }, clock);
    const hidden = await expectUserError('not-found', () => view(other));
    expect(hidden.message).toBe("I couldn't find a mentor profile for that member. They are not a mentor here.");
    expect((await view(self)).profile.approval.state).toBe('pending');
    expect((await view(admin)).profile.approval.state).toBe('pending');

    await rejectMentor({ guildId, mentorUserId: MENTOR, actor: admin, reason: 'Not yet.' }, clock);
    await expectUserError('not-found', () => view(other));
    await approveMentor({ guildId, mentorUserId: MENTOR, actor: admin }, clock);
    expect((await view(other)).offered).toBe(true);
  });

  it('lists pending applications to admins only', async () => {
    const guildId = newGuildId();
    await updateMentorProgramSettings({ guildId, actor: admin, formalProgram: true });
    const clock = new FixedClock(june);
    await registerMentor(registration(guildId), clock);
    await registerMentor(registration(guildId, { userId: '300000000000000002' }), clock);
    await approveMentor({ guildId, mentorUserId: '300000000000000002', actor: admin }, clock);
    const listed = await listPendingApplications({ guildId, actor: admin }, clock);
    expect(listed.total).toBe(1);
    expect(listed.applications.map((view) => view.profile.userId)).toEqual([MENTOR]);
    const refused = await expectUserError('forbidden', () => listPendingApplications({ guildId, actor: other }, clock));
    expect(refused.message).toBe('Only server admins (Manage Server) can do that.');
  });
});
