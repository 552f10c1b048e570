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
import { spansAt, type DirectoryEntry, type TagTable } from './directory-entry.js';
import type { SpecialtyMentors } from './mentor-directory.js';

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

export function rankMentors({ groups, tags }: SpecialtyMentors, query: RankingQuery, wanted: number): Ranking {
  const nowMs = query.now.getTime();
  const skillScore = skillScorer(query.skill, tags);
  const availability = new AvailabilityFilter(query);
  const askerCoverage = query.hours === null ? null : coverage(query.hours.utcWindows);
  const keepAll = wanted > INSERTION_LIMIT;
  const ranked: RankedMentor[] = [];
  let matching = 0;
  for (const group of groups) {
    const offset = utcOffsetMinutes(group.timezone, query.now);
    const zone = availability.zone(group.timezone, offset);
    for (const entry of group.entries) {
      // isOffered (mentor-standing.ts), with "recognised" already known: the directory holds no others.
      if (entry.activeMenteeCount >= entry.capacity || entry.userId === query.askerId) continue;
      if (!entry.active && !(entry.pauseEndsMs !== null && entry.pauseEndsMs <= nowMs)) continue;
      if (query.format !== null && !entry.formats.includes(query.format)) continue;
      if (query.language !== null && !entry.languages.includes(query.language)) continue;
      if (zone !== null && !zone.admits(entry)) continue;
      matching += 1;
      const total = weightedTotal(
        skillScore(entry.skillIds),
        askerCoverage === null ? NEUTRAL_SCORE : overlapScore(sharedMinutes(spansAt(entry, offset), askerCoverage)),
        capacityScore(entry.capacity, entry.activeMenteeCount, entry.pendingRequestCount),
        entry.reputationScore,
        entry.responsivenessScore,
      );
      if (keepAll) ranked.push({ entry, total, reputation: entry.reputation, userId: entry.userId });
      else keepBest(ranked, entry, total, wanted);
    }
  }
  return { matching, best: keepAll ? ranked.sort(compareScoredMentors).slice(0, wanted) : ranked };
}

/**
 * The asker's hours as running totals over the UTC week: entry m holds the asker's minutes before minute m,
 * so the minutes a mentor's span shares with them are two reads, whatever the number of windows.
 */
function coverage(windows: readonly WeeklyUtcWindow[]): Int32Array {
  const covered = new Uint8Array(MINUTES_PER_WEEK);
  for (const { start, end } of windows) covered.fill(1, start, end);
  const totals = new Int32Array(MINUTES_PER_WEEK + 1);
  for (let minute = 0; minute < MINUTES_PER_WEEK; minute += 1) {
    totals[minute + 1] = (totals[minute] as number) + (covered[minute] as number);
  }
  return totals;
}

/** Minutes of flat [start, end, …] spans the asker covers. */
function sharedMinutes(spans: Int32Array, askerCoverage: Int32Array): number {
  let minutes = 0;
  for (let i = 0; i < spans.length; i += 2) {
    minutes += (askerCoverage[spans[i + 1] as number] as number) - (askerCoverage[spans[i] as number] as number);
  }
  return minutes;
}

/** Inserts into a sorted buffer of at most `size`, dropping the worst; most candidates fail the first test. */
function keepBest(buffer: RankedMentor[], entry: DirectoryEntry, total: number, size: number): void {
  const last = buffer.at(-1);
  if (buffer.length >= size && last !== undefined && total < last.total) return;
  const ranked = { entry, total, reputation: entry.reputation, userId: entry.userId };
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
function skillScorer(asked: string | null, tags: TagTable): (skillIds: Int32Array) => number {
  if (asked === null) return () => NEUTRAL_SCORE;
  const verdicts = new Float64Array(tags.names.length).fill(UNJUDGED);
  return (skillIds) => {
    let score = 0;
    for (const id of skillIds) {
      let verdict = verdicts[id] as number;
      if (verdict === UNJUDGED) {
        const skill = tags.names[id] ?? '';
        verdict = skill === asked ? 1 : areRelated(skill, asked) ? NEUTRAL_SCORE : 0;
        verdicts[id] = verdict;
      }
      if (verdict === 1) return 1;
      if (verdict > score) score = verdict;
    }
    return score;
  };
}

const UNJUDGED = -1;

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
        ? { admits: (entry) => covers(spansAt(entry, offset), minute) }
        : { admits: (entry) => isAvailableAt(entry.profile.availability, timezone, now) };
    }
    return steady
      ? { admits: (entry) => overlapsRange(spansAt(entry, offset), this.nowMinute, this.weekEndMinute) }
      : { admits: (entry) => occurrencesBetween(entry.profile.availability, timezone, now, weekEnd).length > 0 };
  }
}

function covers(spans: Int32Array, minute: number): boolean {
  for (let i = 0; i < spans.length; i += 2) {
    if ((spans[i] as number) <= minute && minute < (spans[i + 1] as number)) return true;
  }
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
function overlapsRange(spans: Int32Array, fromMinute: number, toMinute: number): boolean {
  if (spans.length === 0 || toMinute <= fromMinute) return false;
  if (toMinute - fromMinute >= MINUTES_PER_WEEK) return true;
  const from = minuteOfWeek(fromMinute);
  const to = from + (toMinute - fromMinute);
  for (let i = 0; i < spans.length; i += 2) {
    const start = spans[i] as number;
    const end = spans[i + 1] as number;
    if (end > from && start < to) return true;
    if (end + MINUTES_PER_WEEK > from && start + MINUTES_PER_WEEK < to) return true;
  }
  return false;
}
