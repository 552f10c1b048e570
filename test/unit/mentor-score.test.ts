import { translatorFor } from '../../src/i18n/i18n.js';
import { duration, scoreReasonText } from '../../src/views/score-reason.view.js';
import { describe, expect, it } from 'vitest';
import {
  SCORE_WEIGHTS,
  compareScoredMentors,
  scoreMentor,
  type AskerContext,
  type ScoreBreakdown,
  type ScoredMentorInput,
} from '../../src/services/mentor-score.js';
import { everyDay, parseAvailability, toUtcMinutesOfWeek } from '../../src/services/availability.js';

const june = new Date('2026-06-01T12:00:00Z');

function mentor(overrides: Partial<ScoredMentorInput> = {}): ScoredMentorInput {
  return {
    userId: '100',
    skills: ['react', 'typescript', 'node'],
    utcWindows: toUtcMinutesOfWeek(parseAvailability('mon-fri 18:00-21:00'), 'Europe/Berlin', june),
    capacity: 3,
    activeMenteeCount: 1,
    pendingRequestCount: 0,
    reputation: 0,
    responseStats: { requestsAnswered: 0, requestsReceived: 0, medianResponseMinutes: null },
    ...overrides,
  };
}

/** Someone in Berlin with the assumed 09:00-22:00 day. */
const berliner: AskerContext = {
  skill: null,
  hours: { utcWindows: toUtcMinutesOfWeek(everyDay('09:00', '22:00'), 'Europe/Berlin', june), utcOffsetMinutes: 120 },
};

/** A component with its reason as an English-speaking member reads it. */
function component(breakdown: ScoreBreakdown, key: string): { score: number; points: number; reason: string } {
  const found = breakdown.components.find((c) => c.key === key);
  if (found === undefined) throw new Error(`no component ${key}`);
  return { score: found.score, points: found.points, reason: scoreReasonText(translatorFor('en'), found.reason) };
}

describe('scoreMentor', () => {
  it('weighs five components that add up to 100 points', () => {
    expect(Object.values(SCORE_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    const breakdown = scoreMentor(mentor(), berliner);
    expect(breakdown.components.map((c) => c.key)).toEqual([
      'skill',
      'availability',
      'capacity',
      'reputation',
      'responsiveness',
    ]);
    for (const c of breakdown.components) {
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
    }
  });

  it('gives full marks for the asked skill, half for a related one, none otherwise', () => {
    const asking = (skill: string): AskerContext => ({ ...berliner, skill });
    expect(component(scoreMentor(mentor(), asking('react')), 'skill')).toMatchObject({
      score: 1,
      points: 30,
      reason: 'knows react',
    });
    expect(component(scoreMentor(mentor({ skills: ['react native'] }), asking('react')), 'skill')).toMatchObject({
      score: 0.5,
      reason: 'knows react native, close to react',
    });
    expect(component(scoreMentor(mentor(), asking('rust')), 'skill')).toMatchObject({
      score: 0,
      reason: "doesn't list rust",
    });
    // "reactive" is not "react": relation is by whole words only.
    expect(component(scoreMentor(mentor({ skills: ['reactive'] }), asking('react')), 'skill').score).toBe(0);
    expect(component(scoreMentor(mentor(), berliner), 'skill')).toMatchObject({
      score: 0.5,
      reason: 'knows react, typescript, and node',
    });
  });

  it('scores shared hours, saturating at six a week, and names the part of the asker’s day', () => {
    // The mentor's 15 h a week all fall in the asker's evenings.
    expect(component(scoreMentor(mentor(), berliner), 'availability')).toMatchObject({
      score: 1,
      reason: '15 h a week in common with your evenings',
    });
    const threeHours = mentor({
      utcWindows: toUtcMinutesOfWeek(parseAvailability('mon 18:00-19:30, wed 08:00-09:30'), 'Europe/Berlin', june),
    });
    // Wed 08:00-09:00 Berlin lies before the asker's assumed 09:00 start.
    expect(component(scoreMentor(threeHours, berliner), 'availability')).toMatchObject({
      score: 2 / 6,
      reason: '2 h a week in common with your evenings',
    });
    const split = mentor({
      utcWindows: toUtcMinutesOfWeek(parseAvailability('mon 09:00-11:00, tue 19:00-21:00'), 'Europe/Berlin', june),
    });
    expect(component(scoreMentor(split, berliner), 'availability').reason).toBe(
      '4 h a week in common with your mornings and evenings',
    );
  });

  it('compares hours across zones, and is neutral when the asker’s zone is unknown', () => {
    // 18:00-21:00 Berlin (16:00-19:00 UTC) against Tokyo's 09:00-22:00 (00:00-13:00 UTC): nothing shared.
    const tokyo: AskerContext = {
      skill: null,
      hours: { utcWindows: toUtcMinutesOfWeek(everyDay('09:00', '22:00'), 'Asia/Tokyo', june), utcOffsetMinutes: 540 },
    };
    expect(component(scoreMentor(mentor(), tokyo), 'availability')).toMatchObject({
      score: 0,
      reason: 'no hours in common with yours',
    });
    expect(component(scoreMentor(mentor(), { skill: null, hours: null }), 'availability')).toMatchObject({
      score: 0.5,
      reason: 'your time zone is unknown, so hours were not compared',
    });
  });

  it('scores free places, log-scaled reputation and responsiveness', () => {
    expect(component(scoreMentor(mentor(), berliner), 'capacity')).toMatchObject({
      score: 2 / 3,
      points: 10,
      reason: '2 of 3 places free',
    });
    expect(component(scoreMentor(mentor({ capacity: 1, activeMenteeCount: 0 }), berliner), 'capacity').reason).toBe(
      '1 of 1 place free',
    );
    expect(component(scoreMentor(mentor({ pendingRequestCount: 1 }), berliner), 'capacity')).toMatchObject({
      score: 1 / 3,
      reason: '2 of 3 places free',
    });
    expect(component(scoreMentor(mentor({ pendingRequestCount: 2 }), berliner), 'capacity')).toMatchObject({
      score: 0,
      reason: 'many requests waiting: 2 for 2 of 3 free places',
    });
    expect(component(scoreMentor(mentor(), berliner), 'reputation')).toMatchObject({
      score: 0,
      reason: 'no reputation yet',
    });
    expect(component(scoreMentor(mentor({ reputation: 9 }), berliner), 'reputation').score).toBeCloseTo(0.499, 3);
    expect(component(scoreMentor(mentor({ reputation: 100 }), berliner), 'reputation').score).toBe(1);
    expect(component(scoreMentor(mentor({ reputation: 5000 }), berliner), 'reputation').score).toBe(1);

    const fast = { requestsAnswered: 9, requestsReceived: 10, medianResponseMinutes: 120 };
    const fastScore = component(scoreMentor(mentor({ responseStats: fast }), berliner), 'responsiveness');
    expect(fastScore.reason).toBe('answers 9 of 10 requests, usually in ~2 h');
    expect(fastScore.score).toBeCloseTo((0.9 + (1 - Math.log(2) / Math.log(48))) / 2, 6);
    expect(component(scoreMentor(mentor(), berliner), 'responsiveness')).toMatchObject({
      score: 0.5,
      reason: 'no requests received yet',
    });
  });

  it('adds up to 100 for an ideal mentor and 0 for the worst fit', () => {
    const ideal = mentor({
      activeMenteeCount: 0,
      reputation: 250,
      responseStats: { requestsAnswered: 5, requestsReceived: 5, medianResponseMinutes: 20 },
    });
    expect(scoreMentor(ideal, { ...berliner, skill: 'react' }).total).toBe(100);
    const worst = mentor({
      capacity: 3,
      activeMenteeCount: 3,
      responseStats: { requestsAnswered: 0, requestsReceived: 4, medianResponseMinutes: 5000 },
    });
    const tokyoAsker: AskerContext = {
      skill: 'rust',
      hours: { utcWindows: toUtcMinutesOfWeek(everyDay('09:00', '22:00'), 'Asia/Tokyo', june), utcOffsetMinutes: 540 },
    };
    expect(scoreMentor(worst, tokyoAsker).total).toBe(0);
  });
});

describe('compareScoredMentors', () => {
  it('orders by total, then reputation, then user id, whatever the input order', () => {
    const entries = [
      { userId: 'c', total: 70, reputation: 5 },
      { userId: 'b', total: 80, reputation: 0 },
      { userId: 'a', total: 70, reputation: 5 },
      { userId: 'd', total: 70, reputation: 9 },
    ];
    const expected = ['b', 'd', 'a', 'c'];
    expect([...entries].sort(compareScoredMentors).map((e) => e.userId)).toEqual(expected);
    expect(
      [...entries]
        .reverse()
        .sort(compareScoredMentors)
        .map((e) => e.userId),
    ).toEqual(expected);
  });
});

describe('duration', () => {
  it('never reads as 0 min: an answer within seconds is about a minute', () => {
    const tr = translatorFor('en');
    expect(duration(tr, 0.2)).toBe('1 min');
    expect(duration(tr, 40)).toBe('40 min');
    expect(duration(tr, 15 * 60 + 10)).toBe('15 h');
  });
});
