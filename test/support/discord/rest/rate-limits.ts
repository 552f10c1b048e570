import { createHash } from 'node:crypto';

export interface RateLimitDecision {
  headers: Record<string, string>;
  /** Set when this request went over the bucket's limit and must be answered 429. */
  retryAfterMs: number | null;
}

/**
 * Per-route buckets counted in fixed windows of real time (the client schedules retries with `Date.now()`,
 * so the emulator's adjustable clock must not leak in here). Every response carries the bucket's headers.
 */
export class RateLimiter {
  readonly #windows = new Map<string, { used: number; resetAtMs: number }>();

  constructor(private readonly config: { limit: number; windowMs: number }) {}

  take(method: string, routePattern: string, majorParameter: string): RateLimitDecision {
    const bucket = bucketHash(method, routePattern);
    const key = `${bucket}:${majorParameter}`;
    const now = Date.now();
    let window = this.#windows.get(key);
    if (!window || window.resetAtMs <= now) {
      window = { used: 0, resetAtMs: now + this.config.windowMs };
      this.#windows.set(key, window);
    }
    window.used += 1;
    const overLimit = window.used > this.config.limit;
    const resetAfterMs = window.resetAtMs - now;
    return {
      headers: rateLimitHeaders(
        bucket,
        this.config.limit,
        Math.max(this.config.limit - window.used, 0),
        window.resetAtMs,
        resetAfterMs,
      ),
      retryAfterMs: overLimit ? resetAfterMs : null,
    };
  }
}

export function bucketHash(method: string, routePattern: string): string {
  return createHash('sha1').update(`${method} ${routePattern}`).digest('hex').slice(0, 16);
}

export function rateLimitHeaders(
  bucket: string,
  limit: number,
  remaining: number,
  resetAtMs: number,
  resetAfterMs: number,
): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(limit),
    'X-RateLimit-Remaining': String(remaining),
    'X-RateLimit-Reset': (resetAtMs / 1000).toFixed(3),
    'X-RateLimit-Reset-After': (resetAfterMs / 1000).toFixed(3),
    'X-RateLimit-Bucket': bucket,
  };
}

/**
 * A 429 as Discord sends it. `Retry-After` is fractional seconds here (Discord rounds up to whole seconds)
 * so reliability tests can use retries of a few milliseconds; @discordjs/rest parses it with `Number()`.
 */
export function tooManyRequests(
  bucket: string,
  limit: number,
  retryAfterMs: number,
  global: boolean,
): { headers: Record<string, string>; body: { message: string; retry_after: number; global: boolean } } {
  const seconds = retryAfterMs / 1000;
  return {
    headers: {
      ...rateLimitHeaders(bucket, limit, 0, Date.now() + retryAfterMs, retryAfterMs),
      'Retry-After': String(seconds),
      'X-RateLimit-Scope': global ? 'global' : 'user',
      ...(global ? { 'X-RateLimit-Global': 'true' } : {}),
    },
    body: { message: 'You are being rate limited.', retry_after: seconds, global },
  };
}
