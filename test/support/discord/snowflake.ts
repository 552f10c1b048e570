/** Discord's epoch, 2015-01-01T00:00:00.000Z: snowflakes count milliseconds from here. */
export const DISCORD_EPOCH_MS = 1_420_070_400_000;

const INCREMENT_BITS = 12n;
const MAX_INCREMENT = (1n << INCREMENT_BITS) - 1n;
/** Worker 1, process 0: any constant works, it only has to fit bits 17..21. */
const WORKER_BITS = 1n << 17n;

/**
 * Real, numeric, strictly increasing snowflakes. discord.js sorts channels and roles with `BigInt(id)`
 * and reads creation times from ids, so fake strings would break it.
 */
export class SnowflakeGenerator {
  #lastTimestamp = -1n;
  #increment = 0n;

  constructor(private readonly nowMs: () => number) {}

  next(): string {
    let timestamp = BigInt(Math.max(this.nowMs() - DISCORD_EPOCH_MS, 0));
    if (timestamp <= this.#lastTimestamp) {
      // Same millisecond (or a clock set backwards): keep ids monotonic by counting on from the last one.
      timestamp = this.#lastTimestamp;
      this.#increment += 1n;
      if (this.#increment > MAX_INCREMENT) {
        timestamp += 1n;
        this.#increment = 0n;
      }
    } else {
      this.#increment = 0n;
    }
    this.#lastTimestamp = timestamp;
    return ((timestamp << 22n) | WORKER_BITS | this.#increment).toString();
  }
}
