import type { Clock } from '../../../src/clock.js';

/** Real time plus an offset that only grows: the app sees time pass when a test says so. */
export class TestClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    if (ms < 0) throw new Error('Time only moves forward');
    this.offsetMs += ms;
  }
}
