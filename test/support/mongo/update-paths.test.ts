/**
 * Updates as the next features write them: several fields of one array element (subdocuments with
 * timestamps), `$pull` with conditions, `_id` in update operators, paths through arrays.
 * https://www.mongodb.com/docs/manual/reference/operator/update/positional/
 * https://www.mongodb.com/docs/manual/reference/operator/update/pull/
 */
import { MongoServerError, ObjectId } from 'mongodb';
import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { useDriverDatabase, useMongooseDatabase } from './conformance-fixture.js';

async function serverError(work: Promise<unknown>): Promise<MongoServerError> {
  const error = await work.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(MongoServerError);
  return error as MongoServerError;
}

const items = () => [
  { k: 'x', a: 0, b: 0 },
  { k: 'y', a: 0, b: 0 },
  { k: 'z', a: 0, b: 0 },
];

describe('several update paths through one array element', () => {
  const database = useDriverDatabase('update_paths');

  it('updates two fields of the element the filter matched, through $', async () => {
    const lists = database().db.collection('positional');
    const { insertedId } = await lists.insertOne({ items: items() });
    const result = await lists.updateOne(
      { _id: insertedId, 'items.k': 'y' },
      { $set: { 'items.$.a': 1, 'items.$.b': 2 } },
    );
    expect(result.modifiedCount).toBe(1);
    expect((await lists.findOne({ _id: insertedId }))?.items).toEqual([
      { k: 'x', a: 0, b: 0 },
      { k: 'y', a: 1, b: 2 },
      { k: 'z', a: 0, b: 0 },
    ]);
  });

  it('updates two fields of every element through $[], and of the filtered ones through $[x]', async () => {
    const lists = database().db.collection('all_positional');
    const { insertedId } = await lists.insertOne({ items: items() });
    await lists.updateOne({ _id: insertedId }, { $set: { 'items.$[].a': 5 }, $inc: { 'items.$[].b': 1 } });
    await lists.updateOne(
      { _id: insertedId },
      { $set: { 'items.$[item].a': 7, 'items.$[item].b': 8 } },
      { arrayFilters: [{ 'item.k': { $in: ['x', 'z'] } }] },
    );
    expect((await lists.findOne({ _id: insertedId }))?.items).toEqual([
      { k: 'x', a: 7, b: 8 },
      { k: 'y', a: 5, b: 1 },
      { k: 'z', a: 7, b: 8 },
    ]);
  });

  it('updates nested arrays through two filtered positions', async () => {
    const grades = database().db.collection('nested_filters');
    const { insertedId } = await grades.insertOne({
      grades: [
        { type: 'quiz', questions: [10, 8, 5] },
        { type: 'hw', questions: [5, 4, 3] },
      ],
    });
    await grades.updateOne(
      { _id: insertedId },
      { $inc: { 'grades.$[t].questions.$[score]': 2 } },
      { arrayFilters: [{ 't.type': 'quiz' }, { score: { $gte: 8 } }] },
    );
    expect((await grades.findOne({ _id: insertedId }))?.grades).toEqual([
      { type: 'quiz', questions: [12, 10, 5] },
      { type: 'hw', questions: [5, 4, 3] },
    ]);
  });

  it('still refuses overlapping paths, and array filters that are missing or unused', async () => {
    const lists = database().db.collection('conflicts');
    const { insertedId } = await lists.insertOne({ items: items(), a: { b: 1 } });
    expect((await serverError(lists.updateOne({ _id: insertedId }, { $set: { a: 1, 'a.b': 2 } }))).code).toBe(40);
    const sameElement = lists.updateOne(
      { _id: insertedId, 'items.k': 'x' },
      { $set: { 'items.$': 1, 'items.$.a': 2 } },
    );
    expect((await serverError(sameElement)).code).toBe(40);
    const missingFilter = lists.updateOne({ _id: insertedId }, { $set: { 'items.$[nope].a': 1 } });
    expect((await serverError(missingFilter)).code).toBe(2);
    const unusedFilter = lists.updateOne(
      { _id: insertedId },
      { $set: { a: 2 } },
      { arrayFilters: [{ 'unused.k': 'x' }] },
    );
    expect((await serverError(unusedFilter)).code).toBe(9);
  });

  it('fails with PathNotViable when a field is set through an array without a position', async () => {
    const lists = database().db.collection('through_arrays');
    const { insertedId } = await lists.insertOne({ items: items(), label: 'scalar' });
    expect((await serverError(lists.updateOne({ _id: insertedId }, { $set: { 'items.k': 'w' } }))).code).toBe(28);
    expect((await serverError(lists.updateOne({ _id: insertedId }, { $set: { 'label.text': 'w' } }))).code).toBe(28);
    const unset = await lists.updateOne({ _id: insertedId }, { $unset: { 'items.k': '' } });
    expect(unset.modifiedCount).toBe(0);
    const byIndex = await lists.updateOne({ _id: insertedId }, { $set: { 'items.1.k': 'w' } });
    expect(byIndex.modifiedCount).toBe(1);
    const updated = await lists.findOne<{ items: unknown[] }>({ _id: insertedId });
    expect(updated?.items[1]).toEqual({ k: 'w', a: 0, b: 0 });
  });

  it('adds new fields in the order of their names, as MongoDB 5.0+ processes them', async () => {
    const ordered = database().db.collection('field_order');
    await ordered.insertOne({ _id: 1 as never, m: 1 });
    await ordered.updateOne({ _id: 1 as never }, { $set: { z: 1, b: 1 }, $inc: { a: 1 } });
    expect(Object.keys((await ordered.findOne({ _id: 1 as never })) ?? {})).toEqual(['_id', 'm', 'a', 'b', 'z']);
  });
});

describe('$pull with a condition', () => {
  const database = useDriverDatabase('update_pull');

  it('removes the subdocuments matching a query, including $or', async () => {
    const lists = database().db.collection('pull_query');
    const { insertedId } = await lists.insertOne({ items: items() });
    const result = await lists.updateOne(
      { _id: insertedId },
      { $pull: { items: { $or: [{ k: 'x' }, { k: 'z', a: { $lt: 1 } }] } } as never },
    );
    expect(result.modifiedCount).toBe(1);
    expect((await lists.findOne({ _id: insertedId }))?.items).toEqual([{ k: 'y', a: 0, b: 0 }]);
  });

  it('removes subdocuments by a field (mongoose pulls subdocuments by _id this way)', async () => {
    const lists = database().db.collection('pull_by_id');
    const [keep, drop] = [new ObjectId(), new ObjectId()];
    const { insertedId } = await lists.insertOne({
      goals: [
        { _id: keep, title: 'keep' },
        { _id: drop, title: 'drop' },
      ],
    });
    await lists.updateOne({ _id: insertedId }, { $pull: { goals: { _id: drop } } } as never);
    expect((await lists.findOne({ _id: insertedId }))?.goals).toEqual([{ _id: keep, title: 'keep' }]);
  });

  it('removes scalars by operator condition, by regex and by value', async () => {
    const lists = database().db.collection('pull_scalars');
    const { insertedId } = await lists.insertOne({
      scores: [1, 6, 3, 9],
      tags: ['alpha', 'beta', 'apex'],
      ids: [1, 2, 1],
    });
    await lists.updateOne({ _id: insertedId }, { $pull: { scores: { $gte: 6 }, tags: /^a/, ids: 1 } } as never);
    expect(await lists.findOne({ _id: insertedId }, { projection: { _id: 0 } })).toEqual({
      scores: [1, 3],
      tags: ['beta'],
      ids: [2],
    });
  });

  it('matches nothing quietly when no element matches', async () => {
    const lists = database().db.collection('pull_nothing');
    const { insertedId } = await lists.insertOne({ items: items() });
    const result = await lists.updateOne({ _id: insertedId }, { $pull: { items: { k: 'none' } } } as never);
    expect(result).toMatchObject({ matchedCount: 1, modifiedCount: 0 });
  });
});

describe('_id in updates', () => {
  const database = useDriverDatabase('update_ids');

  it('accepts $set of the same _id as a no-op and refuses a real change with ImmutableField', async () => {
    const docs = database().db.collection('same_id');
    const { insertedId } = await docs.insertOne({ n: 1 });
    const same = await docs.updateOne({ _id: insertedId }, { $set: { _id: insertedId, n: 2 } });
    expect(same.modifiedCount).toBe(1);
    expect(await docs.findOne({ _id: insertedId })).toEqual({ _id: insertedId, n: 2 });
    const onlyId = await docs.updateOne({ _id: insertedId }, { $set: { _id: insertedId } });
    expect(onlyId).toMatchObject({ matchedCount: 1, modifiedCount: 0 });
    const changed = await serverError(docs.updateOne({ _id: insertedId }, { $set: { _id: new ObjectId() } }));
    expect(changed.code).toBe(66);
    expect((await serverError(docs.updateOne({ _id: insertedId }, { $unset: { _id: '' } }))).code).toBe(66);
  });

  it('takes an upserted _id from $setOnInsert, as mongoose sends it for schemas with an _id default', async () => {
    const docs = database().db.collection('set_on_insert_id');
    const id = new ObjectId();
    const result = await docs.updateOne(
      { email: 'a@example.com' },
      { $set: { name: 'A' }, $setOnInsert: { _id: id } },
      { upsert: true },
    );
    expect(result.upsertedId).toEqual(id);
    expect(await docs.findOne({ email: 'a@example.com' })).toEqual({ _id: id, email: 'a@example.com', name: 'A' });
    const again = await docs.updateOne(
      { email: 'a@example.com' },
      { $set: { name: 'B' }, $setOnInsert: { _id: new ObjectId() } },
      { upsert: true },
    );
    expect(again).toMatchObject({ matchedCount: 1, modifiedCount: 1, upsertedCount: 0 });
    expect((await docs.findOne({ email: 'a@example.com' }))?._id).toEqual(id);
  });

  it('refuses an upsert whose update changes the _id its filter fixed', async () => {
    const docs = database().db.collection('upsert_id_conflict');
    const conflict = docs.updateOne({ _id: 1 as never }, { $setOnInsert: { _id: 2 } }, { upsert: true });
    expect((await serverError(conflict)).code).toBe(66);
  });

  it('stores a null _id when an upsert filters on { _id: null }', async () => {
    const docs = database().db.collection('null_id');
    const result = await docs.updateOne({ _id: null as never }, { $set: { a: 1 } }, { upsert: true });
    expect(result.upsertedCount).toBe(1);
    expect(result.upsertedId).toBeNull();
    expect(await docs.find({}).toArray()).toEqual([{ _id: null, a: 1 }]);
  });

  it('keeps the original _id when a pipeline update produces a document without one', async () => {
    const docs = database().db.collection('pipeline_id');
    const { insertedId } = await docs.insertOne({ x: 1, t: { u: { v: 1 } } });
    await docs.updateOne({ _id: insertedId }, [{ $replaceWith: '$t' }]);
    expect(await docs.findOne({ _id: insertedId })).toEqual({ _id: insertedId, u: { v: 1 } });
    await docs.updateOne({ _id: insertedId }, [{ $project: { _id: 0, u: 1 } }]);
    expect(await docs.findOne({ _id: insertedId })).toEqual({ _id: insertedId, u: { v: 1 } });
  });
});

const taskSchema = new mongoose.Schema(
  { title: String, done: { type: Boolean, default: false } },
  { timestamps: true },
);
const planSchema = new mongoose.Schema({ owner: String, tasks: [taskSchema] }, { timestamps: true });

describe('mongoose subdocument arrays with timestamps', () => {
  const database = useMongooseDatabase('update_subdocuments');

  it('updates one subdocument positionally, stamping its updatedAt', async () => {
    const Plan = database().connection.model('Plan', planSchema);
    const plan = await Plan.create({ owner: 'ada', tasks: [{ title: 'read' }, { title: 'write' }] });
    const [read, write] = plan.tasks;
    if (!read || !write) throw new Error('the plan has two tasks');
    const before: Date = write.updatedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));

    await Plan.updateOne(
      { _id: plan._id, 'tasks._id': write._id },
      { $set: { 'tasks.$.done': true, 'tasks.$.title': 'write more' } },
    );
    const updated = await Plan.findById(plan._id).lean();
    expect(updated?.tasks.map((task) => [task.title, task.done])).toEqual([
      ['read', false],
      ['write more', true],
    ]);
    expect(updated?.tasks[1]?.updatedAt.getTime()).toBeGreaterThan(before.getTime());
    expect(updated?.tasks[0]?.updatedAt.getTime()).toBe(read.updatedAt.getTime());

    await Plan.updateOne({ _id: plan._id }, { $pull: { tasks: { _id: read._id } } });
    expect((await Plan.findById(plan._id).lean())?.tasks.map((task) => task.title)).toEqual(['write more']);
  });

  it('upserts a document whose schema gives _id a default', async () => {
    const Plan = database().connection.model('UpsertedPlan', planSchema);
    const upserted = await Plan.findOneAndUpdate(
      { owner: 'grace' },
      { $push: { tasks: { title: 'first' } } },
      { upsert: true, returnDocument: 'after' },
    ).lean();
    expect(upserted.owner).toBe('grace');
    expect(upserted.tasks.map((task) => task.title)).toEqual(['first']);
    expect(await Plan.countDocuments({ owner: 'grace' })).toBe(1);
  });
});
