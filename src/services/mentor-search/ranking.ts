/**
 * Filters and ranks the mentors of one specialty for one asker, in memory and without reasons: ranking
 * every candidate needs only each score component's number (mentor-score.ts gives the same totals and,
 * for the few mentors shown, the reasons). The cost per candidate is a few comparisons and one walk over
 * two short lists of UTC windows; time zone facts are looked up once per zone, not per mentor.
 */
import type { MentorFormat } from '../../../models/mentor-profile.model.js';
import {
  MINUTES_PER_DAY,
  MINUTES_PER_WEEK,
  isAvailableAt,
  occurrencesBetween,
  offsetIsConstant,
  sharedMinutesOfMerged,
  utcOffsetMinutes,
  type WeeklyUtcWindow,
} from '../availability.js';
import {
  NEUTRAL_SCORE,
  areRelated,
  capacityScore,
  compareScoredMentors,
  overlapScore,
  totalOf,
  type AskerHours,
} from '../mentor-score.js';
import { isOffered } from '../mentor-standing.js';
import { projectionAt, type DirectoryEntry } from './directory-entry.js';

export interface RankingQuery {
  askerId: string;
  skill: string | null;
  format: MentorFormat | null;
  language: string | null;
  available: 'now' | 'this-week' | null;
  now: Date;
  /** The end of the asker's week (Sunday 24:00 their time), for "this-week". */
  weekEnd: Date;
  /** Null when the asker's time zone is unknown. */
  hours: AskerHours | null;
}

export interface RankedMentor {
  entry: DirectoryEntry;
  total: number;
}

export interface Ranking {
  /** How many mentors match, across all pages. */
  matching: number;
  /** The best `wanted` of them (fewer if fewer match), best first. */
  best: RankedMentor[];
}

const MS_PER_MINUTE = 60_000;
/** 1970-01-01 was a Thursday: minute 0 of the epoch is this far into a Monday-based week. */
const EPOCH_MINUTE_OF_WEEK = 3 * MINUTES_PER_DAY;
/**
 * Occurrences near an instant come from the local day before and the day of it, and local times are
 * read with offsets a day either side: four days around a range cover every offset that could matter.
 */
const OFFSET_MARGIN_MS = 4 * 24 * 60 * MS_PER_MINUTE;
/** Above this many, sorting everything beats keeping a sorted buffer of the best. */
const INSERTION_LIMIT = 64;

export function rankMentors(entries: readonly DirectoryEntry[], query: RankingQuery, wanted: number): Ranking {
  const zones = new ZoneFacts(query);
  const skillScore = skillScorer(query.skill);
  const best: RankedMentor[] = [];
  const all: RankedMentor[] = [];
  const keepAll = wanted > INSERTION_LIMIT;
  let matching = 0;
  for (const entry of entries) {
    const { profile } = entry;
    if (profile.userId === query.askerId || !isOffered(profile, query.now)) continue;
    if (query.format !== null && !profile.formats.includes(query.format)) continue;
    if (query.language !== null && !profile.languages.includes(query.language)) continue;
    const zone = zones.of(profile.timezone);
    if (query.available === 'now' && !zones.availableNow(entry, zone)) continue;
    if (query.available === 'this-week' && !zones.availableThisWeek(entry, zone)) continue;
    matching += 1;
    const total = totalOf({
      skill: skillScore(profile.skills),
      availability:
        query.hours === null
          ? NEUTRAL_SCORE
          : overlapScore(sharedMinutesOfMerged(projectionAt(entry, zone.offset), query.hours.utcWindows)),
      capacity: capacityScore(profile.capacity, profile.activeMenteeCount),
      reputation: entry.reputationScore,
      responsiveness: entry.responsivenessScore,
    });
    const ranked = { entry, total };
    if (keepAll) all.push(ranked);
    else keepBest(best, ranked, wanted);
  }
  return { matching, best: keepAll ? all.sort(compareRanked).slice(0, wanted) : best };
}

function compareRanked(a: RankedMentor, b: RankedMentor): number {
  return compareScoredMentors(
    { total: a.total, reputation: a.entry.profile.reputation, userId: a.entry.profile.userId },
    { total: b.total, reputation: b.entry.profile.reputation, userId: b.entry.profile.userId },
  );
}

/** Inserts into a sorted buffer of at most `size`, dropping the worst. */
function keepBest(buffer: RankedMentor[], ranked: RankedMentor, size: number): void {
  const last = buffer.at(-1);
  if (buffer.length >= size && last !== undefined && compareRanked(ranked, last) >= 0) return;
  let low = 0;
  let high = buffer.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compareRanked(buffer[middle] as RankedMentor, ranked) <= 0) low = middle + 1;
    else high = middle;
  }
  buffer.splice(low, 0, ranked);
  if (buffer.length > size) buffer.pop();
}

/**
 * The skill component, with each distinct tag judged once per search: exactly the asked skill, related
 * to it, or neither (the same rules as mentor-score.ts).
 */
function skillScorer(asked: string | null): (skills: readonly string[]) => number {
  if (asked === null) return () => NEUTRAL_SCORE;
  const verdicts = new Map<string, number>();
  return (skills) => {
    let score = 0;
    for (const skill of skills) {
      let verdict = verdicts.get(skill);
      if (verdict === undefined) {
        verdict = skill === asked ? 1 : areRelated(skill, asked) ? NEUTRAL_SCORE : 0;
        verdicts.set(skill, verdict);
      }
      if (verdict === 1) return 1;
      if (verdict > score) score = verdict;
    }
    return score;
  };
}

interface ZoneFact {
  timezone: string;
  offset: number;
  /** Whether the offset holds around now, and around the rest of the week: projections are then exact. */
  steadyNow: boolean | undefined;
  steadyThisWeek: boolean | undefined;
}

/** What the filters need to know of each time zone, looked up once per zone per search. */
class ZoneFacts {
  private readonly facts = new Map<string, ZoneFact>();
  private readonly nowMinute: number;
  private readonly weekEndMinute: number;

  constructor(private readonly query: RankingQuery) {
    this.nowMinute = Math.floor(query.now.getTime() / MS_PER_MINUTE);
    this.weekEndMinute = Math.ceil(query.weekEnd.getTime() / MS_PER_MINUTE);
  }

  of(timezone: string): ZoneFact {
    let fact = this.facts.get(timezone);
    if (fact === undefined) {
      const offset = utcOffsetMinutes(timezone, this.query.now);
      fact = { timezone, offset, steadyNow: undefined, steadyThisWeek: undefined };
      this.facts.set(timezone, fact);
    }
    return fact;
  }

  availableNow(entry: DirectoryEntry, zone: ZoneFact): boolean {
    const { now } = this.query;
    zone.steadyNow ??= this.steady(zone.timezone, now.getTime(), now.getTime());
    if (!zone.steadyNow) return isAvailableAt(entry.profile.availability, zone.timezone, now);
    const minute = minuteOfWeek(this.nowMinute);
    return projectionAt(entry, zone.offset).some((span) => span.start <= minute && minute < span.end);
  }

  availableThisWeek(entry: DirectoryEntry, zone: ZoneFact): boolean {
    const { now, weekEnd } = this.query;
    zone.steadyThisWeek ??= this.steady(zone.timezone, now.getTime(), weekEnd.getTime());
    if (!zone.steadyThisWeek) {
      return occurrencesBetween(entry.profile.availability, zone.timezone, now, weekEnd).length > 0;
    }
    return overlapsRange(projectionAt(entry, zone.offset), this.nowMinute, this.weekEndMinute);
  }

  private steady(timezone: string, fromMs: number, toMs: number): boolean {
    return offsetIsConstant(timezone, new Date(fromMs - OFFSET_MARGIN_MS), new Date(toMs + OFFSET_MARGIN_MS));
  }
}

function minuteOfWeek(epochMinute: number): number {
  return (((epochMinute + EPOCH_MINUTE_OF_WEEK) % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
}

/**
 * Whether a weekly span ends after `fromMinute` and starts before `toMinute` (epoch minutes): an occurrence
 * overlapping [from, to). The range is at most a week and a bit, so each span's copies this week and next
 * are all that can meet it.
 */
function overlapsRange(spans: readonly WeeklyUtcWindow[], fromMinute: number, toMinute: number): boolean {
  if (spans.length === 0 || toMinute <= fromMinute) return false;
  if (toMinute - fromMinute >= MINUTES_PER_WEEK) return true;
  const from = minuteOfWeek(fromMinute);
  const to = from + (toMinute - fromMinute);
  return spans.some(
    (span) =>
      (span.end > from && span.start < to) ||
      (span.end + MINUTES_PER_WEEK > from && span.start + MINUTES_PER_WEEK < to),
  );
}
