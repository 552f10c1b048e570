/**
 * Leaderboard periods, in UTC: ISO weeks (Monday to Sunday, `2026-W49`) and calendar months (`2026-12`).
 * Every event is filed under the week and month it happened in, so a period "rolls over" by itself when
 * the clock enters the next one; the announcement job only has to look at the one that just closed.
 */
export const PERIOD_KINDS = ['week', 'month', 'all'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

const DAY_MS = 24 * 60 * 60_000;

/** The ISO week a moment falls in, as `YYYY-Www` (the year of its Thursday). */
export function isoWeekOf(at: Date): string {
  const day = (at.getUTCDay() + 6) % 7;
  const thursday = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() - day + 3));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / DAY_MS / 7) + 1;
  return `${String(thursday.getUTCFullYear())}-W${String(week).padStart(2, '0')}`;
}

export function monthOf(at: Date): string {
  return `${String(at.getUTCFullYear())}-${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The counter key of the period `kind` that contains `at`: `week:2026-W49`, `month:2026-12` or `all`. */
export function periodKey(kind: PeriodKind, at: Date): string {
  if (kind === 'all') return 'all';
  return kind === 'week' ? `week:${isoWeekOf(at)}` : `month:${monthOf(at)}`;
}

/** Every counter key an event at `at` counts towards. */
export function periodKeysOf(at: Date): string[] {
  return PERIOD_KINDS.map((kind) => periodKey(kind, at));
}

/** Monday 00:00 UTC of the week containing `at`. */
export function weekStart(at: Date): Date {
  const day = (at.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() - day));
}

export function monthStart(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
}

/** When the period containing `at` began and ends (exclusive). */
export function periodBounds(kind: Exclude<PeriodKind, 'all'>, at: Date): { start: Date; end: Date } {
  if (kind === 'week') {
    const start = weekStart(at);
    return { start, end: new Date(start.getTime() + 7 * DAY_MS) };
  }
  const start = monthStart(at);
  return { start, end: new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)) };
}

/** The last complete week or month before `at`: the one a rollover announces. */
export function previousPeriod(kind: Exclude<PeriodKind, 'all'>, at: Date): { key: string; start: Date; end: Date } {
  const current = periodBounds(kind, at);
  const inPrevious = new Date(current.start.getTime() - 1);
  return { key: periodKey(kind, inPrevious), ...periodBounds(kind, inPrevious) };
}
