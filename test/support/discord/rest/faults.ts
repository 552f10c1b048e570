/** What a request looks like to a fault matcher. */
export interface RouteCall {
  method: string;
  /** Decoded path after `/api/v10`. */
  path: string;
  /** Route template such as `/channels/:channelId/messages`, or null when no route matched. */
  route: string | null;
}

/**
 * Which requests a fault applies to: `'POST /channels/:channelId/messages'` (method and route template),
 * `'/channels/:channelId/messages'` (any method), a RegExp tested on `'METHOD /decoded/path'`, or a predicate.
 */
export type RouteMatcher = string | RegExp | ((call: RouteCall) => boolean);

export type Fault =
  | { kind: 'rate-limit'; retryAfterMs: number; global: boolean }
  | { kind: 'server-error'; status: number }
  | { kind: 'discord-error'; status: number; code: number; message: string };

interface ArmedFault {
  matcher: RouteMatcher;
  remaining: number;
  fault: Fault;
}

/** Failures armed by tests for the next N matching requests, consumed in the order they were armed. */
export class FaultInjector {
  readonly #armed: ArmedFault[] = [];

  /** Answer the next `count` matching requests with 429 and `retry_after`. */
  rateLimit(matcher: RouteMatcher, options: { count?: number; retryAfterMs: number; global?: boolean }): void {
    this.#armed.push({
      matcher,
      remaining: options.count ?? 1,
      fault: { kind: 'rate-limit', retryAfterMs: options.retryAfterMs, global: options.global ?? false },
    });
  }

  /** Answer the next `count` matching requests with a 5xx (500 unless `status` says otherwise). */
  serverError(matcher: RouteMatcher, options: { count?: number; status?: number } = {}): void {
    this.#armed.push({
      matcher,
      remaining: options.count ?? 1,
      fault: { kind: 'server-error', status: options.status ?? 500 },
    });
  }

  /**
   * Answer the next `count` matching requests with a Discord JSON error, e.g. 403 50013 Missing Permissions
   * for a call the bot's cached view of roles and permissions allowed (Discord's own state decides).
   */
  discordError(
    matcher: RouteMatcher,
    options: { count?: number; status: number; code: number; message: string },
  ): void {
    this.#armed.push({
      matcher,
      remaining: options.count ?? 1,
      fault: { kind: 'discord-error', status: options.status, code: options.code, message: options.message },
    });
  }

  clear(): void {
    this.#armed.length = 0;
  }

  take(call: RouteCall): Fault | null {
    const armed = this.#armed.find((candidate) => candidate.remaining > 0 && matchesRoute(candidate.matcher, call));
    if (!armed) return null;
    armed.remaining -= 1;
    return armed.fault;
  }
}

export function matchesRoute(matcher: RouteMatcher, call: RouteCall): boolean {
  if (typeof matcher === 'function') return matcher(call);
  if (matcher instanceof RegExp) return matcher.test(`${call.method} ${call.path}`);
  const [first, second] = matcher.trim().split(/\s+/);
  if (second === undefined) return call.route === first || call.path === first;
  return call.method === first?.toUpperCase() && (call.route === second || call.path === second);
}
