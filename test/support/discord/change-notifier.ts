import { EventEmitter } from 'node:events';

export interface WaitOptions {
  timeoutMs?: number;
  /** Named in the timeout error, so a failing test says what it was waiting for. */
  description?: string;
}

const DEFAULT_WAIT_TIMEOUT_MS = 2_000;

/**
 * Every change to the emulator's state (a REST call handled, a gateway frame received) is announced here,
 * so tests wait for a condition instead of sleeping.
 */
export class ChangeNotifier {
  readonly #events = new EventEmitter().setMaxListeners(0);

  notify(): void {
    this.#events.emit('change');
  }

  /** Resolves with the first truthy value `probe` returns, checking now and after every change. */
  waitFor<T>(probe: () => T | undefined | null | false, options: WaitOptions = {}): Promise<T> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
    return new Promise<T>((resolve, reject) => {
      const check = (): boolean => {
        let value: T | undefined | null | false;
        try {
          value = probe();
        } catch (error) {
          finish();
          reject(error instanceof Error ? error : new Error(String(error)));
          return true;
        }
        if (value === undefined || value === null || value === false) return false;
        finish();
        resolve(value);
        return true;
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${options.description ?? 'a condition'}`));
      }, timeoutMs);
      const onChange = (): void => {
        check();
      };
      const finish = (): void => {
        clearTimeout(timer);
        this.#events.off('change', onChange);
      };
      if (check()) return;
      this.#events.on('change', onChange);
    });
  }
}
