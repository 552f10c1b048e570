/**
 * MongoDB's 16 MB document limit, and updates on deeply nested documents staying fast.
 * https://www.mongodb.com/docs/manual/reference/limits/#mongodb-limit-BSON-Document-Size
 */
import { BSON, MongoServerError, type Document } from 'mongodb';
import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { useDriverDatabase, useMongooseDatabase } from './conformance-fixture.js';

const MAX_BSON_OBJECT_SIZE = 16 * 1024 * 1024;

async function serverError(work: Promise<unknown>): Promise<MongoServerError> {
  const error = await work.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(MongoServerError);
  return error as MongoServerError;
}

describe('the 16 MB document limit', () => {
  const database = useDriverDatabase('limits');

  it('stores a document of exactly 16 MB and refuses one byte more on insert, update and upsert', async () => {
    const { db } = database();
    const hello = await db.command({ hello: 1 });
    expect(hello.maxBsonObjectSize).toBe(MAX_BSON_OBJECT_SIZE);
    const fits = 'a'.repeat(MAX_BSON_OBJECT_SIZE - BSON.calculateObjectSize({ _id: 1, x: '' }));
    const big = db.collection('big');
    await big.insertOne({ _id: 1 as never, x: fits });
    expect(await big.countDocuments({})).toBe(1);

    const tooLarge = `${fits}a`;
    const insert = await serverError(big.insertOne({ _id: 2 as never, x: tooLarge }));
    expect(insert.code).toBe(2);
    expect(insert.message).toContain('too large');

    await big.insertOne({ _id: 3 as never });
    const update = await serverError(big.updateOne({ _id: 3 as never }, { $set: { x: tooLarge } }));
    expect([17419, 8375908]).toContain(update.code);
    const upsert = await serverError(big.replaceOne({ _id: 4 as never }, { x: tooLarge }, { upsert: true }));
    expect(upsert.code).toBe(17420);
    expect(await big.countDocuments({})).toBe(2);
  });
});

/** A document nested `depth` levels deep: objects, or arrays of one subdocument at every level. */
function nested(depth: number, arrays: boolean): Document {
  let document: Document = { n: 0, leaf: 'x' };
  for (let level = 0; level < depth; level += 1) {
    document = arrays ? { n: 0, child: [document, { n: level }] } : { n: 0, child: document };
  }
  return document;
}

interface StoredComment {
  readonly votes: number;
  readonly replies: StoredComment[];
}

interface StoredThread {
  readonly views: number;
  readonly comments: StoredComment[];
}

const commentSchema = new mongoose.Schema({ text: String, votes: { type: Number, default: 0 } }, { timestamps: true });
commentSchema.add({ replies: [commentSchema] });
const threadSchema = new mongoose.Schema({ title: String, comments: [commentSchema], views: Number });

/** 10 comments with 10 replies each with 19 replies each: 2,010 recursive subdocuments, 3 levels deep. */
function thread(): { title: string; views: number; comments: unknown[] } {
  const reply = (text: string, replies: unknown[] = []) => ({ text, replies });
  return {
    title: 'deep',
    views: 0,
    comments: Array.from({ length: 10 }, (_, i) =>
      reply(
        `c${i}`,
        Array.from({ length: 10 }, (_, j) =>
          reply(
            `c${i}.${j}`,
            Array.from({ length: 19 }, (_, k) => reply(`c${i}.${j}.${k}`)),
          ),
        ),
      ),
    ),
  };
}

describe('updates on deeply nested documents', () => {
  const driver = useDriverDatabase('deep_documents');
  const odm = useMongooseDatabase('deep_documents_mongoose');

  async function timed(work: () => Promise<unknown>): Promise<number> {
    const started = performance.now();
    await work();
    return performance.now() - started;
  }

  it('increments a counter in 20 levels of objects and in 8 levels of arrays of subdocuments quickly', async () => {
    const deep = driver().db.collection('deep');
    await deep.insertMany([
      { _id: 'objects' as never, tree: nested(20, false), count: 0 },
      { _id: 'arrays' as never, tree: nested(8, true), count: 0 },
    ]);
    for (const id of ['objects', 'arrays']) {
      const elapsed = await timed(async () => {
        for (let i = 0; i < 10; i += 1) await deep.updateOne({ _id: id as never }, { $inc: { count: 1, 'tree.n': 1 } });
      });
      expect(elapsed).toBeLessThan(2_000);
    }
    expect(
      await deep
        .find({}, { projection: { count: 1 } })
        .sort({ _id: 1 })
        .toArray(),
    ).toEqual([
      { _id: 'arrays', count: 10 },
      { _id: 'objects', count: 10 },
    ]);
  });

  it('updates a mongoose document holding 2,000 recursive subdocuments', async () => {
    const Thread = odm().connection.model('Thread', threadSchema);
    const created = await Thread.create(thread());
    const elapsed = await timed(async () => {
      for (let i = 0; i < 10; i += 1) {
        await Thread.updateOne({ _id: created._id }, { $inc: { views: 1, 'comments.3.replies.4.replies.5.votes': 1 } });
      }
    });
    expect(elapsed).toBeLessThan(2_000);
    const read = (await Thread.findById(created._id).lean()) as StoredThread | null;
    expect(read?.views).toBe(10);
    expect(read?.comments[3]?.replies[4]?.replies[5]?.votes).toBe(10);
  });
});
