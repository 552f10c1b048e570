/**
 * The edge of every service: input is checked with a zod schema, and the first problem becomes an
 * InvalidInputError naming the field (the command option a user typed into) and how to fix it.
 * Schemas carry their own user-readable messages; zod's defaults only show for malformed calls.
 */
import { z } from 'zod';
import { ForbiddenError, InvalidInputError } from '../errors.js';
import { WEEKDAYS } from './availability.js';

export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path[0];
  throw new InvalidInputError(
    typeof field === 'string' ? field : 'input',
    issue === undefined ? 'The input is not valid.' : asSentence(issue.message),
  );
}

function asSentence(message: string): string {
  return /[.!?]$/u.test(message) ? message : `${message}.`;
}

/**
 * Weekly hours as typed into a command option ("mon 18:00-20:30, sat-sun 10-12") or as windows; the rules
 * are checked afterwards by availability.ts, which names the exact problem.
 */
export const availabilityInput = z.union([
  z.string(),
  z.array(
    z.object({
      day: z.enum(WEEKDAYS, { error: 'Days are mon, tue, wed, thu, fri, sat or sun.' }),
      start: z.string(),
      end: z.string(),
    }),
  ),
]);

/** Discord ids: a guild, a user, a role. */
export const discordId = z.string().regex(/^\d{1,20}$/u, 'This is not a Discord id.');

/** Who is acting, as the adapter established it from Discord; admin means "Manage Server" on this server. */
export interface Actor {
  userId: string;
  isAdmin: boolean;
  /** "Manage Roles" on this server: needed, besides admin, to choose roles the bot hands out. */
  canManageRoles?: boolean | undefined;
}

export const actorSchema = z.object({
  userId: discordId,
  isAdmin: z.boolean(),
  canManageRoles: z.boolean().optional(),
});

/** Admin-only actions check this in the service, so a button anyone can press is still guarded. */
export function requireAdmin(actor: Actor, action: string): void {
  if (!actor.isAdmin) throw new ForbiddenError(`Only server admins (Manage Server) can ${action}.`);
}

/**
 * Choosing a role the bot gives to every mentor is handing that role out: it takes Manage Roles as well as
 * Manage Server, as it would in Discord's own settings.
 */
export function requireRoleManager(actor: Actor, action: string): void {
  if (!actor.isAdmin || actor.canManageRoles !== true) {
    throw new ForbiddenError(`Only admins with both Manage Server and Manage Roles can ${action}.`);
  }
}
