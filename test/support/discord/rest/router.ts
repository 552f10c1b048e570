export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface UploadedFile {
  field: string;
  filename: string;
}

export interface RouteRequest {
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  body: unknown;
  files: UploadedFile[];
  auditLogReason: string | null;
}

export interface RouteResponse {
  status: number;
  body?: unknown;
}

export interface RouteDefinition {
  method: HttpMethod;
  /** Path after `/api/v10`, with `:name` parameters: `/channels/:channelId/messages/:messageId`. */
  pattern: string;
  /** Interaction callbacks and webhook routes carry their token in the path and no Authorization header. */
  auth: 'bot' | 'none';
  handle(request: RouteRequest): RouteResponse | Promise<RouteResponse>;
}

export type RouteMatch =
  | { kind: 'matched'; route: RouteDefinition; params: Record<string, string> }
  | { kind: 'method-not-allowed'; pattern: string }
  | { kind: 'not-found' };

export const ok = (body: unknown): RouteResponse => ({ status: 200, body });
export const created = (body: unknown): RouteResponse => ({ status: 201, body });
export const noContent = (): RouteResponse => ({ status: 204 });

/** Matches decoded path segments against route patterns; literal segments win over parameters. */
export class Router {
  readonly #routes: RouteDefinition[] = [];

  add(routes: readonly RouteDefinition[]): void {
    this.#routes.push(...routes);
    // `/users/@me` must beat `/users/:userId`: fewer parameters first.
    this.#routes.sort((a, b) => parameterCount(a.pattern) - parameterCount(b.pattern));
  }

  match(method: string, segments: readonly string[]): RouteMatch {
    let patternForOtherMethod: string | null = null;
    for (const route of this.#routes) {
      const params = matchPattern(route.pattern, segments);
      if (!params) continue;
      if (route.method === method) return { kind: 'matched', route, params };
      patternForOtherMethod ??= route.pattern;
    }
    return patternForOtherMethod
      ? { kind: 'method-not-allowed', pattern: patternForOtherMethod }
      : { kind: 'not-found' };
  }
}

function parameterCount(pattern: string): number {
  return pattern.split('/').filter((segment) => segment.startsWith(':')).length;
}

function matchPattern(pattern: string, segments: readonly string[]): Record<string, string> | null {
  const parts = pattern.split('/').filter(Boolean);
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return null;
  }
  return params;
}
