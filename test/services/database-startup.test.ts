import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/database.js';
import { createLogger } from '../../src/logger.js';
import { startTestDatabase, type TestDatabase } from '../support/mongo/index.js';
import { MongoOutageProxy } from '../support/mongo/outage-proxy.js';
import { CapturedLogs } from '../support/world/captured-logs.js';

describe('connecting at start-up', () => {
  let database: TestDatabase;
  let proxy: MongoOutageProxy;
  beforeAll(async () => {
    database = await startTestDatabase({ name: 'database-startup' });
    proxy = await MongoOutageProxy.start(database.uri);
  });
  afterAll(async () => {
    await proxy.stop();
    await database.stop();
  });

  it('waits for a MongoDB that comes up a few seconds after the bot', async () => {
    await proxy.pause();
    const logs = new CapturedLogs();
    const opening = openDatabase(
      { uri: proxy.proxiedUri(database.uri), dataDir: './data/unused' },
      createLogger({ logLevel: 'debug', env: 'test' }, logs),
    );
    setTimeout(() => void proxy.resume(), 3_000);
    const handle = await opening;
    expect(logs.find('warn', 'MongoDB is not reachable yet; trying again')).toBeDefined();
    expect(logs.find('info', 'Connected to MongoDB')).toBeDefined();
    expect(JSON.stringify(logs.entries)).not.toMatch(/level":"error/);
    await handle.close();
  }, 20_000);
});
