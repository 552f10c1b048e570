/**
 * When a pair's check-ins fall: every week, two weeks or four weeks from the start, moved to the first
 * whole hour at which it is a sensible time of day for both sides in their own time zones.
 */
import type { MentorshipCadence } from '../../models/mentorship.model.js';
import { utcOffsetMinutes } from './availability.js';

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;

/** "Monthly" is every four weeks: the pair keeps the same weekday. */
export const CADENCE_DAYS: Readonly<Record<MentorshipCadence, number>> = { weekly: 7, biweekly: 14, monthly: 28 };

/** The first review asks for a rating two weeks in; later reviews about a month after the last one. */
export const FIRST_REVIEW_DAYS = 14;
export const REVIEW_EVERY_DAYS = 28;

/** Local hours tried in order: a comfortable evening-ish band, then a wider one. */
const LOCAL_BANDS: readonly (readonly [number, number])[] = [
  [10, 20],
  [8, 22],
];
/** When no hour suits both (zones twelve hours apart), the hour nearest mid-afternoon for the mentee. */
const FALLBACK_LOCAL_HOUR = 15;

function localHour(zone: string, instant: Date): number {
  const minutes = (instant.getUTCHours() * 60 + instant.getUTCMinutes() + utcOffsetMinutes(zone, instant)) / 60;
  return (((minutes % 24) + 24) % 24) | 0;
}

/**
 * The first whole hour at or after `due` (within a day) at which every zone's local time is inside the
 * comfortable band, else the wider band, else mid-afternoon in the first zone (the mentee's).
 */
export function sensibleTimeAfter(due: Date, zones: readonly string[]): Date {
  const start = Math.ceil(due.getTime() / HOUR_MS) * HOUR_MS;
  const candidates = Array.from({ length: 24 }, (_, i) => new Date(start + i * HOUR_MS));
  for (const [from, to] of LOCAL_BANDS) {
    const fits = candidates.find((at) =>
      zones.every((zone) => {
        const hour = localHour(zone, at);
        return hour >= from && hour < to;
      }),
    );
    if (fits) return fits;
  }
  const first = zones[0] ?? 'UTC';
  return candidates.find((at) => localHour(first, at) === FALLBACK_LOCAL_HOUR) ?? new Date(start);
}

/** The check-in after one due at `from` (or, for the first, after the start or a resume). */
export function nextCheckInAt(from: Date, cadence: MentorshipCadence, zones: readonly string[]): Date {
  return sensibleTimeAfter(new Date(from.getTime() + CADENCE_DAYS[cadence] * DAY_MS), zones);
}

/**
 * Whether the check-in due at `dueAt` is a review (asks for a rating): the first one at least two weeks
 * in, then one at least a month after the last review. A day of slack absorbs the move to a sensible hour.
 */
export function isReviewDue(startedAt: Date, dueAt: Date, lastReviewDueAt: Date | null): boolean {
  const since = lastReviewDueAt ?? startedAt;
  const days = lastReviewDueAt === null ? FIRST_REVIEW_DAYS : REVIEW_EVERY_DAYS;
  return dueAt.getTime() - since.getTime() >= (days - 1) * DAY_MS;
}
