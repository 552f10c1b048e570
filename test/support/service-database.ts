/**
 * Service tests run against a database of their own: `useServiceDatabase()` in a test file connects
 * mongoose before its tests (building every registered model's indexes, so unique indexes hold) and
 * drops the database after. Tests keep out of each other's way by using a fresh server id each.
 */
import mongoose from 'mongoose';
import { afterAll, beforeAll } from 'vitest';
import { startTestDatabase, type TestDatabase } from './mongo/index.js';

export function useServiceDatabase(name: string): void {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await startTestDatabase({ name });
    await mongoose.connect(database.uri);
    await mongoose.syncIndexes();
  });
  afterAll(async () => {
    await mongoose.disconnect();
    await database?.stop();
  });
}

let lastGuild = 0;

/** A server id no other test in this process has used. */
export function newGuildId(): string {
  lastGuild += 1;
  return String(900_000_000_000_000_000n + BigInt(lastGuild));
}
