import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { listIndexes, useDriverDatabase } from './conformance-fixture.js';

/** mongod sweeps every 60 s by default; the in-process server and the memory-server backend every second. */
const EXPIRY_DEADLINE_MS = 90_000;

describe('TTL indexes', () => {
  const database = useDriverDatabase('ttl');

  it(
    'removes documents once their date is older than expireAfterSeconds, and only those',
    { timeout: EXPIRY_DEADLINE_MS + 10_000 },
    async () => {
      const { db } = database();
      // A real server may allow faster sweeps at runtime; if it refuses, the test just waits longer.
      await db
        .admin()
        .command({ setParameter: 1, ttlMonitorSleepSecs: 1 })
        .catch(() => undefined);
      const reminders = db.collection('reminders');
      await reminders.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 0 }, undefined);
      const sessions = db.collection('expiring_sessions');
      await sessions.createIndex({ lastSeenAt: 1 }, { expireAfterSeconds: 3600 }, undefined);

      const now = Date.now();
      await reminders.insertMany([
        { label: 'expired', expiresAt: new Date(now - 1_000) },
        { label: 'expired array', expiresAt: [new Date(now + 3_600_000), new Date(now - 1_000)] },
        { label: 'future', expiresAt: new Date(now + 3_600_000) },
        { label: 'no date', expiresAt: 'not a date' },
        { label: 'no field' },
      ]);
      await sessions.insertMany([
        { label: 'stale', lastSeenAt: new Date(now - 7_200_000) },
        { label: 'fresh', lastSeenAt: new Date(now - 60_000) },
      ]);

      const deadline = Date.now() + EXPIRY_DEADLINE_MS;
      while ((await reminders.countDocuments()) > 3 || (await sessions.countDocuments()) > 1) {
        if (Date.now() > deadline) break;
        await sleep(250);
      }
      const remaining = (await reminders.find({}).toArray()).map((document) => String(document.label)).sort();
      expect(remaining).toEqual(['future', 'no date', 'no field']);
      expect((await sessions.find({}).toArray()).map((document) => String(document.label))).toEqual(['fresh']);
    },
  );

  it('lists expireAfterSeconds on the index', async () => {
    const cache = database().db.collection('cache');
    await cache.createIndex({ storedAt: 1 }, { expireAfterSeconds: 120, name: 'cache_ttl' }, undefined);
    const index = (await listIndexes(cache)).find((entry) => entry.name === 'cache_ttl');
    expect(index).toMatchObject({ key: { storedAt: 1 }, expireAfterSeconds: 120 });
  });
});
