import type { Client } from 'discord.js';
import type { z } from 'zod';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { UserLocales } from '../services/localization/user-locale.service.js';
import type { JobScheduler } from './job-scheduler.js';

export interface JobContext {
  readonly clock: Clock;
  readonly client: Client;
  /** For jobs that hand work on to other jobs (a sweep queueing one notice job per request). */
  readonly jobs: JobScheduler;
  /** Recipients' languages: whatever a job sends goes out in the reader's language. */
  readonly locales: UserLocales;
  /** Scoped to the job: its name and id are on every line. */
  readonly logger: Logger;
}

/**
 * A job: a name, the payload it carries (validated when scheduled and again when run, since the
 * stored document may come from an older version of the bot) and what it does. A job that throws is
 * retried with backoff; one that must not be retried catches what it cannot fix.
 */
export interface JobDefinition<Payload extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly payload: Payload;
  /**
   * Makes the job recurring: the scheduler keeps exactly one instance, run at start-up and then every
   * this many milliseconds. Its payload must accept `{}`.
   */
  readonly repeatEveryMs?: number;
  run(payload: z.output<Payload>, ctx: JobContext): Promise<void>;
}

export function defineJob<Payload extends z.ZodType>(job: JobDefinition<Payload>): JobDefinition<Payload> {
  return job;
}
