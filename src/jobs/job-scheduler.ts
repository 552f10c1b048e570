import { MongoBackend } from '@agendajs/mongo-backend';
import { Agenda, backoffStrategies } from 'agenda';
import type { Client } from 'discord.js';
import type { Db } from 'mongodb';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { z } from 'zod';
import type { Clock } from '../clock.js';
import { pollingErrorLogger } from '../database-health.js';
import type { Logger } from '../logger.js';
import type { UserLocales } from '../services/localization/user-locale.service.js';
import type { JobDefinition } from './job.js';

export const JOBS_COLLECTION = 'agendaJobs';

/**
 * Transient failures (a Discord 5xx, a database hiccup) are retried: 15 s, 30 s, 1 min, ... capped at
 * 30 min, ten retries over about two hours; jitter keeps many failed jobs from retrying in step.
 */
const RETRY_BACKOFF = backoffStrategies.exponential({
  delay: 15_000,
  factor: 2,
  maxDelay: 30 * 60_000,
  maxRetries: 10,
  jitter: 0.1,
});

export interface JobScheduler {
  /**
   * Schedules `job` at `at` (in the clock's time). With `uniqueBy`, a job with the same name and
   * those payload fields is replaced rather than doubled, so scheduling twice is safe; with
   * `keepExisting` too, an existing one is left as it is (its time and its retries).
   */
  schedule<P extends z.ZodType>(
    job: JobDefinition<P>,
    at: Date,
    payload: z.input<P>,
    options?: { uniqueBy?: readonly (keyof z.input<P> & string)[]; keepExisting?: boolean },
  ): Promise<void>;
  /** Cancels pending runs of `job` whose payload matches every given field. */
  cancel<P extends z.ZodType>(job: JobDefinition<P>, match: Partial<z.input<P>>): Promise<number>;
  /** Starts processing, and creates or updates the one instance of every recurring job. */
  start(): Promise<void>;
  /** Stops claiming jobs, releases the ones claimed but not started, and waits (up to the timeout) for running ones. */
  stop(timeoutMs: number): Promise<void>;
}

export interface JobSchedulerOptions {
  db: Db;
  jobs: readonly JobDefinition[];
  clock: Clock;
  client: Client;
  locales: UserLocales;
  logger: Logger;
  /** How often Agenda looks for due jobs; tests shorten it. */
  processEveryMs?: number;
}

export function createJobScheduler({
  db,
  jobs,
  clock,
  client,
  locales,
  logger,
  processEveryMs = 5_000,
}: JobSchedulerOptions): JobScheduler {
  // Agenda stamps each lock with this name, so at stop this instance can tell its own locks apart.
  const instanceName = `${hostname()}-${String(process.pid)}-${randomUUID().slice(0, 8)}`;
  const agenda = new Agenda({
    name: instanceName,
    backend: new MongoBackend({ mongo: db, collection: JOBS_COLLECTION }),
    processEvery: processEveryMs,
    // Jobs here are a few Discord and database calls; a short lock lets another instance take over
    // quickly after a crash, without ever re-running a job that is still being worked on.
    defaultLockLifetime: 60_000,
    // A finished one-off job has nothing left to say; one that gave up stays, for diagnosis.
    removeOnComplete: true,
  });
  // During a database outage Agenda fails every poll: one warning a minute, not one error per poll.
  agenda.on('error', pollingErrorLogger(logger, 'Job scheduler error'));
  agenda.on('retry exhausted', (error: unknown, agendaJob: { attrs: { name: string; _id?: unknown } }) =>
    logger.error('Job gave up after its retries', {
      job: agendaJob.attrs.name,
      jobId: String(agendaJob.attrs._id),
      error,
    }),
  );

  for (const job of jobs) {
    agenda.define(
      job.name,
      async (agendaJob) => {
        const jobLogger = logger.child({ job: job.name, jobId: String(agendaJob.attrs._id) });
        const parsed = job.payload.safeParse(agendaJob.attrs.data);
        if (!parsed.success) {
          jobLogger.error('Dropped a job whose payload no longer validates', { issues: parsed.error.issues });
          return;
        }
        try {
          await job.run(parsed.data, { clock, client, jobs: scheduler, locales, logger: jobLogger });
        } catch (error) {
          jobLogger.warn('Job failed; it will be retried unless it has run out of retries', {
            attempt: (agendaJob.attrs.failCount ?? 0) + 1,
            error,
          });
          throw error;
        }
      },
      { backoff: RETRY_BACKOFF },
    );
  }
  const known = new Set(jobs.map((job) => job.name));
  const assertKnown = (name: string) => {
    if (!known.has(name)) throw new Error(`Job ${name} is not registered with the scheduler`);
  };

  const scheduler: JobScheduler = {
    async schedule(job, at, payload, options) {
      assertKnown(job.name);
      const data = job.payload.parse(payload) as Record<string, unknown>;
      // Agenda compares against the real clock; keep the delay the app's clock asked for.
      const runAt = new Date(Date.now() + (at.getTime() - clock.now().getTime()));
      const agendaJob = agenda.create(job.name, data);
      if (options?.uniqueBy) {
        agendaJob.unique(Object.fromEntries(options.uniqueBy.map((key) => [`data.${key}`, data[key]])), {
          insertOnly: options.keepExisting ?? false,
        });
      }
      await agendaJob.schedule(runAt).save();
    },
    async cancel(job, match) {
      assertKnown(job.name);
      return agenda.cancel({ name: job.name, data: match });
    },
    async start() {
      await agenda.start();
      for (const job of jobs) {
        if (job.repeatEveryMs === undefined) continue;
        // One instance per name whatever the number of restarts or instances: unique on the name,
        // upserted with the current interval, first run now.
        await agenda.create(job.name, job.payload.parse({})).unique({}).repeatEvery(job.repeatEveryMs).save();
      }
    },
    async stop(timeoutMs) {
      // Running jobs are given time to finish and save (so they leave no lock behind); then Agenda's stop()
      // unlocks the jobs this instance claimed but has not started, so they run at once elsewhere or after
      // a restart. A job still running past the timeout keeps its lock until the lock's lifetime ends.
      const drained = await agenda.drain({ timeout: timeoutMs, closeConnection: false });
      await agenda.stop(false);
      // A poll in flight when processing stopped may still lock a job this instance will never run.
      if (drained.running === 0) {
        await db
          .collection(JOBS_COLLECTION)
          .updateMany({ lastModifiedBy: instanceName, lockedAt: { $ne: null } }, { $set: { lockedAt: null } });
      }
    },
  };
  return scheduler;
}
