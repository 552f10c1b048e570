/**
 * How well a mentor fits someone asking for help, as a score a member can read: each component is a
 * number from 0 to 1 with a weight and a reason, and the total (0..100) is their weighted sum. Specialty is
 * not a component: only mentors of the asked specialty are candidates at all, and full, paused or retired
 * mentors are never scored (see mentor-search.service.ts).
 */
import type { ResponseFigures } from '../../models/mentor-profile.model.js';
import { MINUTES_PER_DAY, intersectWeeklyWindows, type WeeklyUtcWindow } from './availability.js';

export type ScoreComponentKey = 'skill' | 'availability' | 'capacity' | 'reputation' | 'responsiveness';

/** Points each component can give; they add up to 100. */
export const SCORE_WEIGHTS: Readonly<Record<ScoreComponentKey, number>> = {
  skill: 30,
  availability: 30,
  capacity: 15,
  reputation: 15,
  responsiveness: 10,
};

/** A neutral 0.5 where there is nothing to compare, so unknowns neither help nor sink a mentor. */
export const NEUTRAL_SCORE = 0.5;
/** Shared hours a week at which the availability component is full: enough for a weekly session and slack. */
const FULL_OVERLAP_MINUTES = 6 * 60;
/** Reputation at which the log-scaled component is full; more does not pull further ahead. */
const FULL_REPUTATION = 100;
/** Median answer times at or under an hour score 1, two days or more score 0, log-scaled between. */
const FAST_ANSWER_MINUTES = 60;
const SLOW_ANSWER_MINUTES = 48 * 60;

export type ResponseStats = ResponseFigures;

export interface ScoredMentorInput {
  userId: string;
  skills: readonly string[];
  /** The mentor's windows projected onto the UTC week for the current daylight-saving regime. */
  utcWindows: readonly WeeklyUtcWindow[];
  capacity: number;
  activeMenteeCount: number;
  /** Requests waiting for the mentor's answer; they count against the free places (fair load). */
  pendingRequestCount: number;
  reputation: number;
  responseStats: ResponseStats;
}

/** The hours of the person asking, on the same UTC week, and their offset to name their parts of day. */
export interface AskerHours {
  utcWindows: readonly WeeklyUtcWindow[];
  utcOffsetMinutes: number;
}

export interface AskerContext {
  /** A normalised skill tag, or null when none was asked for. */
  skill: string | null;
  /** Null when the asker's time zone is unknown: availability then scores neutral. */
  hours: AskerHours | null;
}

export interface ScoreComponent {
  key: ScoreComponentKey;
  weight: number;
  /** 0..1 */
  score: number;
  /** weight × score, rounded to one decimal */
  points: number;
  reason: ScoreReason;
}

export type PartOfDay = 'nights' | 'mornings' | 'afternoons' | 'evenings';

/** Why a component scored what it did, as data: the view words it in the reader's language. */
export type ScoreReason =
  | { kind: 'knows'; skills: string[] }
  | { kind: 'listsNoSkills' }
  | { kind: 'knowsRelated'; skills: string[]; asked: string }
  | { kind: 'doesNotList'; asked: string }
  | { kind: 'unknownHours' }
  | { kind: 'noCommonHours' }
  | { kind: 'commonHours'; minutes: number; parts: PartOfDay[] }
  | { kind: 'places'; free: number; capacity: number }
  /** As many requests wait as there are free places, or more: each new one is likely to be turned away. */
  | { kind: 'manyWaiting'; free: number; capacity: number; waiting: number }
  | { kind: 'noReputation' }
  | { kind: 'reputation'; points: number }
  | { kind: 'noRequests' }
  | { kind: 'answers'; answered: number; received: number; medianMinutes: number | null };

interface Scored {
  score: number;
  reason: ScoreReason;
}

export interface ScoreBreakdown {
  /** 0..100, one decimal: the sum of the components' exact points, rounded once. */
  total: number;
  components: ScoreComponent[];
}

export function scoreMentor(mentor: ScoredMentorInput, asker: AskerContext): ScoreBreakdown {
  const parts: [ScoreComponentKey, Scored][] = [
    ['skill', skillMatch(mentor.skills, asker.skill)],
    ['availability', availabilityOverlap(mentor.utcWindows, asker.hours)],
    ['capacity', freeCapacity(mentor.capacity, mentor.activeMenteeCount, mentor.pendingRequestCount)],
    ['reputation', reputationStanding(mentor.reputation)],
    ['responsiveness', responsiveness(mentor.responseStats)],
  ];
  const [skill, availability, capacity, reputation, responsivenessScore] = parts.map(([, { score }]) => score);
  return {
    total: totalOf({
      skill: skill ?? 0,
      availability: availability ?? 0,
      capacity: capacity ?? 0,
      reputation: reputation ?? 0,
      responsiveness: responsivenessScore ?? 0,
    }),
    components: parts.map(([key, { score, reason }]) => ({
      key,
      weight: SCORE_WEIGHTS[key],
      score,
      points: roundToTenth(SCORE_WEIGHTS[key] * score),
      reason,
    })),
  };
}

/** Each component's score (0..1), without reasons: what ranking needs for every candidate. */
export type ComponentScores = Record<ScoreComponentKey, number>;

/** The total of `scoreMentor`, from component scores computed elsewhere; the same sum in the same order. */
export function totalOf(scores: ComponentScores): number {
  return weightedTotal(scores.skill, scores.availability, scores.capacity, scores.reputation, scores.responsiveness);
}

/** `totalOf` without building an object, for ranking thousands of candidates. */
export function weightedTotal(
  skill: number,
  availability: number,
  capacity: number,
  reputation: number,
  responsiveness: number,
): number {
  return roundToTenth(
    SCORE_WEIGHTS.skill * skill +
      SCORE_WEIGHTS.availability * availability +
      SCORE_WEIGHTS.capacity * capacity +
      SCORE_WEIGHTS.reputation * reputation +
      SCORE_WEIGHTS.responsiveness * responsiveness,
  );
}

/**
 * The order offers are shown in: higher total first, then higher reputation, then user id, so the same
 * data always gives the same list.
 */
export function compareScoredMentors(
  a: { total: number; reputation: number; userId: string },
  b: { total: number; reputation: number; userId: string },
): number {
  if (a.total !== b.total) return b.total - a.total;
  if (a.reputation !== b.reputation) return b.reputation - a.reputation;
  if (a.userId === b.userId) return 0;
  return a.userId < b.userId ? -1 : 1;
}

function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

// ---------------------------------------------------------------------------------------------------------
// Components

function skillMatch(skills: readonly string[], asked: string | null): Scored {
  const score = skillScore(skills, asked);
  if (asked === null) {
    const known = skills.slice(0, 3);
    return { score, reason: known.length > 0 ? { kind: 'knows', skills: known } : { kind: 'listsNoSkills' } };
  }
  if (score === 1) return { score, reason: { kind: 'knows', skills: [asked] } };
  const related = skills.filter((skill) => areRelated(skill, asked));
  if (related.length > 0) return { score, reason: { kind: 'knowsRelated', skills: related.slice(0, 3), asked } };
  return { score, reason: { kind: 'doesNotList', asked } };
}

/** 1 for the asked skill itself, neutral for a related one (or when none was asked), else 0. */
function skillScore(skills: readonly string[], asked: string | null): number {
  if (asked === null) return NEUTRAL_SCORE;
  if (skills.includes(asked)) return 1;
  return skills.some((skill) => areRelated(skill, asked)) ? NEUTRAL_SCORE : 0;
}

/** "react" and "react native", "aws" and "aws lambda": one tag is a whole word or phrase of the other. */
export function areRelated(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return ` ${words(longer)} `.includes(` ${words(shorter)} `);
}

function words(tag: string): string {
  return tag.replace(/[\s./_-]+/gu, ' ').trim();
}

/** The availability component for this many shared minutes a week. */
export function overlapScore(minutes: number): number {
  return clamp01(minutes / FULL_OVERLAP_MINUTES);
}

function availabilityOverlap(mentorWindows: readonly WeeklyUtcWindow[], asker: AskerHours | null): Scored {
  if (asker === null) return { score: NEUTRAL_SCORE, reason: { kind: 'unknownHours' } };
  const shared = intersectWeeklyWindows(mentorWindows, asker.utcWindows);
  const minutes = shared.reduce((sum, span) => sum + span.end - span.start, 0);
  if (minutes === 0) return { score: 0, reason: { kind: 'noCommonHours' } };
  return {
    score: overlapScore(minutes),
    reason: { kind: 'commonHours', minutes, parts: partsOfDay(shared, asker.utcOffsetMinutes) },
  };
}

const PARTS_OF_DAY = [
  { name: 'nights', from: 0 },
  { name: 'mornings', from: 6 * 60 },
  { name: 'afternoons', from: 12 * 60 },
  { name: 'evenings', from: 18 * 60 },
] as const;

/** Which parts of the asker's own day the shared time falls in: one holding most of it, else the two biggest. */
function partsOfDay(shared: readonly WeeklyUtcWindow[], utcOffsetMinutes: number): PartOfDay[] {
  const totals = PARTS_OF_DAY.map(() => 0);
  for (const span of shared) {
    // Walk the span in pieces that end at the next boundary between parts of the asker's day.
    let cursor = span.start;
    while (cursor < span.end) {
      const local = (((cursor + utcOffsetMinutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
      const part = PARTS_OF_DAY.findLastIndex((candidate) => local >= candidate.from);
      const boundary = PARTS_OF_DAY[part + 1]?.from ?? MINUTES_PER_DAY;
      const pieceEnd = Math.min(span.end, cursor + boundary - local);
      totals[part] = (totals[part] ?? 0) + pieceEnd - cursor;
      cursor = pieceEnd;
    }
  }
  const sum = totals.reduce((a, b) => a + b, 0);
  const [first, second] = PARTS_OF_DAY.map((part, index) => ({ name: part.name, minutes: totals[index] ?? 0 })).sort(
    (a, b) => b.minutes - a.minutes,
  );
  if (first === undefined) return [];
  if (second === undefined || second.minutes === 0 || first.minutes * 2 > sum) return [first.name];
  return [first.name, second.name];
}

function freeCapacity(capacity: number, active: number, waiting: number): Scored {
  const free = Math.max(0, capacity - active);
  const score = capacityScore(capacity, active, waiting);
  if (waiting > 0 && waiting >= free) return { score, reason: { kind: 'manyWaiting', free, capacity, waiting } };
  return { score, reason: { kind: 'places', free, capacity } };
}

/**
 * The share of places still free once the requests waiting for an answer are counted as taken: a soft
 * limit, so a mentor with as many requests waiting as free places scores nothing here and sinks below
 * mentors with room, instead of being sent ever more members they cannot take.
 */
export function capacityScore(capacity: number, active: number, waiting: number): number {
  return capacity > 0 ? clamp01(Math.max(0, capacity - active - waiting) / capacity) : 0;
}

function reputationStanding(reputation: number): Scored {
  if (reputation <= 0) return { score: 0, reason: { kind: 'noReputation' } };
  return { score: reputationScore(reputation), reason: { kind: 'reputation', points: reputation } };
}

export function reputationScore(reputation: number): number {
  if (reputation <= 0) return 0;
  return clamp01(Math.log10(1 + reputation) / Math.log10(1 + FULL_REPUTATION));
}

function responsiveness(stats: ResponseStats): Scored {
  const score = responsivenessScore(stats);
  if (stats.requestsReceived <= 0) return { score, reason: { kind: 'noRequests' } };
  return {
    score,
    reason: {
      kind: 'answers',
      answered: stats.requestsAnswered,
      received: stats.requestsReceived,
      medianMinutes: stats.medianResponseMinutes,
    },
  };
}

export function responsivenessScore(stats: ResponseStats): number {
  if (stats.requestsReceived <= 0) return NEUTRAL_SCORE;
  const answerRate = clamp01(stats.requestsAnswered / stats.requestsReceived);
  const median = stats.medianResponseMinutes;
  if (median === null) return (answerRate + NEUTRAL_SCORE) / 2;
  const speed = clamp01(
    1 -
      Math.log(Math.max(median, FAST_ANSWER_MINUTES) / FAST_ANSWER_MINUTES) /
        Math.log(SLOW_ANSWER_MINUTES / FAST_ANSWER_MINUTES),
  );
  return (answerRate + speed) / 2;
}
