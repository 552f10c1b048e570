/**
 * "Find me a mentor": the mentors of one specialty come from the in-memory directory (current with every
 * write any process recorded, see mentor-search/mentor-directory.ts), are filtered by what the asker
 * requires and what makes a mentor offerable, ranked (mentor-search/ranking.ts) and paginated; only the
 * mentors shown get a full score breakdown and their next hours. The same data and clock always give the
 * same pages.
 */
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { MENTOR_FORMATS, type MentorFormat } from '../../models/mentor-profile.model.js';
import { findPopularSkillTags, findSkillTagsByPrefix, type SkillTag } from '../../models/skill-tag.model.js';
import {
  everyDay,
  isAvailableAt,
  localTimeNow,
  nextAvailability,
  startOfNextWeek,
  toUtcMinutesOfWeek,
  utcOffsetMinutes,
  type AvailabilityWindow,
  type LocalTime,
  type TimeInterval,
} from './availability.js';
import { normaliseLanguages } from './languages.js';
import { projectionAt, type DirectoryEntry } from './mentor-search/directory-entry.js';
import { mentorDirectory, type MentorDirectory } from './mentor-search/mentor-directory.js';
import { rankMentors } from './mentor-search/ranking.js';
import { scoreMentor, type AskerHours, type ScoreBreakdown } from './mentor-score.js';
import { discordId, parseInput } from './service-input.js';
import { normaliseSkill, normaliseSkills } from './skill-tags.js';
import { pickSpecialties, type Specialty } from './specialty.service.js';

/** Hours assumed for an asker who gave a time zone but no hours of their own. */
export const ASSUMED_ASKER_HOURS = everyDay('09:00', '22:00');
export const DEFAULT_PAGE_SIZE = 5;
export const MAX_PAGE_SIZE = 25;

const findSchema = z.object({
  guildId: discordId,
  askerId: discordId,
  /** Slug or name. */
  specialty: z.string(),
  skill: z.string().optional(),
  format: z
    .enum(MENTOR_FORMATS, {
      error: (issue) => `"${String(issue.input)}" is not a format; use ${MENTOR_FORMATS.join(', ')}.`,
    })
    .optional(),
  /** ISO 639-1 code or English name. */
  language: z.string().optional(),
  /** "now": in a window at this moment; "this-week": a window left before the asker's week ends (Sunday 24:00). */
  available: z.enum(['now', 'this-week'], { error: 'Availability is "now" or "this-week".' }).optional(),
  page: z.number().int().min(1, 'Pages start at 1.').default(1),
  pageSize: z
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE, `A page shows at most ${MAX_PAGE_SIZE} mentors.`)
    .default(DEFAULT_PAGE_SIZE),
});

export type FindMentorsInput = z.input<typeof findSchema>;

export interface MentorSummary {
  userId: string;
  headline: string;
  specialties: string[];
  skills: string[];
  yearsExperience: number;
  formats: MentorFormat[];
  languages: string[];
  timezone: string;
  localTime: LocalTime;
  availableNow: boolean;
  nextAvailability: TimeInterval | null;
  capacity: { total: number; used: number; free: number };
  reputation: number;
  sessionsHeld: number;
}

export interface MentorSearchResult {
  /** 1-based position in the whole ordered list, not just the page. */
  rank: number;
  mentor: MentorSummary;
  score: ScoreBreakdown;
}

export interface MentorSearchPage {
  specialty: Specialty;
  results: MentorSearchResult[];
  /** Mentors matching, across all pages. */
  total: number;
  /** The page returned: the one asked for, or the last one if it asked past the end. */
  page: number;
  pageCount: number;
  /** Whether the asker's hours were compared (their time zone is known) and whether they were assumed. */
  askerHours: 'own' | 'assumed' | 'unknown';
}

/** `directory` is the process's own unless a test stands in for another process. */
export async function findMentors(
  input: FindMentorsInput,
  clock: Clock,
  directory: MentorDirectory = mentorDirectory,
): Promise<MentorSearchPage> {
  const query = parseInput(findSchema, input);
  const now = clock.now();
  const skill = query.skill === undefined ? null : (normaliseSkills([query.skill], 'skill')[0] ?? null);
  const language = query.language === undefined ? null : (normaliseLanguages([query.language], 'language')[0] ?? null);
  const server = await directory.current(query.guildId);
  const [catalog, asker] = await Promise.all([server.specialties(), server.member(query.askerId)]);
  const [specialty] = pickSpecialties(catalog, [query.specialty], { field: 'specialty' });
  if (specialty === undefined) throw new Error('pickSpecialties returned nothing for one reference.');
  const askerZone = asker?.timezone ?? null;
  const weekEnd = startOfNextWeek(askerZone ?? 'UTC', now);
  const hours = askerHours(askerZone, asker?.availability ?? [], now);

  // Past the end, the last page lies within the best `wanted`, since fewer than that match.
  const ranking = rankMentors(
    server.inSpecialty(specialty.slug),
    {
      askerId: query.askerId,
      skill,
      format: query.format ?? null,
      language,
      available: query.available ?? null,
      now,
      weekEnd,
      hours,
    },
    query.page * query.pageSize,
  );
  const pageCount = Math.ceil(ranking.matching / query.pageSize);
  const page = Math.min(query.page, Math.max(1, pageCount));
  const first = (page - 1) * query.pageSize;
  return {
    specialty,
    results: ranking.best.slice(first, first + query.pageSize).map(({ entry }, index) => ({
      rank: first + index + 1,
      mentor: summaryOf(entry, now),
      score: scoreMentor(
        { ...entry.profile, utcWindows: projectionAt(entry, utcOffsetMinutes(entry.profile.timezone, now)) },
        { skill, hours },
      ),
    })),
    total: ranking.matching,
    page,
    pageCount,
    askerHours: askerZone === null ? 'unknown' : (asker?.availability.length ?? 0) > 0 ? 'own' : 'assumed',
  };
}

/** Skill tags mentors of the server list, for autocomplete: by prefix, or the most listed when empty. */
export async function autocompleteSkills(guildId: string, prefix: string, limit = 25): Promise<SkillTag[]> {
  const id = parseInput(discordId, guildId);
  const typed = normaliseSkill(prefix);
  const capped = Math.min(Math.max(1, limit), 25);
  return typed === '' ? findPopularSkillTags(id, capped) : findSkillTagsByPrefix(id, typed, capped);
}

function askerHours(timezone: string | null, windows: readonly AvailabilityWindow[], now: Date): AskerHours | null {
  if (timezone === null) return null;
  const own = windows.length > 0 ? windows : ASSUMED_ASKER_HOURS;
  return { utcWindows: toUtcMinutesOfWeek(own, timezone, now), utcOffsetMinutes: utcOffsetMinutes(timezone, now) };
}

function summaryOf({ profile: mentor }: DirectoryEntry, now: Date): MentorSummary {
  return {
    userId: mentor.userId,
    headline: mentor.headline,
    specialties: mentor.specialties,
    skills: mentor.skills,
    yearsExperience: mentor.yearsExperience,
    formats: mentor.formats,
    languages: mentor.languages,
    timezone: mentor.timezone,
    localTime: localTimeNow(mentor.timezone, now),
    availableNow: isAvailableAt(mentor.availability, mentor.timezone, now),
    nextAvailability: nextAvailability(mentor.availability, mentor.timezone, now),
    capacity: {
      total: mentor.capacity,
      used: mentor.activeMenteeCount,
      free: Math.max(0, mentor.capacity - mentor.activeMenteeCount),
    },
    reputation: mentor.reputation,
    sessionsHeld: mentor.sessionsHeld,
  };
}
