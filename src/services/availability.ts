/**
 * Weekly availability: windows a person enters in their own time zone ("mon 18:00-20:30"), and the two
 * views of them the bot needs.
 *
 * - The local windows plus the IANA zone are the source of truth, because "Monday 18:00 in Berlin" is what
 *   the person means all year, while its UTC instant moves when Berlin changes its clocks.
 * - `toUtcMinutesOfWeek` projects them onto a UTC week (minute 0 = Monday 00:00 UTC, 10,080 minutes) using
 *   the zone's offset at one reference instant. That is exact for one daylight-saving regime only, and is
 *   meant for fast "how many hours do we share" scoring.
 * - `occurrencesBetween` computes the exact UTC intervals of concrete dates, so "available now",
 *   "this week" and "next availability" are right in the weeks the clocks change.
 *
 * Windows stay within one local day: start < end, and end may be 24:00. Someone free from Friday 22:00 to
 * Saturday 01:00 enters two windows ("fri 22:00-24:00, sat 00:00-01:00"). This keeps every window tied to
 * one weekday, which is what makes its meaning on a daylight-saving day unambiguous.
 *
 * Local times that do not exist or exist twice on the day the clocks change follow RFC 5545 (iCalendar)
 * section 3.3.5, as calendar apps do: a time inside the spring-forward gap is read with the offset from
 * before the gap (Berlin 02:30 on the last Sunday of March is 01:30 UTC, shown as 03:30 CEST), and a time
 * that occurs twice in the autumn means its first occurrence. A window lying wholly inside the gap has no
 * occurrence that day.
 */
import { IANAZone } from 'luxon';
import { InvalidInputError } from '../errors.js';
import { quotedInput } from './quoted-input.js';

import {
  WEEKDAYS,
  type AvailabilityWindow,
  type Weekday,
  type WeeklyUtcWindow,
} from '../../models/availability-window.js';

export { WEEKDAYS, type AvailabilityWindow, type Weekday, type WeeklyUtcWindow };

export interface TimeInterval {
  start: Date;
  end: Date;
}

export interface LocalTime {
  weekday: Weekday;
  /** "YYYY-MM-DD" in the zone. */
  date: string;
  /** "HH:MM" in the zone. */
  time: string;
  /** "+02:00", "-03:30", "+00:00". */
  utcOffset: string;
}

export const MINUTES_PER_DAY = 1_440;
export const MINUTES_PER_WEEK = 10_080;
export const MAX_WINDOWS = 21;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const FIELD = 'availability';

// ---------------------------------------------------------------------------------------------------------
// Parsing and validation

const DAY_NAMES: Readonly<Record<Weekday, string>> = {
  mon: 'monday',
  tue: 'tuesday',
  wed: 'wednesday',
  thu: 'thursday',
  fri: 'friday',
  sat: 'saturday',
  sun: 'sunday',
};

/** Spellings people write that are not a prefix of the day's name. */
const DAY_SPELLINGS: Readonly<Record<string, readonly Weekday[]>> = {
  weds: ['wed'],
  weekday: ['mon', 'tue', 'wed', 'thu', 'fri'],
  weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  weekend: ['sat', 'sun'],
  weekends: ['sat', 'sun'],
  daily: [...WEEKDAYS],
};

const ENTRY_PATTERN = /^(?<days>[a-z/\s-]+?)\s+(?<start>\d{1,2}(?::\d{2})?)\s*[-–—]\s*(?<end>\d{1,2}(?::\d{2})?)$/u;

/**
 * Reads the compact form typed into a command option: comma-, semicolon- or line-separated entries of
 * days and a time range. Days are names or their first three or more letters, ranges ("mon-fri", which may
 * wrap: "fri-mon"), lists ("mon/wed/fri"), or "weekdays", "weekend", "daily". Times are "18", "9:30",
 * "18:00"; the end may be "24:00". Returns validated windows sorted by day and time.
 */
export function parseAvailability(text: string): AvailabilityWindow[] {
  const entries = text
    .split(/[,;\n]+/u)
    .map((entry) => entry.trim().replace(/\s+/gu, ' '))
    .filter((entry) => entry.length > 0);
  if (entries.length === 0) {
    throw new InvalidInputError(FIELD, 'mentor.input.noWindows');
  }
  const windows: AvailabilityWindow[] = [];
  for (const entry of entries) {
    const match = ENTRY_PATTERN.exec(entry.toLowerCase());
    const days = match?.groups?.days;
    const start = match?.groups?.start;
    const end = match?.groups?.end;
    if (days === undefined || start === undefined || end === undefined) {
      throw new InvalidInputError(FIELD, 'mentor.input.unreadableWindow', { entry: quotedInput(entry) });
    }
    for (const day of parseDays(days.trim(), entry)) {
      windows.push({ day, start: padTime(start), end: padTime(end) });
    }
  }
  return validateWindows(windows);
}

function parseDays(spec: string, entry: string): Weekday[] {
  const days: Weekday[] = [];
  for (const part of spec.split('/')) {
    const range = part.split('-').map((token) => token.trim());
    if (range.length === 1) {
      days.push(...dayList(range[0] ?? '', entry));
    } else if (range.length === 2) {
      const first = singleDay(range[0] ?? '', entry);
      const last = singleDay(range[1] ?? '', entry);
      const from = WEEKDAYS.indexOf(first);
      const span = (WEEKDAYS.indexOf(last) - from + 7) % 7;
      for (let i = 0; i <= span; i += 1) days.push(weekdayAt(from + i));
    } else {
      throw unknownDays(part, entry);
    }
  }
  return days;
}

function dayList(token: string, entry: string): readonly Weekday[] {
  return DAY_SPELLINGS[token] ?? [singleDay(token, entry)];
}

/** One day: a spelling that names a single day, or an unambiguous prefix of a day's name ("tu", "thurs"). */
function singleDay(token: string, entry: string): Weekday {
  const spelled = DAY_SPELLINGS[token];
  const found = spelled ?? (token.length >= 2 ? WEEKDAYS.filter((day) => DAY_NAMES[day].startsWith(token)) : []);
  const [day, ...others] = found;
  if (day === undefined || others.length > 0) throw unknownDays(token, entry);
  return day;
}

function unknownDays(token: string, entry: string): InvalidInputError {
  return new InvalidInputError(FIELD, 'mentor.input.unknownDay', {
    token: quotedInput(token),
    entry: quotedInput(entry),
  });
}

function weekdayAt(index: number): Weekday {
  return WEEKDAYS[((index % 7) + 7) % 7] ?? 'mon';
}

function padTime(time: string): string {
  const [hours = '', minutes = '00'] = time.split(':');
  return `${hours.padStart(2, '0')}:${minutes}`;
}

const TIME_PATTERN = /^(?<hours>\d{1,2}):(?<minutes>\d{2})$/u;

/** Minutes since local midnight of "HH:MM", or null when the text is not a time of day. */
function minuteOfDay(time: string, allowEndOfDay: boolean): number | null {
  const match = TIME_PATTERN.exec(time);
  if (match?.groups === undefined) return null;
  const hours = Number(match.groups.hours);
  const minutes = Number(match.groups.minutes);
  if (minutes > 59) return null;
  const total = hours * 60 + minutes;
  if (total < MINUTES_PER_DAY || (allowEndOfDay && total === MINUTES_PER_DAY)) return total;
  return null;
}

function formatMinuteOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function formatWindow(window: AvailabilityWindow): string {
  return `${window.day} ${window.start}-${window.end}`;
}

/** The compact text form `parseAvailability` reads, for showing a profile or pre-filling an edit. */
export function formatAvailability(windows: readonly AvailabilityWindow[]): string {
  return windows.map(formatWindow).join(', ');
}

/** A window with its times as minutes since local midnight. */
export interface MinuteWindow {
  day: Weekday;
  start: number;
  end: number;
}

/** Validated windows as minutes, read once for code that projects them many times. */
export function toMinuteWindows(windows: readonly AvailabilityWindow[]): MinuteWindow[] {
  return windows.map(toMinuteWindow);
}

/**
 * Checks a set of windows against the rules (at least one, at most 21, valid times, start before end,
 * no duplicates, no overlaps; windows that only touch are fine) and returns them with times written as
 * "HH:MM", sorted by day and start. Throws InvalidInputError naming the first broken rule.
 */
export function validateWindows(windows: readonly AvailabilityWindow[]): AvailabilityWindow[] {
  if (windows.length === 0) {
    throw new InvalidInputError(FIELD, 'mentor.input.noWindows');
  }
  if (windows.length > MAX_WINDOWS) {
    throw new InvalidInputError(FIELD, 'mentor.input.tooManyWindows', { max: MAX_WINDOWS, count: windows.length });
  }
  const parsed = windows.map(toMinuteWindow).sort(compareMinuteWindows);
  for (let i = 1; i < parsed.length; i += 1) {
    const previous = parsed[i - 1];
    const current = parsed[i];
    if (previous === undefined || current === undefined || previous.day !== current.day) continue;
    if (previous.start === current.start && previous.end === current.end) {
      throw new InvalidInputError(FIELD, 'mentor.input.duplicateWindow', {
        window: formatWindow(fromMinuteWindow(current)),
      });
    }
    if (current.start < previous.end) {
      throw new InvalidInputError(FIELD, 'mentor.input.overlappingWindows', {
        first: formatWindow(fromMinuteWindow(previous)),
        second: formatWindow(fromMinuteWindow(current)),
      });
    }
  }
  return parsed.map(fromMinuteWindow);
}

function toMinuteWindow(window: AvailabilityWindow): MinuteWindow {
  if (!(WEEKDAYS as readonly string[]).includes(window.day)) {
    throw new InvalidInputError(FIELD, 'mentor.input.notADay', { day: quotedInput(window.day) });
  }
  const start = minuteOfDay(window.start, false);
  const end = minuteOfDay(window.end, true);
  if (start === null || end === null) {
    throw new InvalidInputError(FIELD, 'mentor.input.unreadableTime', { window: formatWindow(window) });
  }
  if (start >= end) {
    throw new InvalidInputError(FIELD, 'mentor.input.endsBeforeStart', { window: formatWindow(window) });
  }
  return { day: window.day, start, end };
}

function fromMinuteWindow(window: MinuteWindow): AvailabilityWindow {
  return { day: window.day, start: formatMinuteOfDay(window.start), end: formatMinuteOfDay(window.end) };
}

function compareMinuteWindows(a: MinuteWindow, b: MinuteWindow): number {
  return WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.start - b.start || a.end - b.end;
}

/** Every day of the week from `start` to `end`, e.g. the hours assumed for someone who gave none. */
export function everyDay(start: string, end: string): AvailabilityWindow[] {
  return WEEKDAYS.map((day) => ({ day, start, end }));
}

// ---------------------------------------------------------------------------------------------------------
// Zone arithmetic

/**
 * A zone's UTC offsets as constant-offset segments, found once with luxon and then read from a table:
 * luxon asks Intl on every lookup (microseconds each), and one search asks thousands. Each chunk of
 * CHUNK_DAYS is sampled once a day and bisected to the second where two samples differ, luxon's own
 * resolution, so the table answers exactly what luxon would. Like the rest of this module it assumes no
 * zone changes its clocks twice within a day.
 */
class ZoneOffsets {
  private readonly chunks = new Map<number, { starts: number[]; offsets: number[] }>();

  constructor(private readonly zone: IANAZone) {}

  at(epochMs: number): number {
    const chunk = this.chunk(Math.floor(epochMs / CHUNK_MS));
    for (let i = chunk.starts.length - 1; i > 0; i -= 1) {
      if (epochMs >= (chunk.starts[i] ?? 0)) return chunk.offsets[i] ?? 0;
    }
    return chunk.offsets[0] ?? 0;
  }

  /** Whether the offset is the same at every instant of [fromMs, toMs]. */
  isConstant(fromMs: number, toMs: number): boolean {
    const first = this.at(fromMs);
    for (let index = Math.floor(fromMs / CHUNK_MS); index <= Math.floor(toMs / CHUNK_MS); index += 1) {
      const { starts, offsets } = this.chunk(index);
      for (let i = 0; i < starts.length; i += 1) {
        const end = starts[i + 1] ?? (index + 1) * CHUNK_MS;
        if (end > fromMs && (starts[i] ?? 0) <= toMs && offsets[i] !== first) return false;
      }
    }
    return true;
  }

  private chunk(index: number): { starts: number[]; offsets: number[] } {
    const known = this.chunks.get(index);
    if (known !== undefined) return known;
    const begin = index * CHUNK_MS;
    const starts = [begin];
    const offsets = [this.zone.offset(begin)];
    for (let day = 1; day <= CHUNK_DAYS; day += 1) {
      let low = begin + (day - 1) * MS_PER_DAY;
      let high = begin + day * MS_PER_DAY;
      const before = this.zone.offset(low);
      const after = this.zone.offset(high);
      if (before === after) continue;
      while (high - low > MS_PER_SECOND) {
        const middle = low + Math.floor((high - low) / 2 / MS_PER_SECOND) * MS_PER_SECOND;
        if (this.zone.offset(middle) === before) low = middle;
        else high = middle;
      }
      if (high < begin + CHUNK_MS) {
        starts.push(high);
        offsets.push(after);
      }
    }
    const chunk = { starts, offsets };
    this.chunks.set(index, chunk);
    return chunk;
  }
}

const CHUNK_DAYS = 64;
const MS_PER_SECOND = 1_000;
const CHUNK_MS = CHUNK_DAYS * 86_400_000;
const zoneTables = new Map<string, ZoneOffsets>();

function zoneOffsets(timezone: string): ZoneOffsets {
  let table = zoneTables.get(timezone);
  if (table === undefined) {
    const zone = IANAZone.create(timezone);
    if (!zone.isValid) throw new Error(`Unknown time zone "${timezone}" reached availability; validate it first.`);
    table = new ZoneOffsets(zone);
    zoneTables.set(timezone, table);
  }
  return table;
}

/**
 * The instant at which the wall clock of `zone` shows `wallMs` (a local date-time written as if it were
 * UTC), by RFC 5545: the first of two instants when the time repeats, the offset from before the change
 * when the time falls in a gap. Offsets a day either side are the two candidates; no zone changes its
 * clocks twice within a day.
 */
function instantOfWallTime(zone: ZoneOffsets, wallMs: number): number {
  const before = zone.at(wallMs - MS_PER_DAY);
  const after = zone.at(wallMs + MS_PER_DAY);
  const candidates = [before, after]
    .map((offset) => wallMs - offset * MS_PER_MINUTE)
    .filter((instant) => instant + zone.at(instant) * MS_PER_MINUTE === wallMs);
  return candidates.length > 0 ? Math.min(...candidates) : wallMs - before * MS_PER_MINUTE;
}

/** Midnight starting the local date that contains `instant`, written as if it were UTC. */
function wallDayStart(zone: ZoneOffsets, instant: number): number {
  const wall = instant + zone.at(instant) * MS_PER_MINUTE;
  return wall - (((wall % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY);
}

function weekdayOfWallDay(wallDayMs: number): Weekday {
  // Date#getUTCDay counts from Sunday = 0; the week here starts on Monday.
  return weekdayAt(new Date(wallDayMs).getUTCDay() - 1);
}

// ---------------------------------------------------------------------------------------------------------
// Concrete occurrences

/**
 * The concrete UTC intervals of the windows that overlap [from, to), in order, each whole (not clipped to
 * the range). Exact across daylight-saving changes; a window that vanishes into a spring-forward gap is
 * left out.
 */
export function occurrencesBetween(
  windows: readonly AvailabilityWindow[],
  timezone: string,
  from: Date,
  to: Date,
): TimeInterval[] {
  const zone = zoneOffsets(timezone);
  const fromMs = from.getTime();
  const toMs = to.getTime();
  const parsed = windows.map(toMinuteWindow);
  const occurrences: TimeInterval[] = [];
  // A day early, because the local date of `from` may already be past midnight of a window's day.
  const lastDay = wallDayStart(zone, toMs);
  for (let day = wallDayStart(zone, fromMs) - MS_PER_DAY; day <= lastDay; day += MS_PER_DAY) {
    const weekday = weekdayOfWallDay(day);
    for (const window of parsed) {
      if (window.day !== weekday) continue;
      const start = instantOfWallTime(zone, day + window.start * MS_PER_MINUTE);
      const end = instantOfWallTime(zone, day + window.end * MS_PER_MINUTE);
      if (end > start && end > fromMs && start < toMs) {
        occurrences.push({ start: new Date(start), end: new Date(end) });
      }
    }
  }
  return occurrences.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Whether `instant` falls inside one of the windows on its actual date. */
export function isAvailableAt(windows: readonly AvailabilityWindow[], timezone: string, instant: Date): boolean {
  return occurrencesBetween(windows, timezone, instant, new Date(instant.getTime() + 1)).some(
    (occurrence) => occurrence.start <= instant && instant < occurrence.end,
  );
}

/**
 * The window in progress at `now` (its start is then in the past) or else the next one to start;
 * null only when there are no windows. Looks eight days ahead, which covers a whole week from any instant.
 */
export function nextAvailability(
  windows: readonly AvailabilityWindow[],
  timezone: string,
  now: Date,
): TimeInterval | null {
  if (windows.length === 0) return null;
  const horizon = new Date(now.getTime() + 8 * MS_PER_DAY);
  return occurrencesBetween(windows, timezone, now, horizon)[0] ?? null;
}

/**
 * When the week after `now` starts in `timezone`: the next Monday 00:00 there, read by the rules above when
 * that midnight falls in a daylight-saving change.
 */
export function startOfNextWeek(timezone: string, now: Date): Date {
  const zone = zoneOffsets(timezone);
  const today = wallDayStart(zone, now.getTime());
  const daysLeft = WEEKDAYS.length - WEEKDAYS.indexOf(weekdayOfWallDay(today));
  return new Date(instantOfWallTime(zone, today + daysLeft * MS_PER_DAY));
}

/** Wall-clock date, time and offset in `timezone` at `now`, for "it is 18:05 for them". */
export function localTimeNow(timezone: string, now: Date): LocalTime {
  const zone = zoneOffsets(timezone);
  const offset = zone.at(now.getTime());
  const wall = new Date(now.getTime() + offset * MS_PER_MINUTE);
  const iso = wall.toISOString();
  return {
    weekday: weekdayOfWallDay(wallDayStart(zone, now.getTime())),
    date: iso.slice(0, 10),
    time: iso.slice(11, 16),
    utcOffset: formatOffset(offset),
  };
}

function formatOffset(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  return `${sign}${formatMinuteOfDay(absolute)}`;
}

/**
 * Whether `timezone` keeps one offset from `from` to `to`. When it does, a projection onto the UTC week
 * with that offset gives the exact occurrences of every window in the range, give or take a day for
 * windows that started the local day before (callers widen the range by that).
 */
export function offsetIsConstant(timezone: string, from: Date, to: Date): boolean {
  return zoneOffsets(timezone).isConstant(from.getTime(), to.getTime());
}

/** The UTC offset of `timezone` at `instant`, in minutes east of UTC (Berlin in summer: 120). */
export function utcOffsetMinutes(timezone: string, instant: Date): number {
  return zoneOffsets(timezone).at(instant.getTime());
}

// ---------------------------------------------------------------------------------------------------------
// The UTC week projection

/**
 * Projects local windows onto the UTC week with the offset `timezone` has at `referenceDate`: right for
 * every week with that offset, an hour off in the other daylight-saving regime. Windows that cross the
 * week's end (Sunday 24:00 UTC) are split; the result is sorted and merged.
 */
export function toUtcMinutesOfWeek(
  windows: readonly AvailabilityWindow[],
  timezone: string,
  referenceDate: Date,
): WeeklyUtcWindow[] {
  return projectOntoUtcWeek(toMinuteWindows(windows), utcOffsetMinutes(timezone, referenceDate));
}

/** `toUtcMinutesOfWeek` for windows already read and an offset already known: arithmetic only. */
export function projectOntoUtcWeek(windows: readonly MinuteWindow[], offset: number): WeeklyUtcWindow[] {
  const spans: WeeklyUtcWindow[] = [];
  for (const window of windows) {
    const localStart = WEEKDAYS.indexOf(window.day) * MINUTES_PER_DAY + window.start;
    const start = (((localStart - offset) % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
    const end = start + window.end - window.start;
    if (end <= MINUTES_PER_WEEK) {
      spans.push({ start, end });
    } else {
      spans.push({ start, end: MINUTES_PER_WEEK }, { start: 0, end: end - MINUTES_PER_WEEK });
    }
  }
  return mergeWeeklyWindows(spans);
}

/** Sorts and merges overlapping or touching spans. */
export function mergeWeeklyWindows(spans: readonly WeeklyUtcWindow[]): WeeklyUtcWindow[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: WeeklyUtcWindow[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

/** The spans two sets of weekly windows share. */
export function intersectWeeklyWindows(
  a: readonly WeeklyUtcWindow[],
  b: readonly WeeklyUtcWindow[],
): WeeklyUtcWindow[] {
  const left = mergeWeeklyWindows(a);
  const right = mergeWeeklyWindows(b);
  const shared: WeeklyUtcWindow[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const x = left[i];
    const y = right[j];
    if (x === undefined || y === undefined) break;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) shared.push({ start, end });
    if (x.end < y.end) i += 1;
    else j += 1;
  }
  return shared;
}

/** Minutes per week that both sets of windows cover. */
export function overlapMinutes(a: readonly WeeklyUtcWindow[], b: readonly WeeklyUtcWindow[]): number {
  return intersectWeeklyWindows(a, b).reduce((sum, span) => sum + span.end - span.start, 0);
}
