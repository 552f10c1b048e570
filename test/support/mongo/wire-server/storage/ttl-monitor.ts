import type { ServerParameters } from '../command-context.js';
import type { ServerStore } from './server-store.js';

/**
 * Removes expired documents of TTL indexes every `ttlMonitorSleepSecs`, like mongod's TTL monitor.
 * The timer is unref'd so a forgotten server never keeps a test process alive.
 */
export class TtlMonitor {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: ServerStore,
    private readonly parameters: ServerParameters,
  ) {}

  start(): void {
    this.timer = setTimeout(() => {
      this.store.expireDocuments(new Date());
      this.start();
    }, this.parameters.ttlMonitorSleepSecs * 1000);
    this.timer.unref();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
