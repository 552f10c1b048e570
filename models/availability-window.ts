/** Value types the profile models store: weekly windows in the owner's zone and their UTC projection. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One weekly window in the owner's time zone; times are "HH:MM", end may be "24:00". */
export interface AvailabilityWindow {
  day: Weekday;
  start: string;
  end: string;
}

/** A span of the UTC week in minutes, 0 = Monday 00:00 UTC, end exclusive, never crossing 10,080. */
export interface WeeklyUtcWindow {
  start: number;
  end: number;
}
