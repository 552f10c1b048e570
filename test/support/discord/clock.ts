import type { Clock } from '../../../src/clock.js';

/**
 * The emulator's notion of "now": wall time plus an offset that tests move forward, so interaction deadlines
 * and the 15-minute token lifetime can be crossed without sleeping.
 */
export class EmulatorClock implements Clock {
  #offsetMs = 0;

  now(): Date {
    return new Date(this.nowMs());
  }

  nowMs(): number {
    return Date.now() + this.#offsetMs;
  }

  advance(ms: number): void {
    this.#offsetMs += ms;
  }

  set(date: Date): void {
    this.#offsetMs = date.getTime() - Date.now();
  }
}
