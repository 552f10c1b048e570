import mongoose from 'mongoose';
import { MongoMemoryServer } from 'mongodb-memory-server-core';
import { mkdir } from 'node:fs/promises';
import type { Config } from './config.js';
import { redact, type Logger } from './logger.js';
import { StartupError } from './startup-error.js';

export interface DatabaseHandle {
  readonly uri: string;
  close(): Promise<void>;
}

const SERVER_SELECTION_TIMEOUT_MS = 5_000;

/**
 * Connects mongoose to MONGODB_URI, or with none to an embedded `mongod` (mongodb-memory-server)
 * that keeps its files in MONGODB_DATA_DIR. It never falls back to a store that would lose data.
 */
export async function openDatabase(config: Config['mongo'], logger: Logger): Promise<DatabaseHandle> {
  const embedded = config.uri ? undefined : await startEmbeddedMongo(config.dataDir, logger);
  const uri = config.uri ?? embedded?.getUri('mentor-bot') ?? '';
  try {
    await mongoose.connect(uri, { serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS });
  } catch (error) {
    await embedded?.stop();
    throw new StartupError(
      `Cannot reach MongoDB at ${redact(uri)} (${error instanceof Error ? redact(error.message) : String(error)}). ` +
        'Start it (for example `docker compose up -d mongo`) or fix MONGODB_URI in .env, then start the bot again.',
      { cause: error },
    );
  }
  // Build every registered model's indexes before the first query relies on them.
  await Promise.all(Object.values(mongoose.connection.models).map((model) => model.init()));
  logger.info('Connected to MongoDB', { uri: redact(uri), embedded: Boolean(embedded) });
  return {
    uri,
    async close() {
      await mongoose.disconnect();
      await embedded?.stop({ doCleanup: false });
    },
  };
}

async function startEmbeddedMongo(dataDir: string, logger: Logger): Promise<MongoMemoryServer> {
  await mkdir(dataDir, { recursive: true });
  logger.info('No MONGODB_URI set: starting the embedded MongoDB', { dataDir });
  try {
    return await MongoMemoryServer.create({ instance: { dbPath: dataDir, storageEngine: 'wiredTiger' } });
  } catch (error) {
    throw new StartupError(
      `No MONGODB_URI is set and the embedded MongoDB could not start (${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}). ` +
        'Either set MONGODB_URI in .env to a MongoDB you run, or run `docker compose up` to start MongoDB and the bot together.',
      { cause: error },
    );
  }
}
