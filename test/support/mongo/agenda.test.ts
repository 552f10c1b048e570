import { setTimeout as sleep } from 'node:timers/promises';
import { MongoBackend } from '@agendajs/mongo-backend';
import { Agenda } from 'agenda';
import { MongoClient, type Db } from 'mongodb';
import { afterEach, describe, expect, it } from 'vitest';
import { useDriverDatabase } from './conformance-fixture.js';

/** Short polling keeps these tests at a few seconds each; Agenda's default is every 5 s. */
const PROCESS_EVERY_MS = 100;

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(25);
  }
}

describe('Agenda 6 with @agendajs/mongo-backend', () => {
  const database = useDriverDatabase('agenda');
  const running: Agenda[] = [];

  function startAgenda(db: Db, collection: string, name: string): Agenda {
    const agenda = new Agenda({
      backend: new MongoBackend({ mongo: db, collection }),
      processEvery: PROCESS_EVERY_MS,
      name,
    });
    running.push(agenda);
    return agenda;
  }

  afterEach(async () => {
    await Promise.all(running.splice(0).map((agenda) => agenda.stop().catch(() => undefined)));
  });

  it('runs a job scheduled one second ahead exactly once, not before its time', async () => {
    const agenda = startAgenda(database().db, 'jobs_once', 'once');
    const runs: { at: number; to: unknown }[] = [];
    agenda.define<{ to: string }>('send reminder', (job) => {
      runs.push({ at: Date.now(), to: job.attrs.data.to });
      return Promise.resolve();
    });
    await agenda.start();
    const dueAt = Date.now() + 1_000;
    await agenda.schedule(new Date(dueAt), 'send reminder', { to: 'u1' });

    await waitFor(() => runs.length > 0, 5_000, 'the scheduled job');
    await sleep(1_000);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.to).toBe('u1');
    expect(runs[0]?.at).toBeGreaterThanOrEqual(dueAt - 20);
  });

  it('repeats a job scheduled with every, keeping a single job document', async () => {
    const agenda = startAgenda(database().db, 'jobs_every', 'every');
    let ticks = 0;
    agenda.define('tick', () => {
      ticks += 1;
      return Promise.resolve();
    });
    await agenda.start();
    await agenda.every(300, 'tick');

    await waitFor(() => ticks >= 3, 5_000, 'three ticks');
    expect(await database().db.collection('jobs_every').countDocuments({ name: 'tick' })).toBe(1);
  });

  it('lets a new instance take over a job whose lock expired after its instance died', async () => {
    const lockLifetime = 1_000;
    const crashingClient = await MongoClient.connect(database().testDatabase.uri);
    const crashing = new Agenda({
      backend: new MongoBackend({ mongo: crashingClient.db(), collection: 'jobs_takeover' }),
      processEvery: PROCESS_EVERY_MS,
      name: 'crashing',
    });
    // The dead instance's leftovers fail against its closed connection; those errors are the point, not a test failure.
    crashing.on('error', () => undefined);
    let firstStartedAt: number | undefined;
    crashing.define(
      'import roster',
      () => {
        firstStartedAt = Date.now();
        return new Promise<void>(() => undefined);
      },
      { lockLifetime },
    );
    await crashing.start();
    await crashing.now('import roster');
    await waitFor(() => firstStartedAt !== undefined, 5_000, 'the first instance to start the job');

    // A crash: the connection disappears without the instance releasing its lock.
    await crashingClient.close(true);
    await crashing.stop().catch(() => undefined);

    const successor = startAgenda(database().db, 'jobs_takeover', 'successor');
    let takenOverAt: number | undefined;
    successor.define(
      'import roster',
      () => {
        takenOverAt = Date.now();
        return Promise.resolve();
      },
      { lockLifetime },
    );
    await successor.start();
    await waitFor(() => takenOverAt !== undefined, 10_000, 'the successor to take the job over');
    expect((takenOverAt ?? 0) - (firstStartedAt ?? 0)).toBeGreaterThanOrEqual(lockLifetime - 100);
  });

  it('never runs one job instance twice when two instances share the database', async () => {
    const { db, testDatabase } = database();
    const otherClient = await MongoClient.connect(testDatabase.uri);
    try {
      const runs: { job: string; instance: string }[] = [];
      const instances = [startAgenda(db, 'jobs_shared', 'left'), startAgenda(otherClient.db(), 'jobs_shared', 'right')];
      for (const [index, agenda] of instances.entries()) {
        agenda.define('deliver', async (job) => {
          runs.push({ job: String(job.attrs._id), instance: index === 0 ? 'left' : 'right' });
          await sleep(10);
        });
      }
      const [left] = instances;
      const jobCount = 30;
      for (let n = 0; n < jobCount; n += 1) await left?.now('deliver', { n });
      await Promise.all(instances.map((agenda) => agenda.start()));

      await waitFor(() => runs.length >= jobCount, 10_000, `${jobCount} deliveries`);
      await sleep(500);
      expect(runs).toHaveLength(jobCount);
      expect(new Set(runs.map((run) => run.job)).size).toBe(jobCount);
    } finally {
      await Promise.all(running.splice(0).map((agenda) => agenda.stop().catch(() => undefined)));
      await otherClient.close();
    }
  });
});
