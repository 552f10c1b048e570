import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { JOBS_COLLECTION } from '../../src/jobs/job-scheduler.js';
import { createLogger } from '../../src/logger.js';
import { startDiscordEmulator } from '../support/discord/index.js';
import { startTestDatabase } from '../support/mongo/index.js';
import { CapturedLogs } from '../support/world/captured-logs.js';
import { startWorld } from '../support/world/world.js';

describe('app lifecycle', () => {
  it('stops once however often stop() is called, closing the gateway and the database, with no job left locked and scheduled jobs kept', async () => {
    const world = await startWorld();
    const { app } = world;
    const far = new Date(world.clock.now().getTime() + 86_400_000);
    const { mentorshipRequestExpiryJob } = await import('../../src/jobs/mentorship-request-expiry.job.js');
    await app.jobs.schedule(mentorshipRequestExpiryJob, far, { requestId: 'a'.repeat(24) });
    const jobs = mongoose.connection.collection(JOBS_COLLECTION);

    const first = app.stop();
    const second = app.stop();
    expect(second).toBe(first);
    await Promise.all([first, second]);
    await app.stop();
    expect(world.logs.entries.filter((entry) => entry.message === 'Stopped')).toHaveLength(1);
    expect(world.emulator.gateway.connectedSessionCount).toBe(0);
    expect(mongoose.connection.readyState).toBe(0);

    await mongoose.connect(world.database.uri);
    expect(
      await jobs
        .find({ lockedAt: { $ne: null } }, { projection: { name: 1, lockedAt: 1, lastRunAt: 1, lastFinishedAt: 1 } })
        .toArray(),
    ).toEqual([]);
    expect(await jobs.countDocuments({ name: mentorshipRequestExpiryJob.name })).toBe(1);
    await mongoose.disconnect();
    await world.stop();
  });

  it('a stop during start-up waits for it and leaves nothing connected', async () => {
    const database = await startTestDatabase();
    const emulator = await startDiscordEmulator();
    const logs = new CapturedLogs();
    const config = {
      discord: {
        token: emulator.botToken,
        clientId: emulator.applicationId,
        guildId: undefined,
        apiBaseUrl: emulator.restBaseUrl,
        membersIntent: false,
      },
      mongo: { uri: database.uri, dataDir: './data/unused' },
      logLevel: 'debug',
      env: 'test',
    } as const;
    const app = createApp(config, { logger: createLogger(config, logs), rest: { retries: 0, timeout: 5_000 } });
    const starting = app.start();
    await app.stop();
    await starting;
    expect(mongoose.connection.readyState).toBe(0);
    expect(emulator.gateway.connectedSessionCount).toBe(0);
    expect(logs.find('info', 'Stopped')).toBeDefined();
    await emulator.stop();
    await database.stop();
  });
});
