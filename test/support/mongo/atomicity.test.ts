import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { useDriverDatabase, useMongooseDatabase } from './conformance-fixture.js';

describe('atomic single-document writes under concurrency', () => {
  const database = useDriverDatabase('atomicity');

  it('two concurrent upserts on one unique key insert exactly one document', async () => {
    const profiles = database().db.collection('race_profiles');
    await profiles.createIndex({ userId: 1 }, { unique: true }, undefined);
    const results = await Promise.all(
      ['first', 'second'].map((writer) =>
        profiles.updateOne(
          { userId: 'u1' },
          { $setOnInsert: { createdBy: writer }, $inc: { writes: 1 } },
          { upsert: true },
        ),
      ),
    );
    expect(results.map((result) => result.upsertedCount).reduce((a, b) => a + b)).toBe(1);
    expect(await profiles.countDocuments({ userId: 'u1' })).toBe(1);
    expect((await profiles.findOne({ userId: 'u1' }))?.writes).toBe(2);
  });

  it('twenty concurrent findOneAndUpdate upserts agree on one document', async () => {
    const counters = database().db.collection('race_counters');
    await counters.createIndex({ name: 1 }, { unique: true }, undefined);
    const documents = await Promise.all(
      Array.from({ length: 20 }, () =>
        counters.findOneAndUpdate(
          { name: 'tickets' },
          { $inc: { next: 1 } },
          { upsert: true, returnDocument: 'after' },
        ),
      ),
    );
    expect(await counters.countDocuments({})).toBe(1);
    const issued = documents.map((document) => document?.next as number).sort((a, b) => a - b);
    expect(issued).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('counts all of 100 concurrent $inc updates', async () => {
    const stats = database().db.collection('race_stats');
    const { insertedId } = await stats.insertOne({ thanks: 0 });
    await Promise.all(Array.from({ length: 100 }, () => stats.updateOne({ _id: insertedId }, { $inc: { thanks: 1 } })));
    expect((await stats.findOne({ _id: insertedId }))?.thanks).toBe(100);
  });

  it('lets exactly one of many concurrent claims win a guarded update', async () => {
    const requests = database().db.collection('race_requests');
    const { insertedId } = await requests.insertOne({ status: 'open' });
    const claims = await Promise.all(
      Array.from({ length: 10 }, (_, mentor) =>
        requests.findOneAndUpdate(
          { _id: insertedId, status: 'open' },
          { $set: { status: 'claimed', mentor } },
          { returnDocument: 'after' },
        ),
      ),
    );
    const winners = claims.filter((claim) => claim !== null);
    expect(winners).toHaveLength(1);
    expect((await requests.findOne({ _id: insertedId }))?.mentor).toBe(winners[0]?.mentor);
  });
});

describe('atomic writes through mongoose', () => {
  const database = useMongooseDatabase('atomicity_mongoose');

  it('keeps one document per key when mongoose upserts race', async () => {
    const { connection } = database();
    const Standing = connection.model(
      'Standing',
      new mongoose.Schema({ userId: { type: String, unique: true }, points: Number }),
    );
    await Standing.init();
    await Promise.all(
      Array.from({ length: 10 }, () =>
        Standing.findOneAndUpdate({ userId: 'u1' }, { $inc: { points: 5 } }, { upsert: true, returnDocument: 'after' }),
      ),
    );
    const standings = await Standing.find({ userId: 'u1' }).lean();
    expect(standings).toHaveLength(1);
    expect(standings[0]?.points).toBe(50);
  });
});
