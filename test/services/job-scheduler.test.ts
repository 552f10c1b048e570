/**
 * The job scheduler on a real database: transient failures are retried with backoff, finished one-off
 * jobs are removed, and a recurring job stays one document however many instances start.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from 'discord.js';
import mongoose from 'mongoose';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { systemClock } from '../../src/clock.js';
import { defineJob } from '../../src/jobs/job.js';
import { createJobScheduler, JOBS_COLLECTION, type JobScheduler } from '../../src/jobs/job-scheduler.js';
import { createUserLocales } from '../../src/services/localization/user-locale.service.js';
import { createLogger } from '../../src/logger.js';
import { CapturedLogs } from '../support/world/captured-logs.js';
import { useServiceDatabase } from '../support/service-database.js';

useServiceDatabase('job-scheduler');

const outcomes: string[] = [];
let ticks = 0;
let failuresLeft = 0;

const flakyJob = defineJob({
  name: 'test.flaky',
  payload: z.object({ label: z.string() }),
  run({ label }) {
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      return Promise.reject(new Error('Discord answered 503'));
    }
    outcomes.push(label);
    return Promise.resolve();
  },
});

const recurringJob = defineJob({
  name: 'test.recurring',
  payload: z.object({}),
  repeatEveryMs: 60 * 60_000,
  run() {
    ticks += 1;
    return Promise.resolve();
  },
});

const logs = new CapturedLogs();
const started: JobScheduler[] = [];

async function startScheduler(): Promise<JobScheduler> {
  const db = mongoose.connection.db;
  if (!db) throw new Error('no database');
  const scheduler = createJobScheduler({
    db,
    jobs: [flakyJob, recurringJob],
    clock: systemClock,
    client: {} as Client,
    locales: createUserLocales(),
    logger: createLogger({ logLevel: 'debug', env: 'test' }, logs),
    processEveryMs: 50,
  });
  await scheduler.start();
  started.push(scheduler);
  return scheduler;
}

const jobs = () => mongoose.connection.collection(JOBS_COLLECTION);

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((scheduler) => scheduler.stop(1_000)));
  await jobs().deleteMany({});
  outcomes.length = 0;
  ticks = 0;
});

describe('job scheduler', () => {
  it('retries a job that failed after a backoff, then removes it once it succeeded', async () => {
    const scheduler = await startScheduler();
    failuresLeft = 2;
    const before = Date.now();
    await scheduler.schedule(flakyJob, new Date(), { label: 'hello' });

    await until(async () => (await jobs().findOne({ name: flakyJob.name, failCount: 1 })) !== null, 'a failure');
    const failed = await jobs().findOne({ name: flakyJob.name });
    const delay = (failed?.nextRunAt as Date).getTime() - before;
    expect(delay).toBeGreaterThan(12_000);
    expect(delay).toBeLessThan(18_000);
    expect(outcomes).toEqual([]);

    // Time passes (the backoff is made due at once): the second try fails too, and waits longer.
    await jobs().updateOne({ name: flakyJob.name }, { $set: { nextRunAt: new Date() } });
    await until(async () => (await jobs().findOne({ name: flakyJob.name, failCount: 2 })) !== null, 'a 2nd failure');
    const again = await jobs().findOne({ name: flakyJob.name });
    expect((again?.nextRunAt as Date).getTime() - Date.now()).toBeGreaterThan(25_000);

    await jobs().updateOne({ name: flakyJob.name }, { $set: { nextRunAt: new Date() } });
    await until(() => Promise.resolve(outcomes.length === 1), 'the success');
    await until(async () => (await jobs().countDocuments({ name: flakyJob.name })) === 0, 'the job removed');
    expect(outcomes).toEqual(['hello']);
    expect(logs.entries.filter((e) => e.message.startsWith('Job failed; it will be retried'))).toHaveLength(2);
  });

  it('keeps one recurring job however many instances start, and runs it at start-up', async () => {
    await startScheduler();
    await startScheduler();
    await until(() => Promise.resolve(ticks > 0), 'the first run');
    expect(await jobs().countDocuments({ name: recurringJob.name })).toBe(1);
    const job = await jobs().findOne({ name: recurringJob.name });
    expect(job?.repeatInterval).toBe(60 * 60_000);
  });
});
