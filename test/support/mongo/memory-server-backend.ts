/**
 * mongodb-memory-server as a backend, used only when a mongod binary is already on this machine
 * (cached by an earlier download, or named by MONGOMS_SYSTEM_BINARY): it never downloads during a
 * test run, so an offline machine falls through to the in-process server at once.
 */
import type { MongoMemoryServer } from 'mongodb-memory-server-core';

/** A binary that is present but cannot start (missing libraries, wrong CPU) must not stall the run. */
const START_TIMEOUT_MS = 20_000;

export interface MemoryServerHandle {
  uri(databaseName: string): string;
  stop(): Promise<void>;
}

async function withTimeout<T>(work: Promise<T>, milliseconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`did not start within ${milliseconds} ms`));
    }, milliseconds);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Starts mongod through mongodb-memory-server, or tells why it cannot. */
export async function startMemoryServer(): Promise<{ server: MemoryServerHandle } | { unavailable: string }> {
  const { DryMongoBinary, MongoMemoryServer } = await import('mongodb-memory-server-core');
  const version = DryMongoBinary.getEnsuredOptions().version;
  const binary = await DryMongoBinary.locateBinary({ version }).catch(() => undefined);
  if (binary === undefined) return { unavailable: `no cached or system mongod ${version} binary` };
  const starting = MongoMemoryServer.create({
    // One-second TTL sweeps, as the in-process server does, so TTL tests wait seconds, not minutes.
    instance: { args: ['--setParameter', 'ttlMonitorSleepSecs=1'] },
  });
  let server: MongoMemoryServer;
  try {
    server = await withTimeout(starting, START_TIMEOUT_MS);
  } catch (error) {
    // If it comes up after all, shut it down rather than leave a stray mongod behind.
    starting
      .then(
        (late) => late.stop(),
        () => undefined,
      )
      .catch(() => undefined);
    return {
      unavailable: `mongod ${binary} failed to start: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return {
    server: {
      uri: (databaseName) => server.getUri(databaseName),
      stop: async () => {
        await server.stop();
      },
    },
  };
}
