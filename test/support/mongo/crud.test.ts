import { MongoBulkWriteError, MongoServerError, ObjectId } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { useDriverDatabase } from './conformance-fixture.js';

describe('inserts, finds, updates and deletes', () => {
  const database = useDriverDatabase('crud');

  it('generates _id values and finds documents with query operators', async () => {
    const people = database().db.collection('people');
    const { insertedIds } = await people.insertMany([
      { name: 'Ada', age: 36, skills: ['math', 'engines'], address: { city: 'London' } },
      { name: 'Grace', age: 85, skills: ['cobol', 'compilers'], address: { city: 'Arlington' } },
      { name: 'Linus', age: 54, skills: ['c', 'kernels'] },
    ]);
    expect(Object.values(insertedIds).every((id) => id instanceof ObjectId)).toBe(true);

    const names = async (filter: object): Promise<string[]> =>
      (await people.find(filter).sort({ name: 1 }).toArray()).map((person) => String(person.name));
    expect(await names({ age: { $gt: 40 } })).toEqual(['Grace', 'Linus']);
    expect(await names({ name: { $in: ['Ada', 'Linus', 'Nobody'] } })).toEqual(['Ada', 'Linus']);
    expect(await names({ name: /^g/i })).toEqual(['Grace']);
    expect(await names({ address: { $exists: false } })).toEqual(['Linus']);
    expect(await names({ 'address.city': 'London' })).toEqual(['Ada']);
    expect(await names({ skills: 'kernels' })).toEqual(['Linus']);
    expect(await names({ skills: { $all: ['cobol', 'compilers'] } })).toEqual(['Grace']);
    expect(await names({ $or: [{ age: { $lt: 40 } }, { name: 'Linus' }] })).toEqual(['Ada', 'Linus']);
    expect(await names({ $and: [{ age: { $gte: 36 } }, { age: { $lte: 54 } }] })).toEqual(['Ada', 'Linus']);
    expect(await names({ age: { $not: { $gt: 40 } } })).toEqual(['Ada']);
    expect(await names({ _id: insertedIds[1] })).toEqual(['Grace']);
  });

  it('sorts, skips, limits and projects', async () => {
    const scores = database().db.collection('scores');
    await scores.insertMany([
      { player: 'a', score: 10, level: 2, tags: ['x', 'y', 'z'], detail: { hits: 1, misses: 2 } },
      { player: 'b', score: 30, level: 1, tags: ['y'], detail: { hits: 3, misses: 0 } },
      { player: 'c', score: 20, level: 2, tags: [], detail: { hits: 2, misses: 1 } },
      { player: 'd', score: 30, level: 2, tags: ['z'], detail: { hits: 0, misses: 5 } },
    ]);
    const ordered = await scores.find({}).sort({ score: -1, player: 1 }).skip(1).limit(2).toArray();
    expect(ordered.map((doc) => String(doc.player))).toEqual(['d', 'c']);

    const included = await scores
      .find({ player: 'a' }, { projection: { score: 1, 'detail.hits': 1, _id: 0 } })
      .toArray();
    expect(included).toEqual([{ score: 10, detail: { hits: 1 } }]);
    const excluded = await scores.find({ player: 'b' }, { projection: { detail: 0, tags: 0, _id: 0 } }).toArray();
    expect(excluded).toEqual([{ player: 'b', score: 30, level: 1 }]);
    const sliced = await scores.findOne({ player: 'a' }, { projection: { tags: { $slice: 2 }, _id: 0, player: 1 } });
    expect(sliced).toEqual({ player: 'a', tags: ['x', 'y'] });
  });

  it('reports duplicate _id values in ordered and unordered inserts as mongod does', async () => {
    const items = database().db.collection('items');
    await items.insertOne({ _id: 2 as never, label: 'existing' });

    const ordered = await items
      .insertMany([{ _id: 1 }, { _id: 2 }, { _id: 3 }] as never[])
      .catch((error: unknown) => error);
    expect(ordered).toBeInstanceOf(MongoBulkWriteError);
    const orderedError = ordered as MongoBulkWriteError;
    expect(orderedError.code).toBe(11000);
    expect(orderedError.insertedCount).toBe(1);
    expect(orderedError.writeErrors).toHaveLength(1);
    expect(await items.countDocuments({ _id: { $in: [1, 3] } } as never)).toBe(1);

    const unordered = await items
      .insertMany([{ _id: 4 }, { _id: 2 }, { _id: 5 }] as never[], { ordered: false })
      .catch((error: unknown) => error);
    const unorderedError = unordered as MongoBulkWriteError;
    expect(unorderedError.insertedCount).toBe(2);
    expect(unorderedError.writeErrors).toMatchObject([{ index: 1, code: 11000 }]);
    expect(await items.countDocuments({})).toBe(4);
  });

  it('applies update operators', async () => {
    interface Counter {
      n: number;
      m: number;
      low: number;
      high: number;
      old?: string;
      nested: Record<string, unknown>;
      list: number[];
      set: string[];
      pushed?: number[];
      touchedAt?: Date;
    }
    const counters = database().db.collection<Counter>('counters');
    const { insertedId } = await counters.insertOne({
      n: 1,
      m: 2,
      low: 5,
      high: 5,
      old: 'x',
      nested: { keep: true, drop: 1 },
      list: [1, 2, 3, 4],
      set: ['a'],
    });
    await counters.updateOne(
      { _id: insertedId },
      {
        $inc: { n: 2 },
        $mul: { m: 5 },
        $min: { low: 3 },
        $max: { high: 9 },
        $rename: { old: 'renamed' },
        $unset: { 'nested.drop': '' },
        $set: { 'nested.added': 'yes', 'deep.path.created': 1 },
        $pull: { list: { $gte: 3 } },
        $addToSet: { set: { $each: ['a', 'b'] } },
        $push: { pushed: { $each: [3, 1, 2], $sort: 1, $slice: 2 } },
        $currentDate: { touchedAt: true },
      },
    );
    const updated = await counters.findOne({ _id: insertedId });
    expect(updated).toMatchObject({
      n: 3,
      m: 10,
      low: 3,
      high: 9,
      renamed: 'x',
      nested: { keep: true, added: 'yes' },
      deep: { path: { created: 1 } },
      list: [1, 2],
      set: ['a', 'b'],
      pushed: [1, 2],
    });
    expect(updated?.old).toBeUndefined();
    expect(updated?.nested).not.toHaveProperty('drop');
    expect(updated?.touchedAt).toBeInstanceOf(Date);

    await counters.updateOne({ _id: insertedId }, { $pop: { list: 1 }, $push: { set: 'c' } });
    expect(await counters.findOne({ _id: insertedId }, { projection: { list: 1, set: 1, _id: 0 } })).toEqual({
      list: [1],
      set: ['a', 'b', 'c'],
    });
  });

  it('updates array elements through positional operators and arrayFilters', async () => {
    const orders = database().db.collection('orders');
    const { insertedId } = await orders.insertOne({
      lines: [
        { sku: 'a', qty: 1 },
        { sku: 'b', qty: 2 },
        { sku: 'c', qty: 3 },
      ],
    });
    await orders.updateOne({ _id: insertedId, 'lines.sku': 'b' }, { $set: { 'lines.$.qty': 20 } });
    await orders.updateOne(
      { _id: insertedId },
      { $inc: { 'lines.$[line].qty': 100 } },
      { arrayFilters: [{ 'line.qty': { $gte: 3 } }] },
    );
    await orders.updateOne({ _id: insertedId }, { $set: { 'lines.$[].checked': true } });
    const order = await orders.findOne({ _id: insertedId });
    expect(order?.lines).toEqual([
      { sku: 'a', qty: 1, checked: true },
      { sku: 'b', qty: 120, checked: true },
      { sku: 'c', qty: 103, checked: true },
    ]);
  });

  it('counts matched and modified documents separately', async () => {
    const flags = database().db.collection('flags');
    await flags.insertMany([{ on: true }, { on: false }, { on: false }]);
    const result = await flags.updateMany({}, { $set: { on: true } });
    expect(result.matchedCount).toBe(3);
    expect(result.modifiedCount).toBe(2);
    const none = await flags.updateOne({ on: 'missing' }, { $set: { on: false } });
    expect(none.matchedCount).toBe(0);
    expect(none.upsertedCount).toBe(0);
  });

  it('upserts from the filter equality fields plus the update, with $setOnInsert only on insert', async () => {
    const profiles = database().db.collection('profiles');
    const first = await profiles.updateOne(
      { userId: 'u1', guild: { $eq: 'g1' }, score: { $gt: 5 } },
      { $set: { name: 'first' }, $setOnInsert: { createdBy: 'upsert' }, $inc: { visits: 1 } },
      { upsert: true },
    );
    expect(first.upsertedCount).toBe(1);
    expect(first.upsertedId).toBeInstanceOf(ObjectId);
    const inserted = await profiles.findOne({ userId: 'u1' });
    expect(inserted).toEqual({
      _id: first.upsertedId,
      userId: 'u1',
      guild: 'g1',
      name: 'first',
      createdBy: 'upsert',
      visits: 1,
    });

    const second = await profiles.updateOne(
      { userId: 'u1', guild: 'g1' },
      { $set: { name: 'second' }, $setOnInsert: { createdBy: 'ignored' }, $inc: { visits: 1 } },
      { upsert: true },
    );
    expect(second).toMatchObject({ matchedCount: 1, modifiedCount: 1, upsertedCount: 0 });
    expect(await profiles.findOne({ userId: 'u1' }, { projection: { _id: 0 } })).toEqual({
      userId: 'u1',
      guild: 'g1',
      name: 'second',
      createdBy: 'upsert',
      visits: 2,
    });

    const withId = await profiles.updateOne(
      { _id: 'fixed-id' as never },
      { $set: { kind: 'custom id' } },
      { upsert: true },
    );
    expect(withId.upsertedId).toBe('fixed-id');
  });

  it('replaces whole documents, keeping _id', async () => {
    const notes = database().db.collection('notes');
    const { insertedId } = await notes.insertOne({ text: 'draft', tags: ['a'] });
    const replaced = await notes.replaceOne({ _id: insertedId }, { text: 'final' });
    expect(replaced.modifiedCount).toBe(1);
    expect(await notes.findOne({ _id: insertedId })).toEqual({ _id: insertedId, text: 'final' });
    const upserted = await notes.replaceOne({ text: 'new' }, { text: 'new', created: true }, { upsert: true });
    expect(upserted.upsertedCount).toBe(1);
  });

  it('updates with an aggregation pipeline', async () => {
    const totals = database().db.collection('totals');
    const { insertedId } = await totals.insertOne({ a: 2, b: 3 });
    await totals.updateOne({ _id: insertedId }, [{ $set: { sum: { $add: ['$a', '$b'] } } }, { $unset: 'a' }]);
    expect(await totals.findOne({ _id: insertedId }, { projection: { _id: 0 } })).toEqual({ b: 3, sum: 5 });
  });

  it('refuses to change _id and to $inc a string', async () => {
    const guarded = database().db.collection('guarded');
    const { insertedId } = await guarded.insertOne({ label: 'text' });
    const idChange = await guarded
      .updateOne({ _id: insertedId }, { $set: { _id: new ObjectId() } })
      .catch((error: unknown) => error);
    expect(idChange).toBeInstanceOf(MongoServerError);
    expect((idChange as MongoServerError).code).toBe(66);
    const badInc = await guarded
      .updateOne({ _id: insertedId }, { $inc: { label: 1 } })
      .catch((error: unknown) => error);
    expect((badInc as MongoServerError).code).toBe(14);
    expect(await guarded.findOne({ _id: insertedId })).toEqual({ _id: insertedId, label: 'text' });
  });

  it('deletes one or many documents', async () => {
    const trash = database().db.collection('trash');
    await trash.insertMany([{ kind: 'a' }, { kind: 'a' }, { kind: 'a' }, { kind: 'b' }]);
    expect((await trash.deleteOne({ kind: 'a' })).deletedCount).toBe(1);
    expect((await trash.deleteMany({ kind: 'a' })).deletedCount).toBe(2);
    expect((await trash.deleteMany({ kind: 'missing' })).deletedCount).toBe(0);
    expect(await trash.countDocuments({})).toBe(1);
  });

  it('counts documents, estimates the count and lists distinct values', async () => {
    const tags = database().db.collection('tags');
    await tags.insertMany([
      { group: 'x', tags: ['red', 'blue'] },
      { group: 'x', tags: ['blue'] },
      { group: 'y', tags: ['green'] },
      { group: 'z' },
    ]);
    expect(await tags.countDocuments({ group: 'x' })).toBe(2);
    expect(await tags.countDocuments({}, { skip: 1, limit: 2 })).toBe(2);
    expect(await tags.estimatedDocumentCount()).toBe(4);
    expect((await tags.distinct('tags')).sort()).toEqual(['blue', 'green', 'red']);
    expect((await tags.distinct('group', { tags: 'blue' })).sort()).toEqual(['x']);
  });
});
