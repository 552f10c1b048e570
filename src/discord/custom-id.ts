import { z } from 'zod';

/**
 * Every component's custom_id is built and parsed here: `v1:<route>:<param>:<param>...`.
 * Params follow the key order of the route's zod object and are percent-encoded, so a `:` in a value
 * cannot shift the others. The version prefix lets a future format refuse old buttons cleanly.
 */
export const CUSTOM_ID_VERSION = 'v1';
export const CUSTOM_ID_MAX_LENGTH = 100;

export type ParamShape = Record<string, z.ZodType>;

export interface CustomIdRoute<Name extends string = string, Shape extends ParamShape = ParamShape> {
  readonly name: Name;
  readonly params: z.ZodObject<Shape>;
}

export type RouteParams<R extends CustomIdRoute> = z.output<R['params']>;
export type RouteInput<R extends CustomIdRoute> = { [K in keyof z.output<R['params']>]: string | number | boolean };

export class InvalidCustomIdError extends Error {
  constructor(
    readonly customId: string,
    readonly reason: string,
  ) {
    super(`Invalid custom id (${reason}): ${customId.slice(0, CUSTOM_ID_MAX_LENGTH)}`);
    this.name = 'InvalidCustomIdError';
  }
}

const ROUTE_NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/;

/** Params arrive as strings; use coercing schemas (`z.coerce.number()`) for numbers. */
export function defineRoute<const Name extends string, Shape extends ParamShape>(
  name: Name,
  params: Shape,
): CustomIdRoute<Name, Shape> {
  if (!ROUTE_NAME.test(name)) throw new Error(`Route name "${name}" must be dotted lowercase words`);
  return { name, params: z.object(params) };
}

const encodePart = (value: string | number | boolean) => encodeURIComponent(String(value));

export function encodeCustomId<R extends CustomIdRoute>(route: R, values: RouteInput<R>): string {
  const keys = Object.keys(route.params.shape);
  const parts = keys.map((key) => encodePart((values as Record<string, string | number | boolean>)[key] ?? ''));
  const id = [CUSTOM_ID_VERSION, route.name, ...parts].join(':');
  // Parse what we built: a value the route itself would refuse is a bug here, not at click time.
  route.params.parse(Object.fromEntries(keys.map((key, i) => [key, decodeURIComponent(parts[i] ?? '')])));
  if (id.length > CUSTOM_ID_MAX_LENGTH)
    throw new Error(`custom_id for ${route.name} is ${id.length} characters (max 100)`);
  return id;
}

export interface DecodedCustomId {
  route: CustomIdRoute;
  params: Record<string, unknown>;
}

/** A decoder for a fixed set of routes; anything else, tampered or stale, is refused. */
export function createCustomIdDecoder(routes: readonly CustomIdRoute[]) {
  const byName = new Map<string, CustomIdRoute>();
  for (const route of routes) {
    if (byName.has(route.name)) throw new Error(`Two component routes are named ${route.name}`);
    byName.set(route.name, route);
  }

  return function decodeCustomId(customId: string): DecodedCustomId {
    if (customId.length > CUSTOM_ID_MAX_LENGTH) throw new InvalidCustomIdError(customId, 'too long');
    const [version, name, ...parts] = customId.split(':');
    if (version !== CUSTOM_ID_VERSION) throw new InvalidCustomIdError(customId, 'unknown version');
    const route = name === undefined ? undefined : byName.get(name);
    if (!route) throw new InvalidCustomIdError(customId, 'unknown route');
    const keys = Object.keys(route.params.shape);
    if (parts.length !== keys.length) throw new InvalidCustomIdError(customId, 'wrong number of params');
    let raw: Record<string, string>;
    try {
      raw = Object.fromEntries(keys.map((key, i) => [key, decodeURIComponent(parts[i] ?? '')]));
    } catch {
      throw new InvalidCustomIdError(customId, 'malformed encoding');
    }
    const parsed = route.params.safeParse(raw);
    if (!parsed.success)
      throw new InvalidCustomIdError(customId, `params rejected: ${parsed.error.issues[0]?.message ?? ''}`);
    return { route, params: parsed.data };
  };
}
