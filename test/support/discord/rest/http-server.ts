import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorCore } from '../core.js';
import { DiscordErrors, DiscordHttpError } from './discord-error.js';
import type { FaultInjector } from './faults.js';
import { bucketHash, rateLimitHeaders, tooManyRequests, type RateLimiter } from './rate-limits.js';
import { parseBody, readRawBody } from './request-body.js';
import type { RouteResponse, Router } from './router.js';

const API_PREFIX = '/api/v10';

/** Parameters that give a route its own bucket per value, as Discord's "major parameters" do. */
const MAJOR_PARAMETERS = ['channelId', 'guildId', 'token'] as const;

interface Reply {
  status: number;
  body?: unknown;
  headers: Record<string, string>;
}

/**
 * The REST API under `/api/v10`: decodes the path, checks the bot token, applies faults and rate limits,
 * runs the route, and records every call (including refused ones) in the state's REST log.
 */
export class RestRequestHandler {
  constructor(
    private readonly core: EmulatorCore,
    private readonly router: Router,
    private readonly rateLimiter: RateLimiter,
    private readonly faults: FaultInjector,
  ) {}

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = (request.method ?? 'GET').toUpperCase();
    const url = new URL(request.url ?? '/', 'http://emulator');
    const raw = await readRawBody(request);
    const path = decodePath(url.pathname.startsWith(API_PREFIX) ? url.pathname.slice(API_PREFIX.length) : url.pathname);
    const auditLogReason = headerValue(request, 'x-audit-log-reason');
    let route: string | null = null;
    let body: unknown;
    let reply: Reply;
    try {
      if (!url.pathname.startsWith(`${API_PREFIX}/`)) throw DiscordErrors.notFound();
      const match = this.router.match(method, path.split('/').filter(Boolean));
      if (match.kind === 'not-found') throw DiscordErrors.notFound();
      if (match.kind === 'method-not-allowed') {
        route = match.pattern;
        throw DiscordErrors.methodNotAllowed();
      }
      route = match.route.pattern;
      const parsed = parseBody(raw, request.headers['content-type']);
      body = parsed.body;
      if (match.route.auth === 'bot' && request.headers.authorization !== `Bot ${this.core.config.botToken}`) {
        throw DiscordErrors.unauthorized();
      }
      const majorParameter = MAJOR_PARAMETERS.map((name) => match.params[name]).find(Boolean) ?? '';
      const fault = this.faults.take({ method, path, route });
      const limit = this.rateLimiter.take(method, route, majorParameter);
      if (fault?.kind === 'rate-limit') {
        reply = toReply(
          tooManyRequests(
            bucketHash(method, route),
            this.core.config.rateLimit.limit,
            fault.retryAfterMs,
            fault.global,
          ),
          429,
        );
      } else if (fault?.kind === 'server-error') {
        reply = { status: fault.status, body: { message: 'Internal Server Error', code: 0 }, headers: limit.headers };
      } else if (fault?.kind === 'discord-error') {
        reply = { status: fault.status, body: { message: fault.message, code: fault.code }, headers: limit.headers };
      } else if (limit.retryAfterMs !== null) {
        reply = toReply(
          tooManyRequests(bucketHash(method, route), this.core.config.rateLimit.limit, limit.retryAfterMs, false),
          429,
        );
      } else {
        const result: RouteResponse = await match.route.handle({
          params: match.params,
          query: url.searchParams,
          body,
          files: parsed.files,
          auditLogReason,
        });
        reply = { ...result, headers: limit.headers };
      }
    } catch (error) {
      reply = this.#errorReply(error, method, path, route);
    }
    this.#record(method, path, route, url.searchParams, body, reply, auditLogReason);
    this.#write(response, reply);
  }

  #errorReply(error: unknown, method: string, path: string, route: string | null): Reply {
    const headers = rateLimitHeaders(
      bucketHash(method, route ?? path),
      this.core.config.rateLimit.limit,
      this.core.config.rateLimit.limit,
      Date.now(),
      0,
    );
    if (error instanceof DiscordHttpError) return { status: error.status, body: error.body, headers };
    // A bug in the emulator, not in the bot: say so loudly, since the bot only sees a 500.
    console.error(`[discord-emulator] ${method} ${path} crashed:`, error);
    return { status: 500, body: { message: 'Emulator error', code: 0 }, headers };
  }

  #record(
    method: string,
    path: string,
    route: string | null,
    query: URLSearchParams,
    body: unknown,
    reply: Reply,
    auditLogReason: string | null,
  ): void {
    this.core.state.restCalls.push({
      method,
      path,
      route,
      query: Object.fromEntries(query.entries()),
      body,
      status: reply.status,
      responseBody: reply.body,
      auditLogReason,
      at: this.core.clock.now(),
    });
    this.core.changes.notify();
  }

  #write(response: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = { ...reply.headers };
    if (reply.body === undefined) {
      response.writeHead(reply.status, headers).end();
      return;
    }
    const json = JSON.stringify(reply.body);
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = String(Buffer.byteLength(json));
    response.writeHead(reply.status, headers).end(json);
  }
}

/** `@original` arrives as `%40original`; ids and tokens never contain `/`, so decoding per segment is safe. */
function decodePath(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

function headerValue(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  if (typeof value !== 'string') return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function toReply(rateLimited: ReturnType<typeof tooManyRequests>, status: number): Reply {
  return { status, body: rateLimited.body, headers: rateLimited.headers };
}
