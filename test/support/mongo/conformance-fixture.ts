/**
 * Per-file setup for the conformance suite: a test database from startTestDatabase, reached through
 * the driver and mongoose exactly as the product reaches it.
 */
import { MongoClient, type Collection, type Db } from 'mongodb';
import mongoose from 'mongoose';
import { afterAll, beforeAll } from 'vitest';
import { startTestDatabase, type TestDatabase } from './start-test-database.js';

export interface DriverDatabase {
  readonly testDatabase: TestDatabase;
  readonly client: MongoClient;
  readonly db: Db;
}

/** Registers beforeAll/afterAll hooks and returns a getter for the file's driver connection. */
export function useDriverDatabase(name: string): () => DriverDatabase {
  let current: DriverDatabase | undefined;
  beforeAll(async () => {
    const testDatabase = await startTestDatabase({ name });
    // Command monitoring lets tests observe batching (getMore, killCursors) the way the driver sees it.
    const client = await MongoClient.connect(testDatabase.uri, { monitorCommands: true });
    current = { testDatabase, client, db: client.db() };
  });
  afterAll(async () => {
    await current?.client.close();
    await current?.testDatabase.stop();
  });
  return () => {
    if (!current) throw new Error('useDriverDatabase: the database is only available inside tests');
    return current;
  };
}

export interface MongooseDatabase {
  readonly testDatabase: TestDatabase;
  readonly connection: mongoose.Connection;
}

/** Like useDriverDatabase, with a mongoose connection (its own, so files never share model state). */
export function useMongooseDatabase(name: string): () => MongooseDatabase {
  let current: MongooseDatabase | undefined;
  beforeAll(async () => {
    const testDatabase = await startTestDatabase({ name });
    const connection = await mongoose.createConnection(testDatabase.uri).asPromise();
    current = { testDatabase, connection };
  });
  afterAll(async () => {
    await current?.connection.close();
    await current?.testDatabase.stop();
  });
  return () => {
    if (!current) throw new Error('useMongooseDatabase: the database is only available inside tests');
    return current;
  };
}

/** A collection's index descriptions as listIndexes returns them. */
export async function listIndexes(collection: Collection): Promise<Record<string, unknown>[]> {
  const indexes: unknown[] = await collection.listIndexes().toArray();
  return indexes.filter((index): index is Record<string, unknown> => typeof index === 'object' && index !== null);
}

/** The names of a collection's indexes, in the order the server lists them. */
export async function indexNames(collection: Collection): Promise<string[]> {
  return (await listIndexes(collection)).map((index) => String(index.name));
}
