import { describe, expect, it } from 'vitest';
import { useDriverDatabase } from './conformance-fixture.js';

describe('handshake and administration', () => {
  const database = useDriverDatabase('admin_commands');

  it('answers ping, hello and buildInfo like a writable standalone server', async () => {
    const { db } = database();
    expect(await db.command({ ping: 1 })).toMatchObject({ ok: 1 });
    const hello = await db.admin().command({ hello: 1 });
    expect(hello).toMatchObject({ ok: 1, isWritablePrimary: true });
    expect(hello.maxWireVersion).toBeGreaterThanOrEqual(9);
    const buildInfo = await db.admin().command({ buildInfo: 1 });
    expect(buildInfo.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('creates collections explicitly and on first insert, lists and drops them', async () => {
    const { db } = database();
    await db.createCollection('explicit');
    await db.collection('implicit').insertOne({ a: 1 });
    const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((entry) => entry.name).sort();
    expect(names).toEqual(['explicit', 'implicit']);
    const [implicit] = await db.listCollections({ name: 'implicit' }).toArray();
    expect(implicit).toMatchObject({ name: 'implicit', type: 'collection' });

    expect(await db.collection('implicit').drop()).toBe(true);
    const remaining = (await db.listCollections().toArray()).map((entry) => entry.name);
    expect(remaining).toEqual(['explicit']);
  });

  it('pages through listCollections with a small batch size', async () => {
    const { db } = database();
    for (let i = 0; i < 5; i += 1) await db.createCollection(`paged_${i}`);
    const names = (await db.listCollections({ name: /^paged_/ }, { nameOnly: true, batchSize: 2 }).toArray()).map(
      (entry) => entry.name,
    );
    expect(names.sort()).toEqual(['paged_0', 'paged_1', 'paged_2', 'paged_3', 'paged_4']);
  });

  it('lists the test database among the databases once it holds data', async () => {
    const { db, client } = database();
    await db.collection('listed').insertOne({ a: 1 });
    const { databases } = await client.db('admin').admin().listDatabases({ nameOnly: true });
    expect(databases.map((entry) => entry.name)).toContain(db.databaseName);
  });

  it('drops a whole database', async () => {
    const { client, db } = database();
    const scratch = client.db(`${db.databaseName}_scratch`);
    await scratch.collection('a').insertOne({ a: 1 });
    await scratch.collection('b').insertOne({ b: 1 });
    expect(await scratch.dropDatabase()).toBe(true);
    expect(await scratch.listCollections().toArray()).toEqual([]);
  });

  it('accepts explicit sessions and ends them', async () => {
    const { client, db } = database();
    const session = client.startSession();
    await db.collection('sessions').insertOne({ a: 1 }, { session });
    expect(await db.collection('sessions').countDocuments({}, { session })).toBe(1);
    await session.endSession();
  });
});
