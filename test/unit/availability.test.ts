import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  everyDay,
  formatAvailability,
  isAvailableAt,
  localTimeNow,
  nextAvailability,
  occurrencesBetween,
  offsetIsConstant,
  overlapMinutes,
  parseAvailability,
  toUtcMinutesOfWeek,
  utcOffsetMinutes,
  validateWindows,
  type AvailabilityWindow,
} from '../../src/services/availability.js';
import { expectInvalidInput } from '../support/user-errors.js';

const at = (iso: string): Date => new Date(iso);
const utc = (intervals: { start: Date; end: Date }[]): string[][] =>
  intervals.map(({ start, end }) => [start.toISOString(), end.toISOString()]);

describe('parseAvailability', () => {
  it('reads comma-separated day and time ranges, sorted by day', () => {
    expect(parseAvailability('wed 09:00-11:00, mon 18:00-20:30')).toEqual([
      { day: 'mon', start: '18:00', end: '20:30' },
      { day: 'wed', start: '09:00', end: '11:00' },
    ]);
  });

  it('expands day ranges, wrapping ranges, lists and named groups', () => {
    expect(formatAvailability(parseAvailability('sat-sun 10:00-12:00'))).toBe('sat 10:00-12:00, sun 10:00-12:00');
    expect(formatAvailability(parseAvailability('Fri-Mon 20-22'))).toBe(
      'mon 20:00-22:00, fri 20:00-22:00, sat 20:00-22:00, sun 20:00-22:00',
    );
    expect(formatAvailability(parseAvailability('mon/wed/fri 7:30 – 8:15'))).toBe(
      'mon 07:30-08:15, wed 07:30-08:15, fri 07:30-08:15',
    );
    expect(parseAvailability('weekdays 18:00-19:00')).toHaveLength(5);
    expect(parseAvailability('weekend 10-12; daily 06:00-07:00')).toHaveLength(9);
    expect(parseAvailability('Tuesday 18:00-24:00\nthurs 9-10')).toEqual([
      { day: 'tue', start: '18:00', end: '24:00' },
      { day: 'thu', start: '09:00', end: '10:00' },
    ]);
  });

  it('explains text it cannot read', async () => {
    expect(await expectInvalidInput('availability', () => parseAvailability('mondays at six'))).toContain(
      "I couldn't read `mondays at six`",
    );
    expect(await expectInvalidInput('availability', () => parseAvailability('t 10:00-11:00'))).toContain(
      '`t` in `t 10:00-11:00` is not a day',
    );
    expect(await expectInvalidInput('availability', () => parseAvailability('funday 10:00-11:00'))).toContain(
      'is not a day I know',
    );
    expect(await expectInvalidInput('availability', () => parseAvailability('mon 25:00-26:00'))).toContain(
      "has a time I can't read",
    );
    expect(await expectInvalidInput('availability', () => parseAvailability(' , '))).toContain(
      'Add at least one time window',
    );
  });
});

describe('validateWindows', () => {
  it('normalises times and keeps windows that only touch', () => {
    expect(
      validateWindows([
        { day: 'mon', start: '19:00', end: '20:00' },
        { day: 'mon', start: '9:00', end: '19:00' },
      ]),
    ).toEqual([
      { day: 'mon', start: '09:00', end: '19:00' },
      { day: 'mon', start: '19:00', end: '20:00' },
    ]);
  });

  it('rejects an empty set, too many windows, backwards, duplicate and overlapping windows', async () => {
    expect(await expectInvalidInput('availability', () => validateWindows([]))).toContain(
      'Add at least one time window',
    );
    const many = Array.from({ length: 22 }, (_, hour): AvailabilityWindow => ({
      day: 'mon',
      start: `${String(hour).padStart(2, '0')}:00`,
      end: `${String(hour).padStart(2, '0')}:30`,
    }));
    expect(await expectInvalidInput('availability', () => validateWindows(many))).toBe(
      'You can list at most 21 time windows; you have 22. Merge neighbouring ones, like "mon-fri 18:00-21:00".',
    );
    expect(await expectInvalidInput('availability', () => parseAvailability('fri 22:00-01:00'))).toBe(
      'fri 22:00-01:00 ends before it starts. A window stays within one day; to go past midnight, split it, like "fri 22:00-24:00, sat 00:00-01:00".',
    );
    expect(await expectInvalidInput('availability', () => parseAvailability('mon 18:00-18:00'))).toContain(
      'ends before it starts',
    );
    expect(await expectInvalidInput('availability', () => parseAvailability('mon 18:00-20:00, mon 18:00-20:00'))).toBe(
      'mon 18:00-20:00 is listed twice; keep one.',
    );
    expect(
      await expectInvalidInput('availability', () => parseAvailability('mon-wed 18:00-20:00, tue 19:00-21:00')),
    ).toBe('tue 18:00-20:00 overlaps tue 19:00-21:00; merge them into one window.');
  });
});

describe('toUtcMinutesOfWeek', () => {
  const mondayEvening = parseAvailability('mon 18:00-20:30');

  it('projects Berlin with winter time before the last Sunday of March and summer time after', () => {
    // Monday 18:00 in Berlin is 17:00 UTC (minute 1,020 of the week) in winter, 16:00 UTC in summer.
    expect(toUtcMinutesOfWeek(mondayEvening, 'Europe/Berlin', at('2026-03-23T12:00:00Z'))).toEqual([
      { start: 1020, end: 1170 },
    ]);
    expect(toUtcMinutesOfWeek(mondayEvening, 'Europe/Berlin', at('2026-03-30T12:00:00Z'))).toEqual([
      { start: 960, end: 1110 },
    ]);
  });

  it('splits a window that crosses the end of the UTC week and merges touching spans', () => {
    // Monday 09:00-12:00 in Sydney is Sunday 22:00 to Monday 01:00 UTC in summer (AEDT, UTC+11).
    const sydneyMorning = parseAvailability('mon 09:00-12:00');
    expect(toUtcMinutesOfWeek(sydneyMorning, 'Australia/Sydney', at('2026-03-30T00:00:00Z'))).toEqual([
      { start: 0, end: 60 },
      { start: 9960, end: 10080 },
    ]);
    // After the first Sunday of April Sydney is on standard time (AEST, UTC+10): an hour later in UTC.
    expect(toUtcMinutesOfWeek(sydneyMorning, 'Australia/Sydney', at('2026-04-06T00:00:00Z'))).toEqual([
      { start: 0, end: 120 },
      { start: 10020, end: 10080 },
    ]);
    expect(toUtcMinutesOfWeek(parseAvailability('mon 00:00-01:00, mon 01:00-02:00'), 'UTC', at('2026-01-01'))).toEqual([
      { start: 0, end: 120 },
    ]);
  });
});

describe('occurrencesBetween across daylight-saving changes', () => {
  it('moves a Monday 18:00 Berlin window from 17:00 to 16:00 UTC over the spring change', () => {
    const windows = parseAvailability('mon 18:00-20:30');
    expect(
      utc(occurrencesBetween(windows, 'Europe/Berlin', at('2026-03-23T00:00:00Z'), at('2026-04-06T00:00:00Z'))),
    ).toEqual([
      ['2026-03-23T17:00:00.000Z', '2026-03-23T19:30:00.000Z'],
      ['2026-03-30T16:00:00.000Z', '2026-03-30T18:30:00.000Z'],
    ]);
  });

  it('moves it back to 17:00 UTC over the autumn change (last Sunday of October)', () => {
    const windows = parseAvailability('mon 18:00-20:30');
    expect(
      utc(occurrencesBetween(windows, 'Europe/Berlin', at('2026-10-19T00:00:00Z'), at('2026-11-02T00:00:00Z'))),
    ).toEqual([
      ['2026-10-19T16:00:00.000Z', '2026-10-19T18:30:00.000Z'],
      ['2026-10-26T17:00:00.000Z', '2026-10-26T19:30:00.000Z'],
    ]);
  });

  it('gives a window on the spring-change day its real, shorter length', () => {
    // 29 March 2026: Berlin clocks jump from 02:00 CET to 03:00 CEST, so 01:00-04:00 lasts two hours.
    const windows = parseAvailability('sun 01:00-04:00, sun 10:00-12:00');
    expect(
      utc(occurrencesBetween(windows, 'Europe/Berlin', at('2026-03-29T00:00:00Z'), at('2026-03-30T00:00:00Z'))),
    ).toEqual([
      ['2026-03-29T00:00:00.000Z', '2026-03-29T02:00:00.000Z'],
      ['2026-03-29T08:00:00.000Z', '2026-03-29T10:00:00.000Z'],
    ]);
  });

  it('reads a non-existent time in the spring-forward gap with the offset from before the gap (RFC 5545)', () => {
    // 02:30 does not exist in Berlin on 29 March 2026; read as 02:30 CET it is 01:30 UTC (03:30 CEST).
    const startsInGap = parseAvailability('sun 02:30-04:00');
    expect(
      utc(occurrencesBetween(startsInGap, 'Europe/Berlin', at('2026-03-29T00:00:00Z'), at('2026-03-30T00:00:00Z'))),
    ).toEqual([['2026-03-29T01:30:00.000Z', '2026-03-29T02:00:00.000Z']]);
    // A window wholly inside the gap has no occurrence that day, but does the week after.
    const insideGap = parseAvailability('sun 02:00-03:00');
    expect(
      utc(occurrencesBetween(insideGap, 'Europe/Berlin', at('2026-03-28T00:00:00Z'), at('2026-04-06T00:00:00Z'))),
    ).toEqual([['2026-04-05T00:00:00.000Z', '2026-04-05T01:00:00.000Z']]);
  });

  it('takes the first occurrence of a time that repeats in the autumn', () => {
    // 25 October 2026: Berlin goes from 03:00 CEST back to 02:00 CET, so 02:00-03:00 happens twice.
    const windows = parseAvailability('sun 02:30-03:30');
    expect(
      utc(occurrencesBetween(windows, 'Europe/Berlin', at('2026-10-25T00:00:00Z'), at('2026-10-26T00:00:00Z'))),
    ).toEqual([['2026-10-25T00:30:00.000Z', '2026-10-25T02:30:00.000Z']]);
  });

  it('handles the southern hemisphere: Sydney leaves summer time on the first Sunday of April', () => {
    const mondayEvening = parseAvailability('mon 18:00-20:00');
    expect(
      utc(
        occurrencesBetween(mondayEvening, 'Australia/Sydney', at('2026-03-29T00:00:00Z'), at('2026-04-08T00:00:00Z')),
      ),
    ).toEqual([
      ['2026-03-30T07:00:00.000Z', '2026-03-30T09:00:00.000Z'],
      ['2026-04-06T08:00:00.000Z', '2026-04-06T10:00:00.000Z'],
    ]);
    // 5 April 2026: 03:00 AEDT becomes 02:00 AEST; 02:30-03:30 starts at the first 02:30 and lasts two hours.
    const onChangeDay = parseAvailability('sun 02:30-03:30');
    expect(
      utc(occurrencesBetween(onChangeDay, 'Australia/Sydney', at('2026-04-04T00:00:00Z'), at('2026-04-05T12:00:00Z'))),
    ).toEqual([['2026-04-04T15:30:00.000Z', '2026-04-04T17:30:00.000Z']]);
  });

  it('handles Sydney entering summer time on the first Sunday of October, gap included', () => {
    const mondayEvening = parseAvailability('mon 18:00-20:00');
    expect(
      utc(
        occurrencesBetween(mondayEvening, 'Australia/Sydney', at('2026-09-27T00:00:00Z'), at('2026-10-07T00:00:00Z')),
      ),
    ).toEqual([
      ['2026-09-28T08:00:00.000Z', '2026-09-28T10:00:00.000Z'],
      ['2026-10-05T07:00:00.000Z', '2026-10-05T09:00:00.000Z'],
    ]);
    // 4 October 2026: 02:00 AEST jumps to 03:00 AEDT; 02:30 is read as AEST (16:30 UTC the day before).
    const startsInGap = parseAvailability('sun 02:30-04:00');
    expect(
      utc(occurrencesBetween(startsInGap, 'Australia/Sydney', at('2026-10-03T00:00:00Z'), at('2026-10-04T12:00:00Z'))),
    ).toEqual([['2026-10-03T16:30:00.000Z', '2026-10-03T17:00:00.000Z']]);
  });

  it('returns whole occurrences that overlap the range and includes windows ending at 24:00', () => {
    const windows = parseAvailability('tue 22:00-24:00');
    expect(utc(occurrencesBetween(windows, 'UTC', at('2026-03-24T23:00:00Z'), at('2026-03-25T00:00:00Z')))).toEqual([
      ['2026-03-24T22:00:00.000Z', '2026-03-25T00:00:00.000Z'],
    ]);
    expect(occurrencesBetween(windows, 'UTC', at('2026-03-25T00:00:00Z'), at('2026-03-31T22:00:00Z'))).toEqual([]);
  });
});

describe('isAvailableAt, nextAvailability and localTimeNow', () => {
  const windows = parseAvailability('mon 18:00-20:30, sun 10:00-12:00');

  it('knows whether an instant falls in a window on its actual date', () => {
    expect(isAvailableAt(windows, 'Europe/Berlin', at('2026-03-23T17:00:00Z'))).toBe(true);
    expect(isAvailableAt(windows, 'Europe/Berlin', at('2026-03-23T16:30:00Z'))).toBe(false);
    // The same UTC instant a week later is 18:30 CEST, inside the window; 19:30 UTC is its end.
    expect(isAvailableAt(windows, 'Europe/Berlin', at('2026-03-30T16:30:00Z'))).toBe(true);
    expect(isAvailableAt(windows, 'Europe/Berlin', at('2026-03-30T18:30:00Z'))).toBe(false);
  });

  it('returns the window in progress, else the next one, exact across the change', () => {
    expect(nextAvailability(windows, 'Europe/Berlin', at('2026-03-23T18:00:00Z'))).toEqual({
      start: at('2026-03-23T17:00:00Z'),
      end: at('2026-03-23T19:30:00Z'),
    });
    // Saturday evening before the spring change: next is Sunday 10:00, already summer time.
    expect(nextAvailability(windows, 'Europe/Berlin', at('2026-03-28T20:00:00Z'))).toEqual({
      start: at('2026-03-29T08:00:00Z'),
      end: at('2026-03-29T10:00:00Z'),
    });
    expect(nextAvailability([], 'Europe/Berlin', at('2026-03-28T20:00:00Z'))).toBeNull();
  });

  it('tells the local date, time and offset, including across local midnight', () => {
    expect(localTimeNow('Europe/Berlin', at('2026-03-29T00:30:00Z'))).toEqual({
      weekday: 'sun',
      date: '2026-03-29',
      time: '01:30',
      utcOffset: '+01:00',
    });
    expect(localTimeNow('Australia/Sydney', at('2026-03-29T14:00:00Z'))).toEqual({
      weekday: 'mon',
      date: '2026-03-30',
      time: '01:00',
      utcOffset: '+11:00',
    });
    expect(localTimeNow('America/St_Johns', at('2026-01-05T12:00:00Z')).utcOffset).toBe('-03:30');
  });
});

describe('overlapMinutes', () => {
  it('sums the minutes two sets of UTC windows share', () => {
    expect(overlapMinutes([{ start: 0, end: 100 }], [{ start: 50, end: 150 }])).toBe(50);
    expect(
      overlapMinutes(
        [
          { start: 0, end: 60 },
          { start: 100, end: 200 },
        ],
        [{ start: 30, end: 150 }],
      ),
    ).toBe(80);
    expect(overlapMinutes([{ start: 0, end: 60 }], [{ start: 60, end: 120 }])).toBe(0);
  });

  it('compares people in different zones through their projections', () => {
    const reference = at('2026-06-01T12:00:00Z');
    const berlinEvenings = toUtcMinutesOfWeek(everyDay('18:00', '21:00'), 'Europe/Berlin', reference);
    const newYorkAfternoons = toUtcMinutesOfWeek(everyDay('12:00', '14:00'), 'America/New_York', reference);
    // New York 12:00-14:00 EDT is 16:00-18:00 UTC; Berlin 18:00-21:00 CEST is 16:00-19:00 UTC.
    expect(overlapMinutes(berlinEvenings, newYorkAfternoons)).toBe(7 * 120);
  });
});

describe('zone offsets, read from a table instead of asking Intl each time', () => {
  const zones = ['Europe/Berlin', 'Australia/Sydney', 'America/Sao_Paulo', 'Asia/Kolkata', 'Australia/Lord_Howe'];

  it('answers what luxon answers, to the millisecond around every change', () => {
    const mismatches: string[] = [];
    const check = (name: string, zone: IANAZone, ms: number) => {
      if (utcOffsetMinutes(name, new Date(ms)) !== zone.offset(ms)) mismatches.push(`${name} ${ms}`);
    };
    for (const name of zones) {
      const zone = IANAZone.create(name);
      let previous = zone.offset(Date.UTC(2025, 0, 1));
      for (let ms = Date.UTC(2025, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 6 * 3_600_000) {
        const offset = zone.offset(ms);
        check(name, zone, ms);
        if (offset !== previous) {
          // Bisect to the second the change happened, and check both sides of it.
          let [before, change] = [ms - 6 * 3_600_000, ms];
          while (change - before > 1_000) {
            const middle = before + Math.floor((change - before) / 2_000) * 1_000;
            if (zone.offset(middle) === offset) change = middle;
            else before = middle;
          }
          for (const probe of [change - 1_001, change - 1, change, change + 1, change + 999]) check(name, zone, probe);
        }
        previous = offset;
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('tells whether a range keeps one offset', () => {
    expect(offsetIsConstant('Europe/Berlin', at('2026-06-01T00:00:00Z'), at('2026-06-30T00:00:00Z'))).toBe(true);
    expect(offsetIsConstant('Europe/Berlin', at('2026-03-20T00:00:00Z'), at('2026-04-02T00:00:00Z'))).toBe(false);
    expect(offsetIsConstant('Europe/Berlin', at('2026-03-29T00:59:59Z'), at('2026-03-29T00:59:59.999Z'))).toBe(true);
    expect(offsetIsConstant('Europe/Berlin', at('2026-03-29T00:59:59Z'), at('2026-03-29T01:00:00Z'))).toBe(false);
    expect(offsetIsConstant('Asia/Kolkata', at('2020-01-01T00:00:00Z'), at('2030-01-01T00:00:00Z'))).toBe(true);
  });
});
