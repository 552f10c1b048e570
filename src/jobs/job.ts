import type { Client } from 'discord.js';
import type { z } from 'zod';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';

export interface JobContext {
  readonly clock: Clock;
  readonly client: Client;
  /** Scoped to the job: its name and id are on every line. */
  readonly logger: Logger;
}

/**
 * A job: a name, the payload it carries (validated when scheduled and again when run, since the
 * stored document may come from an older version of the bot) and what it does.
 */
export interface JobDefinition<Payload extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly payload: Payload;
  run(payload: z.output<Payload>, ctx: JobContext): Promise<void>;
}

export function defineJob<Payload extends z.ZodType>(job: JobDefinition<Payload>): JobDefinition<Payload> {
  return job;
}
