/**
 * What is specific to the in-process server: its loud NotImplemented answers, its refusal of
 * transactions, its wire-protocol corners and its CLI. Always runs against the in-process server,
 * whatever backend startTestDatabase would pick, and still only through the driver.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { MongoClient, MongoServerError, type Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InProcessMongoServer } from './wire-server/in-process-mongo-server.js';

describe('the in-process server', () => {
  let server: InProcessMongoServer;
  let client: MongoClient;
  let db: Db;

  beforeAll(async () => {
    server = await InProcessMongoServer.start();
    client = await MongoClient.connect(server.uri('in_process'));
    db = client.db();
  });

  afterAll(async () => {
    await client.close();
    await server.stop();
  });

  async function notImplemented(work: Promise<unknown>): Promise<string> {
    const error = await work.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(MongoServerError);
    expect(error).toMatchObject({ code: 238, codeName: 'NotImplemented' });
    const { message } = error as MongoServerError;
    expect(message).toContain('not implemented in the in-process test server');
    return message;
  }

  it('names an unknown command instead of pretending to run it', async () => {
    expect(await notImplemented(db.command({ compact: 'anything' }))).toContain("command 'compact'");
  });

  it('names unsupported query operators, stages, options and collection types', async () => {
    const texts = db.collection('texts');
    await texts.insertOne({ body: 'hello world' });
    expect(await notImplemented(texts.find({ $text: { $search: 'hello' } }).toArray())).toContain('$text');
    expect(await notImplemented(texts.aggregate([{ $collStats: {} }]).toArray())).toContain('$collStats');
    expect(await notImplemented(texts.find({}, { collation: { locale: 'fr', backwards: true } }).toArray())).toContain(
      'backwards',
    );
    expect(await notImplemented(texts.find({}, { projection: { score: { $meta: 'textScore' } } }).toArray())).toContain(
      '$meta',
    );
    const javascript = { $function: { body: 'function () { return 1; }', args: [], lang: 'js' } };
    expect(await notImplemented(texts.aggregate([{ $addFields: { f: javascript } }]).toArray())).toContain('$function');
    expect(await notImplemented(texts.aggregate([{ $geoNear: { near: [0, 0] } }]).toArray())).toContain('geospatial');
    const supplied = db.command({
      update: 'texts',
      updates: [{ q: { _id: 1 }, u: [{ $set: { x: 1 } }], upsert: true, upsertSupplied: true, c: { new: { x: 1 } } }],
    });
    expect((await supplied).writeErrors).toMatchObject([{ code: 238 }]);
    expect(await notImplemented(db.createCollection('capped', { capped: true, size: 4096 }))).toContain('capped');
    expect(await notImplemented(texts.createIndex({ body: 'text' }, undefined, undefined))).toContain('text indexes');
  });

  it('answers change streams with NotImplemented', async () => {
    const stream = db.collection('watched').watch();
    try {
      expect(await notImplemented(stream.tryNext())).toContain('change streams');
    } finally {
      await stream.close();
    }
  });

  it('refuses multi-document transactions with a NotImplemented error', async () => {
    const session = client.startSession();
    try {
      const transaction = session.withTransaction(async () => {
        await db.collection('transactional').insertOne({ a: 1 }, { session });
      });
      expect(await notImplemented(transaction)).toContain('multi-document transactions');
    } finally {
      await session.endSession();
    }
    expect(await db.collection('transactional').countDocuments()).toBe(0);
  });

  it('applies unacknowledged writes, which expect no reply', async () => {
    const fireAndForget = db.collection('unacknowledged');
    await fireAndForget.insertOne({ a: 1 }, { writeConcern: { w: 0 } });
    expect(await fireAndForget.countDocuments()).toBe(1);
  });

  it('keeps each client database separate on one server', async () => {
    const other = client.db('in_process_other');
    await other.collection('things').insertOne({ owner: 'other' });
    expect(await db.collection('things').countDocuments()).toBe(0);
    expect(await other.collection('things').countDocuments()).toBe(1);
  });
});

describe('npm run test-db', () => {
  it('prints a connection string that works and exits cleanly on SIGTERM', async () => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [firstLine] = (await once(child.stdout, 'data')) as [Buffer];
    const uri = firstLine.toString().trim();
    expect(uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/mentor-bot$/);

    const client = await MongoClient.connect(uri);
    expect(await client.db().command({ ping: 1 })).toMatchObject({ ok: 1 });
    await client.close();

    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });
});
