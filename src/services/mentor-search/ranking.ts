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
  weightedTotal,
  type AskerHours,
} from '../mentor-score.js';
import { projectionAt, type DirectoryEntry } from './directory-entry.js';
import type { ZoneGroup } from './mentor-directory.js';

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
  /** The tie-breakers of compareScoredMentors, copied out so comparing allocates nothing. */
  reputation: number;
  userId: string;
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

export function rankMentors(groups: readonly ZoneGroup[], query: RankingQuery, wanted: number): Ranking {
  const nowMs = query.now.getTime();
  const skillScore = skillScorer(query.skill);
  const availability = new AvailabilityFilter(query);
  const askerWindows = query.hours?.utcWindows;
  const keepAll = wanted > INSERTION_LIMIT;
  const ranked: RankedMentor[] = [];
  let matching = 0;
  for (const group of groups) {
    const offset = utcOffsetMinutes(group.timezone, query.now);
    const zone = availability.zone(group.timezone, offset);
    for (const entry of group.entries) {
      const { profile } = entry;
      // isOffered (mentor-standing.ts), with "recognised" already known: the directory holds no others.
      if (profile.activeMenteeCount >= profile.capacity || profile.userId === query.askerId) continue;
      if (profile.status !== 'active' && !(entry.pauseEndsMs !== null && entry.pauseEndsMs <= nowMs)) continue;
      if (query.format !== null && !profile.formats.includes(query.format)) continue;
      if (query.language !== null && !profile.languages.includes(query.language)) continue;
      if (zone !== null && !zone.admits(entry)) continue;
      matching += 1;
      const total = weightedTotal(
        skillScore(profile.skills),
        askerWindows === undefined
          ? NEUTRAL_SCORE
          : overlapScore(sharedMinutesOfMerged(projectionAt(entry, offset), askerWindows)),
        capacityScore(profile.capacity, profile.activeMenteeCount),
        entry.reputationScore,
        entry.responsivenessScore,
      );
      if (keepAll) ranked.push({ entry, total, reputation: profile.reputation, userId: profile.userId });
      else keepBest(ranked, entry, total, wanted);
    }
  }
  return { matching, best: keepAll ? ranked.sort(compareScoredMentors).slice(0, wanted) : ranked };
}

/** Inserts into a sorted buffer of at most `size`, dropping the worst; most candidates fail the first test. */
function keepBest(buffer: RankedMentor[], entry: DirectoryEntry, total: number, size: number): void {
  const last = buffer.at(-1);
  if (buffer.length >= size && last !== undefined && total < last.total) return;
  const ranked = { entry, total, reputation: entry.profile.reputation, userId: entry.profile.userId };
  if (buffer.length >= size && last !== undefined && compareScoredMentors(ranked, last) >= 0) return;
  let low = 0;
  let high = buffer.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compareScoredMentors(buffer[middle] as RankedMentor, ranked) <= 0) low = middle + 1;
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

/** The `available` filter, with each zone's facts worked out once per search. */
class AvailabilityFilter {
  private readonly nowMinute: number;
  private readonly weekEndMinute: number;

  constructor(private readonly query: RankingQuery) {
    this.nowMinute = Math.floor(query.now.getTime() / MS_PER_MINUTE);
    this.weekEndMinute = Math.ceil(query.weekEnd.getTime() / MS_PER_MINUTE);
  }

  /** How to test the mentors of one zone, or null when nothing is asked. */
  zone(timezone: string, offset: number): { admits(entry: DirectoryEntry): boolean } | null {
    const { available, now, weekEnd } = this.query;
    if (available === null) return null;
    const rangeEnd = available === 'now' ? now : weekEnd;
    // While the zone keeps one offset around the range, its projection onto the UTC week is exact.
    const steady = offsetIsConstant(
      timezone,
      new Date(now.getTime() - OFFSET_MARGIN_MS),
      new Date(rangeEnd.getTime() + OFFSET_MARGIN_MS),
    );
    if (available === 'now') {
      const minute = minuteOfWeek(this.nowMinute);
      return steady
        ? { admits: (entry) => covers(projectionAt(entry, offset), minute) }
        : { admits: (entry) => isAvailableAt(entry.profile.availability, timezone, now) };
    }
    return steady
      ? { admits: (entry) => overlapsRange(projectionAt(entry, offset), this.nowMinute, this.weekEndMinute) }
      : { admits: (entry) => occurrencesBetween(entry.profile.availability, timezone, now, weekEnd).length > 0 };
  }
}

function covers(spans: readonly WeeklyUtcWindow[], minute: number): boolean {
  for (const span of spans) if (span.start <= minute && minute < span.end) return true;
  return false;
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
  for (const span of spans) {
    if (span.end > from && span.start < to) return true;
    if (span.end + MINUTES_PER_WEEK > from && span.start + MINUTES_PER_WEEK < to) return true;
  }
  return false;
}
