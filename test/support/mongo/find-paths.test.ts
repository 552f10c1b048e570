import type { CommandSucceededEvent, Document } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { useDriverDatabase } from './conformance-fixture.js';

/** What mongod answers on the find paths the server shortcuts: batches cut by size, index lookups. */
describe('find', () => {
  const database = useDriverDatabase('find-paths');

  async function firstBatchLength(run: () => Promise<unknown>): Promise<number> {
    const { client } = database();
    let length = -1;
    const listener = (event: CommandSucceededEvent): void => {
      const cursor = (event.reply as { cursor?: { firstBatch?: unknown[] } }).cursor;
      if (event.commandName === 'find' && cursor?.firstBatch) length = cursor.firstBatch.length;
    };
    client.on('commandSucceeded', listener);
    try {
      await run();
    } finally {
      client.off('commandSucceeded', listener);
    }
    return length;
  }

  it('ends a batch before the document that would take it past 16 MiB, measuring projected documents', async () => {
    const collection = database().db.collection('large');
    const bulk = 'x'.repeat(5 * 1024 * 1024);
    await collection.insertMany(Array.from({ length: 5 }, (_, n) => ({ n, bulk })));
    const whole = await firstBatchLength(() => collection.find({}).toArray());
    expect(whole).toBe(3);
    // Without the large field every document fits in the first batch.
    const projected = await firstBatchLength(() => collection.find({}, { projection: { bulk: 0 } }).toArray());
    expect(projected).toBe(5);
    expect(await collection.find({}, { projection: { bulk: 0 } }).toArray()).toHaveLength(5);
  });

  it('answers equality and $in from an index exactly, and still applies conditions the index does not hold', async () => {
    const collection = database().db.collection('profiles');
    await collection.createIndex({ guildId: 1, userId: 1 }, { unique: true }, undefined);
    await collection.createIndex({ guildId: 1, tags: 1 }, {}, undefined);
    await collection.insertMany([
      { guildId: 'g', userId: 'a', tags: ['x', 'y'], status: 'active' },
      { guildId: 'g', userId: 'b', tags: ['y'], status: 'paused' },
      { guildId: 'g', userId: 'c', tags: [], status: 'active' },
      { guildId: 'h', userId: 'a', tags: ['x'], status: 'active' },
    ]);
    const users = (documents: Document[]) => documents.map((d) => `${String(d.guildId)}/${String(d.userId)}`).sort();
    expect(users(await collection.find({ guildId: 'g', userId: { $in: ['a', 'c', 'z'] } }).toArray())).toEqual([
      'g/a',
      'g/c',
    ]);
    expect(users(await collection.find({ guildId: 'g', tags: 'y' }).toArray())).toEqual(['g/a', 'g/b']);
    expect(users(await collection.find({ guildId: { $eq: 'h' }, userId: 'a' }).toArray())).toEqual(['h/a']);
    expect(
      users(await collection.find({ guildId: 'g', userId: { $in: ['a', 'b'] }, status: 'active' }).toArray()),
    ).toEqual(['g/a']);
    expect(users(await collection.find({ guildId: 'g', userId: { $in: ['a', 'b'], $ne: 'a' } }).toArray())).toEqual([
      'g/b',
    ]);
  });
});
