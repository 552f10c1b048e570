/**
 * Query operators where arrays, missing fields and types meet.
 * https://www.mongodb.com/docs/manual/reference/operator/query/all/
 * https://www.mongodb.com/docs/manual/tutorial/query-for-null-fields/
 */
import { MongoServerError } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { useDriverDatabase } from './conformance-fixture.js';

describe('query operators', () => {
  const database = useDriverDatabase('queries');

  async function seeded() {
    const things = database().db.collection('things');
    if ((await things.estimatedDocumentCount()) > 0) return things;
    await things.insertMany([
      {
        _id: 1 as never,
        qty: 50,
        tags: 'ssl',
        sizes: [
          { h: 10, w: 2 },
          { h: 20, w: 5 },
        ],
      },
      { _id: 2 as never, qty: [50, 60], tags: ['ssl', 'security'], sizes: [{ h: 20, w: 2 }] },
      { _id: 3 as never, qty: 70, tags: ['security'], item: null },
      { _id: 4 as never, qty: '50', tags: [] },
    ]);
    return things;
  }

  async function ids(filter: object): Promise<unknown[]> {
    const things = await seeded();
    return (await things.find(filter).sort({ _id: 1 }).toArray()).map((doc) => doc._id);
  }

  it('$all matches a non-array field equal to its single value, and arrays holding every value', async () => {
    expect(await ids({ qty: { $all: [50] } })).toEqual([1, 2]);
    expect(await ids({ tags: { $all: ['ssl'] } })).toEqual([1, 2]);
    expect(await ids({ tags: { $all: ['ssl', 'security'] } })).toEqual([2]);
    expect(await ids({ tags: { $all: [] } })).toEqual([]);
    expect(await ids({ sizes: { $all: [{ $elemMatch: { h: 20 } }] } })).toEqual([1, 2]);
  });

  it('matches array fields through any element and compares only within a type', async () => {
    expect(await ids({ qty: 50 })).toEqual([1, 2]);
    expect(await ids({ qty: { $gt: 55 } })).toEqual([2, 3]);
    expect(await ids({ qty: { $gte: '50' } })).toEqual([4]);
    expect(await ids({ 'sizes.h': 20, 'sizes.w': 2 })).toEqual([1, 2]);
    expect(await ids({ sizes: { $elemMatch: { h: 20, w: 2 } } })).toEqual([2]);
    expect(await ids({ tags: { $size: 0 } })).toEqual([4]);
    expect(await ids({ qty: { $type: 'array' } })).toEqual([2]);
  });

  it('matches null to null and to missing fields, and $exists only to present ones', async () => {
    expect(await ids({ item: null })).toEqual([1, 2, 3, 4]);
    expect(await ids({ item: { $exists: true } })).toEqual([3]);
    expect(await ids({ item: { $type: 'null' } })).toEqual([3]);
    expect(await ids({ item: { $ne: null } })).toEqual([]);
    expect(await ids({ item: { $in: [null, 'x'] } })).toEqual([1, 2, 3, 4]);
  });

  it('refuses unknown operators with BadValue', async () => {
    const things = await seeded();
    const error = await things
      .find({ qty: { $between: [1, 2] } })
      .toArray()
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(MongoServerError);
    expect((error as MongoServerError).code).toBe(2);
    const topLevel = await things
      .find({ $nothing: 1 })
      .toArray()
      .catch((reason: unknown) => reason);
    expect((topLevel as MongoServerError).code).toBe(2);
  });
});
