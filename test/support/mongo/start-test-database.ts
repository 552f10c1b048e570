/**
 * The one way tests and benchmarks get a MongoDB: a real server when MONGODB_URI is set, else mongod
 * through mongodb-memory-server when a binary is at hand, else the in-process server. Each call gets
 * its own database on that server; the server itself is shared by everything in the process.
 */
import { MongoClient } from 'mongodb';
import { uniqueDatabaseName, withDatabaseName } from './database-uri.js';
import { startMemoryServer } from './memory-server-backend.js';
import { InProcessMongoServer } from './wire-server/in-process-mongo-server.js';

export type TestDatabaseBackend = 'external' | 'memory-server' | 'in-process';

export interface TestDatabase {
  /** Connection string naming this test's own database. */
  readonly uri: string;
  readonly databaseName: string;
  readonly backend: TestDatabaseBackend;
  /** Drops this test's database and releases the shared server (stopped when its last user stops). */
  stop(): Promise<void>;
}

export interface StartTestDatabaseOptions {
  /** A readable prefix for the database name (e.g. the test file's name); a unique suffix is added. */
  readonly name?: string;
}

interface SharedServer {
  readonly backend: TestDatabaseBackend;
  uri(databaseName: string): string;
  stop(): Promise<void>;
}

let shared: Promise<SharedServer> | undefined;
let users = 0;
let announced = false;

function announce(message: string): void {
  if (announced) return;
  announced = true;
  console.info(`[test-db] ${message}`);
}

async function startSharedServer(): Promise<SharedServer> {
  const external = process.env.MONGODB_URI?.trim();
  if (external) {
    announce(`using the MongoDB at MONGODB_URI (${external.replace(/\/\/[^@/]*@/, '//***@')})`);
    return { backend: 'external', uri: (name) => withDatabaseName(external, name), stop: () => Promise.resolve() };
  }
  const memory = await startMemoryServer();
  if ('server' in memory) {
    announce('using mongod through mongodb-memory-server');
    return { backend: 'memory-server', ...memory.server };
  }
  const server = await InProcessMongoServer.start();
  announce(`using the in-process MongoDB-compatible server at ${server.uri()} (${memory.unavailable})`);
  return { backend: 'in-process', uri: (name) => server.uri(name), stop: () => server.stop() };
}

async function release(): Promise<void> {
  users -= 1;
  if (users > 0 || !shared) return;
  const server = await shared;
  shared = undefined;
  await server.stop();
}

async function dropDatabase(uri: string): Promise<void> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5_000 });
  try {
    await client.db().dropDatabase();
  } finally {
    await client.close();
  }
}

export async function startTestDatabase(options: StartTestDatabaseOptions = {}): Promise<TestDatabase> {
  users += 1;
  shared ??= startSharedServer();
  let server: SharedServer;
  try {
    server = await shared;
  } catch (error) {
    shared = undefined;
    users -= 1;
    throw error;
  }
  const databaseName = uniqueDatabaseName(options.name ?? 'test');
  const uri = server.uri(databaseName);
  let stopped = false;
  return {
    uri,
    databaseName,
    backend: server.backend,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      try {
        await dropDatabase(uri);
      } finally {
        await release();
      }
    },
  };
}
