import mongoose from 'mongoose';
import { MongoMemoryServer } from 'mongodb-memory-server-core';
import { mkdir } from 'node:fs/promises';
import type { Config } from './config.js';
import { asDatabaseUnavailable } from './database-health.js';
import { redact, type Logger } from './logger.js';
import { StartupError } from './startup-error.js';

export interface DatabaseHandle {
  readonly uri: string;
  close(): Promise<void>;
}

/**
 * How long an operation waits for a reachable server before it fails as "database unavailable": short
 * enough that a command which does not defer still answers within Discord's 3 s.
 */
const SERVER_SELECTION_TIMEOUT_MS = 2_000;
/** An operation whose server stops answering fails after this, rather than leaving "thinking…" forever. */
const SOCKET_TIMEOUT_MS = 10_000;
/** At start-up MongoDB may come up a moment after the bot (both restarted together): keep trying this long. */
const STARTUP_WAIT_MS = 10_000;

const CONNECTION_OPTIONS = {
  serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS,
  socketTimeoutMS: SOCKET_TIMEOUT_MS,
  // Only operations started before the first connection wait for it; never longer than a server selection.
  bufferTimeoutMS: SERVER_SELECTION_TIMEOUT_MS,
} as const;

/**
 * Connects mongoose to MONGODB_URI, or with none to an embedded `mongod` (mongodb-memory-server)
 * that keeps its files in MONGODB_DATA_DIR. It never falls back to a store that would lose data.
 */
export async function openDatabase(config: Config['mongo'], logger: Logger): Promise<DatabaseHandle> {
  const embedded = config.uri ? undefined : await startEmbeddedMongo(config.dataDir, logger);
  const uri = config.uri ?? embedded?.getUri('mentor-bot') ?? '';
  try {
    await connectWithin(uri, STARTUP_WAIT_MS, logger);
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
  const stopReporting = reportConnectionChanges(logger);
  return {
    uri,
    async close() {
      stopReporting();
      await mongoose.disconnect();
      await embedded?.stop({ doCleanup: false });
    },
  };
}

async function connectWithin(uri: string, waitMs: number, logger: Logger): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await mongoose.connect(uri, CONNECTION_OPTIONS);
      return;
    } catch (error) {
      if (Date.now() >= deadline || !asDatabaseUnavailable(error)) throw error;
      logger.warn('MongoDB is not reachable yet; trying again', { uri: redact(uri), error });
    }
  }
}

/**
 * The driver reconnects by itself once MongoDB is back; these lines say when the bot lost and regained it
 * (meanwhile interactions answer "database unavailable"). Returns a function that stops reporting.
 */
function reportConnectionChanges(logger: Logger): () => void {
  const connection = mongoose.connection;
  const lost = () => {
    logger.warn('Lost the connection to MongoDB; the driver keeps trying to reconnect');
  };
  const regained = () => {
    logger.info('Reconnected to MongoDB');
  };
  // An 'error' event with no listener would crash the process; the driver recovers by itself.
  const failed = (error: unknown) => {
    logger.warn('MongoDB connection error', { error });
  };
  connection.on('disconnected', lost);
  connection.on('reconnected', regained);
  connection.on('error', failed);
  return () => {
    connection.off('disconnected', lost);
    connection.off('reconnected', regained);
    connection.off('error', failed);
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
