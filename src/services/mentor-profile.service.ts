/**
 * A member becoming, being and leaving a mentor: register, edit, pause, resume, retire, and under a formal
 * program an admin's approval. Every change returns a view of the profile with what is computed from the
 * clock; the adapter then reconciles the member's Discord roles (mentor-roles.service.ts).
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { messageKey } from '../i18n/message.js';
import { getGuildSettings, type GuildSettings } from '../../models/guild-settings.model.js';
import {
  MENTOR_FORMATS,
  findMentorProfile,
  findMentorUserIds,
  insertMentorProfile,
  updateMentorProfile,
  type MentorApproval,
  type MentorProfile,
  type MentorProfileFields,
  type MentorStatus,
} from '../../models/mentor-profile.model.js';
import { adjustSkillTagCounts } from '../../models/skill-tag.model.js';
import {
  isAvailableAt,
  localTimeNow,
  nextAvailability,
  parseAvailability,
  toUtcMinutesOfWeek,
  utcOffsetMinutes,
  validateWindows,
  type LocalTime,
  type TimeInterval,
} from './availability.js';
import { normaliseLanguages } from './languages.js';
import { quotedInput } from './quoted-input.js';
import { effectiveStatus, isOffered } from './mentor-standing.js';
import { actorSchema, availabilityInput, discordId, parseInput, requireAdmin } from './service-input.js';
import { normaliseSkills } from './skill-tags.js';
import { listSpecialties, pickSpecialties, type Specialty } from './specialty.service.js';
import { normaliseTimezone } from './timezones.js';

export type { MentorProfile } from '../../models/mentor-profile.model.js';

export const MAX_SPECIALTIES = 5;
export const DEFAULT_CAPACITY = 3;
const MAX_PAUSE_DAYS = 365;

export interface MentorProfileView {
  profile: MentorProfile;
  /** The profile's specialties, archived ones included (they stay on profiles). */
  specialties: Specialty[];
  /** "paused" becomes "active" once pausedUntil has passed, before any job rewrites the document. */
  effectiveStatus: MentorStatus;
  /** Whether searches offer this mentor now: active, recognised (approved if needed), with a free place. */
  offered: boolean;
  localTime: LocalTime;
  /** The window in progress or the next one, as exact UTC instants. */
  nextAvailability: TimeInterval | null;
  availableNow: boolean;
  capacity: { total: number; used: number; free: number };
}

export interface MentorChange {
  view: MentorProfileView;
  /** True when this change made the member an applicant waiting for approval (admins are told). */
  newApplication: boolean;
}

export interface MentorDecision extends MentorChange {
  /** What to tell the applicant, e.g. in a direct message. */
  applicantNotice: { userId: string; outcome: 'approved' | 'rejected'; reason: string | null };
}

// ---------------------------------------------------------------------------------------------------------
// Input

const YEARS_RULE = messageKey('mentor.errors.years');
const CAPACITY_RULE = messageKey('mentor.errors.capacity');

const profileFields = {
  specialties: z.array(z.string()).min(1, messageKey('mentor.errors.specialtiesRequired')),
  skills: z.array(z.string()),
  headline: z
    .string()
    .trim()
    .min(1, messageKey('mentor.errors.headlineRequired'))
    .max(100, messageKey('mentor.errors.headlineTooLong')),
  bio: z.string().trim().max(1000, messageKey('mentor.errors.bioTooLong')),
  yearsExperience: z.number({ error: YEARS_RULE }).int(YEARS_RULE).min(0, YEARS_RULE).max(60, YEARS_RULE),
  timezone: z.string(),
  availability: availabilityInput,
  capacity: z.number({ error: CAPACITY_RULE }).int(CAPACITY_RULE).min(1, CAPACITY_RULE).max(20, CAPACITY_RULE),
  formats: z
    .array(z.enum(MENTOR_FORMATS, { error: messageKey('mentor.errors.unknownFormat') }))
    .min(1, messageKey('mentor.errors.formatsRequired')),
  languages: z.array(z.string()),
};

const detailsSchema = z.object(profileFields);

const registerSchema = z.object({
  guildId: discordId,
  userId: discordId,
  ...profileFields,
  skills: profileFields.skills.default([]),
  bio: profileFields.bio.default(''),
  capacity: profileFields.capacity.default(DEFAULT_CAPACITY),
  languages: profileFields.languages.default(['en']),
});

export type RegisterMentorInput = z.input<typeof registerSchema>;

const editSchema = detailsSchema.partial().extend({ guildId: discordId, userId: discordId });

export type EditMentorInput = z.input<typeof editSchema>;

const memberSchema = z.object({ guildId: discordId, userId: discordId });

export type MentorRef = z.input<typeof memberSchema>;

const viewSchema = memberSchema.extend({ viewer: actorSchema });

export type ViewMentorInput = z.input<typeof viewSchema>;

const applicationsSchema = z.object({ guildId: discordId, actor: actorSchema });

export type ListApplicationsInput = z.input<typeof applicationsSchema>;

const pauseSchema = memberSchema.extend({
  /** A Date, or a "YYYY-MM-DD" date meaning the start of that day in the mentor's time zone. */
  until: z.union([z.date(), z.string()]).nullable().optional(),
});

export type PauseMentorInput = z.input<typeof pauseSchema>;

const decisionSchema = z.object({ guildId: discordId, mentorUserId: discordId, actor: actorSchema });

export type ApproveMentorInput = z.input<typeof decisionSchema>;

const rejectSchema = decisionSchema.extend({
  reason: z
    .string()
    .trim()
    .min(1, messageKey('mentor.errors.reasonRequired'))
    .max(500, messageKey('mentor.errors.reasonTooLong')),
});

export type RejectMentorInput = z.input<typeof rejectSchema>;

// ---------------------------------------------------------------------------------------------------------
// Commands

/**
 * Registers the member as a mentor. A retired mentor registering again is reactivated with the new
 * details (reputation and history kept). Under a formal program the profile waits for approval and no
 * roles are granted yet; a mentor approved before keeps the approval.
 */
export async function registerMentor(input: RegisterMentorInput, clock: Clock): Promise<MentorChange> {
  const data = parseInput(registerSchema, input);
  const now = clock.now();
  const [server, existing] = await Promise.all([
    loadServer(data.guildId),
    findMentorProfile(data.guildId, data.userId),
  ]);
  const details = checkedDetails(server.catalog, data, [], now);
  if (existing !== null && existing.status !== 'retired') {
    throw new ConflictError('mentor.errors.alreadyRegistered');
  }
  const fields: MentorProfileFields = {
    ...details,
    status: 'active',
    pausedUntil: null,
    retiredAt: null,
    retiredReason: null,
    approval: approvalOnRegistration(server.settings.formalProgram, existing?.approval ?? null),
  };
  const saved =
    existing === null
      ? await insertMentorProfile(data.guildId, data.userId, fields)
      : await updateMentorProfile(data.guildId, data.userId, existing.revision, fields);
  if (saved === null) {
    throw new ConflictError('mentor.errors.concurrentChange');
  }
  return applied(existing, saved, server, now);
}

/** Changes the given fields; the others stay. Specialties already on the profile may be archived ones. */
export async function editMentor(input: EditMentorInput, clock: Clock): Promise<MentorChange> {
  const { guildId, userId, ...changes } = parseInput(editSchema, input);
  const now = clock.now();
  const { existing, server } = await requireLiveProfile(guildId, userId);
  if (Object.values(changes).every((value) => value === undefined)) {
    throw new InvalidInputError('input', 'mentor.errors.nothingChanged');
  }
  const set = checkedDetails(server.catalog, { ...changes }, existing.specialties, now, existing);
  return save(existing, set, server, now);
}

/** Stops offers until `until` (at most a year ahead) or until resumed. */
export async function pauseMentor(input: PauseMentorInput, clock: Clock): Promise<MentorChange> {
  const { guildId, userId, until } = parseInput(pauseSchema, input);
  const now = clock.now();
  const { existing, server } = await requireLiveProfile(guildId, userId);
  const pausedUntil = until === undefined || until === null ? null : pauseEnd(until, existing.timezone, now);
  return save(existing, { status: 'paused', pausedUntil }, server, now);
}

export async function resumeMentor(input: MentorRef, clock: Clock): Promise<MentorChange> {
  const { guildId, userId } = parseInput(memberSchema, input);
  const now = clock.now();
  const { existing, server } = await requireLiveProfile(guildId, userId);
  if (existing.status !== 'paused') {
    throw new ConflictError('mentor.errors.notPaused');
  }
  return save(existing, { status: 'active', pausedUntil: null }, server, now);
}

/**
 * Run when a dated pause should be over: records the return, or does nothing (null) when the mentor
 * already came back, retired, or paused again with another end.
 */
export async function endPauseIfDue(input: MentorRef, clock: Clock): Promise<MentorChange | null> {
  const { guildId, userId } = parseInput(memberSchema, input);
  const now = clock.now();
  const existing = await findMentorProfile(guildId, userId);
  if (existing?.status !== 'paused' || existing.pausedUntil === null || existing.pausedUntil > now) return null;
  const { server } = await requireLiveProfile(guildId, userId);
  return save(existing, { status: 'active', pausedUntil: null }, server, now);
}

/** Leaves mentoring: no more offers, roles removed, skills no longer counted; the profile is kept. */
export async function retireMentor(input: MentorRef, clock: Clock): Promise<MentorChange> {
  const { guildId, userId } = parseInput(memberSchema, input);
  const now = clock.now();
  const { existing, server } = await requireLiveProfile(guildId, userId);
  return save(
    existing,
    { status: 'retired', retiredAt: now, retiredReason: 'retired', pausedUntil: null },
    server,
    now,
  );
}

/**
 * A mentor who left the server is retired with that reason. Null when there is nothing to retire (no
 * profile, or already retired), so hearing of the same departure twice is harmless.
 */
export async function retireDepartedMentor(input: MentorRef, clock: Clock): Promise<MentorChange | null> {
  const { guildId, userId } = parseInput(memberSchema, input);
  const now = clock.now();
  const [existing, server] = await Promise.all([findMentorProfile(guildId, userId), loadServer(guildId)]);
  if (existing === null || existing.status === 'retired') return null;
  return save(
    existing,
    { status: 'retired', retiredAt: now, retiredReason: 'left-server', pausedUntil: null },
    server,
    now,
  );
}

/**
 * A profile as `viewer` may see it. An application that is pending or was turned down is the applicant's
 * and the admins' business: to other members it is as if there were no profile.
 */
export async function getMentorProfile(input: ViewMentorInput, clock: Clock): Promise<MentorProfileView> {
  const { guildId, userId, viewer } = parseInput(viewSchema, input);
  const [profile, catalog] = await Promise.all([
    findMentorProfile(guildId, userId),
    listSpecialties(guildId, { includeArchived: true }),
  ]);
  const mayAlsoSeeApplications = viewer.userId === userId || viewer.isAdmin;
  const unapproved = profile !== null && ['pending', 'rejected'].includes(profile.approval.state);
  if (profile === null || (unapproved && !mayAlsoSeeApplications)) {
    throw new NotFoundError('mentor.errors.noMentorProfile');
  }
  return viewOf(profile, catalog, clock.now());
}

/** Applications waiting for an admin's decision: how many, and the first `limit` of them. */
export async function listPendingApplications(
  input: ListApplicationsInput,
  clock: Clock,
  limit = 10,
): Promise<{ total: number; applications: MentorProfileView[] }> {
  const { guildId, actor } = parseInput(applicationsSchema, input);
  requireAdmin(actor);
  const [userIds, catalog] = await Promise.all([
    findMentorUserIds(guildId, ['pending']),
    listSpecialties(guildId, { includeArchived: true }),
  ]);
  const profiles = await Promise.all(userIds.slice(0, limit).map((userId) => findMentorProfile(guildId, userId)));
  const now = clock.now();
  return {
    total: userIds.length,
    applications: profiles.flatMap((profile) => (profile === null ? [] : [viewOf(profile, catalog, now)])),
  };
}

/**
 * An admin accepts a pending (or earlier rejected) application. Allowed while the server runs a formal
 * program, and for applications still pending from when it did, so nobody is left waiting.
 */
export async function approveMentor(input: ApproveMentorInput, clock: Clock): Promise<MentorDecision> {
  const { guildId, mentorUserId, actor } = parseInput(decisionSchema, input);
  requireAdmin(actor);
  const now = clock.now();
  const { existing, server } = await requireApplication(guildId, mentorUserId);
  if (existing.approval.state === 'approved') throw new ConflictError('mentor.errors.alreadyApproved');
  const approval: MentorApproval = { state: 'approved', reason: null, decidedBy: actor.userId, decidedAt: now };
  const change = await save(existing, { approval }, server, now);
  return { ...change, applicantNotice: { userId: mentorUserId, outcome: 'approved', reason: null } };
}

/** An admin turns down a pending application, or withdraws an approval; the reason goes to the applicant. */
export async function rejectMentor(input: RejectMentorInput, clock: Clock): Promise<MentorDecision> {
  const { guildId, mentorUserId, actor, reason } = parseInput(rejectSchema, input);
  requireAdmin(actor);
  const now = clock.now();
  const { existing, server } = await requireApplication(guildId, mentorUserId);
  if (existing.approval.state === 'rejected') throw new ConflictError('mentor.errors.alreadyRejected');
  const approval: MentorApproval = { state: 'rejected', reason, decidedBy: actor.userId, decidedAt: now };
  const change = await save(existing, { approval }, server, now);
  return { ...change, applicantNotice: { userId: mentorUserId, outcome: 'rejected', reason } };
}

// ---------------------------------------------------------------------------------------------------------
// Rules

/** What a member writes about themselves, as opposed to where they stand (status, approval). */
type ProfileDetails = Omit<MentorProfileFields, 'status' | 'pausedUntil' | 'retiredAt' | 'approval'>;

type Details = z.output<typeof detailsSchema>;
type DetailsInput = { [Field in keyof Details]?: Details[Field] | undefined };

/**
 * Checks every given field against the rules and returns them as stored. With `current` (an edit),
 * fields not given are left out, except that a new time zone or new windows re-project the UTC week.
 */
function checkedDetails(
  catalog: readonly Specialty[],
  input: Details,
  allowArchived: readonly string[],
  now: Date,
): ProfileDetails;
function checkedDetails(
  catalog: readonly Specialty[],
  input: DetailsInput,
  allowArchived: readonly string[],
  now: Date,
  current: MentorProfile,
): Partial<ProfileDetails>;
function checkedDetails(
  catalog: readonly Specialty[],
  input: DetailsInput,
  allowArchived: readonly string[],
  now: Date,
  current?: MentorProfile,
): Partial<ProfileDetails> {
  const details: Partial<ProfileDetails> = {};
  if (input.specialties !== undefined) {
    const specialties = pickSpecialties(catalog, input.specialties, { allowArchived });
    if (specialties.length > MAX_SPECIALTIES) {
      throw new InvalidInputError('specialties', 'mentor.errors.tooManySpecialties', {
        max: MAX_SPECIALTIES,
        count: specialties.length,
      });
    }
    details.specialties = specialties.map((specialty) => specialty.slug);
  }
  if (input.skills !== undefined) details.skills = normaliseSkills(input.skills);
  if (input.headline !== undefined) details.headline = input.headline;
  if (input.bio !== undefined) details.bio = input.bio;
  if (input.yearsExperience !== undefined) details.yearsExperience = input.yearsExperience;
  if (input.timezone !== undefined) details.timezone = normaliseTimezone(input.timezone);
  if (input.availability !== undefined) {
    details.availability =
      typeof input.availability === 'string'
        ? parseAvailability(input.availability)
        : validateWindows(input.availability);
  }
  if (input.capacity !== undefined) details.capacity = input.capacity;
  if (input.formats !== undefined) details.formats = [...new Set(input.formats)];
  if (input.languages !== undefined) details.languages = normaliseLanguages(input.languages);
  if (details.timezone !== undefined || details.availability !== undefined) {
    const timezone = details.timezone ?? current?.timezone;
    const availability = details.availability ?? current?.availability;
    if (timezone === undefined || availability === undefined) throw new Error('A registration lacks zone or windows.');
    details.utcWindows = toUtcMinutesOfWeek(availability, timezone, now);
    details.utcWindowsOffsetMinutes = utcOffsetMinutes(timezone, now);
  }
  return details;
}

function approvalOnRegistration(formalProgram: boolean, previous: MentorApproval | null): MentorApproval {
  if (previous?.state === 'approved') return previous;
  return { state: formalProgram ? 'pending' : 'not-required', reason: null, decidedBy: null, decidedAt: null };
}

/** "YYYY-MM-DD" is the start of that day where the mentor lives; the end must be ahead, within a year. */
function pauseEnd(until: Date | string, timezone: string, now: Date): Date {
  const end = typeof until === 'string' ? startOfLocalDate(until.trim(), timezone) : until;
  if (Number.isNaN(end.getTime())) {
    throw new InvalidInputError('until', 'mentor.errors.notADate', { input: quotedInput(String(until)) });
  }
  if (end <= now) throw new InvalidInputError('until', 'mentor.errors.pauseInPast');
  const latest = DateTime.fromJSDate(now).plus({ days: MAX_PAUSE_DAYS });
  if (end > latest.toJSDate()) {
    throw new InvalidInputError('until', 'mentor.errors.pauseTooLong', {
      latest: latest.setZone(timezone).toISODate() ?? '',
    });
  }
  return end;
}

/** The instant "YYYY-MM-DD" begins in `timezone`; an invalid Date for any other text. */
function startOfLocalDate(text: string, timezone: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(text)) return new Date(Number.NaN);
  return DateTime.fromISO(text, { zone: timezone }).toJSDate();
}

// ---------------------------------------------------------------------------------------------------------
// Persistence and effects

/** What every change needs besides the profile: the server's specialties (archived too) and settings. */
interface ServerContext {
  catalog: Specialty[];
  settings: GuildSettings;
}

async function loadServer(guildId: string): Promise<ServerContext> {
  const [catalog, settings] = await Promise.all([
    listSpecialties(guildId, { includeArchived: true }),
    getGuildSettings(guildId),
  ]);
  return { catalog, settings };
}

async function requireLiveProfile(
  guildId: string,
  userId: string,
): Promise<{ existing: MentorProfile; server: ServerContext }> {
  const [existing, server] = await Promise.all([findMentorProfile(guildId, userId), loadServer(guildId)]);
  if (existing === null) throw new NotFoundError('mentor.errors.notRegistered');
  if (existing.status === 'retired') {
    throw new ConflictError('mentor.errors.retired');
  }
  return { existing, server };
}

async function requireApplication(
  guildId: string,
  userId: string,
): Promise<{ existing: MentorProfile; server: ServerContext }> {
  const [existing, server] = await Promise.all([findMentorProfile(guildId, userId), loadServer(guildId)]);
  const { formalProgram } = server.settings;
  if (existing === null) {
    throw new NotFoundError('mentor.errors.noApplication');
  }
  if (existing.status === 'retired') throw new ConflictError('mentor.errors.mentorRetired');
  if (existing.approval.state === 'not-required') {
    throw new ConflictError(formalProgram ? 'mentor.errors.joinedBeforeProgram' : 'mentor.errors.noFormalProgram');
  }
  if (!formalProgram && existing.approval.state !== 'pending') {
    throw new ConflictError('mentor.errors.noFormalProgram');
  }
  return { existing, server };
}

/** Writes `set` if nobody changed the profile since it was read, then applies the effects. */
async function save(
  existing: MentorProfile,
  set: Partial<MentorProfileFields>,
  server: ServerContext,
  now: Date,
): Promise<MentorChange> {
  const saved = await updateMentorProfile(existing.guildId, existing.userId, existing.revision, set);
  if (saved === null) {
    throw new ConflictError('mentor.errors.concurrentChange');
  }
  return applied(existing, saved, server, now);
}

/** After a write: keeps the skill-tag counts in step (skills count while not retired). */
async function applied(
  before: MentorProfile | null,
  after: MentorProfile,
  server: ServerContext,
  now: Date,
): Promise<MentorChange> {
  const counted = (profile: MentorProfile | null): string[] =>
    profile === null || profile.status === 'retired' ? [] : profile.skills;
  const [skillsBefore, skillsAfter] = [counted(before), counted(after)];
  await adjustSkillTagCounts(
    after.guildId,
    skillsAfter.filter((skill) => !skillsBefore.includes(skill)),
    skillsBefore.filter((skill) => !skillsAfter.includes(skill)),
  );
  const applying = (profile: MentorProfile | null) =>
    profile !== null && profile.status !== 'retired' && profile.approval.state === 'pending';
  return { view: viewOf(after, server.catalog, now), newApplication: applying(after) && !applying(before) };
}

function viewOf(profile: MentorProfile, catalog: readonly Specialty[], now: Date): MentorProfileView {
  const free = Math.max(0, profile.capacity - profile.activeMenteeCount);
  return {
    profile,
    specialties: profile.specialties.flatMap((slug) => catalog.filter((specialty) => specialty.slug === slug)),
    effectiveStatus: effectiveStatus(profile, now),
    offered: isOffered(profile, now),
    localTime: localTimeNow(profile.timezone, now),
    nextAvailability: nextAvailability(profile.availability, profile.timezone, now),
    availableNow: isAvailableAt(profile.availability, profile.timezone, now),
    capacity: { total: profile.capacity, used: profile.activeMenteeCount, free },
  };
}
