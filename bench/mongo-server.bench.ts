/**
 * Throughput of the test database through mongoose, on whichever backend startTestDatabase picks
 * (set MONGODB_URI to compare with a real server): 10,000 single inserts, 10,000 finds by a unique
 * indexed key, one insertMany of 10,000 documents, and updates of a document holding 2,010 recursive
 * subdocuments (comments with replies with replies), which must stay well under 50 ms each.
 */
import mongoose from 'mongoose';
import { startTestDatabase } from '../test/support/mongo/index.js';

const COUNT = 10_000;
const DEEP_UPDATES = 200;

const commentSchema = new mongoose.Schema({ text: String, votes: { type: Number, default: 0 } }, { timestamps: true });
commentSchema.add({ replies: [commentSchema] });

/** 10 comments with 10 replies each with 19 replies each: 2,010 subdocuments. */
function deepThread(): { title: string; views: number; comments: unknown[] } {
  const comment = (text: string, replies: unknown[] = []) => ({ text, replies });
  const level = (prefix: string, count: number, children: (text: string) => unknown[]) =>
    Array.from({ length: count }, (_, i) => comment(`${prefix}${i}`, children(`${prefix}${i}.`)));
  return {
    title: 'deep',
    views: 0,
    comments: level('c', 10, (a) => level(a, 10, (b) => level(b, 19, () => []))),
  };
}

async function measure(label: string, operations: number, work: () => Promise<void>): Promise<void> {
  const started = performance.now();
  await work();
  const milliseconds = performance.now() - started;
  const perSecond = Math.round((operations / milliseconds) * 1000);
  const perOperation = (milliseconds / operations).toFixed(2);
  console.log(
    `${label.padEnd(44)} ${String(operations).padStart(6)} ops ${milliseconds.toFixed(0).padStart(7)} ms ${String(perSecond).padStart(8)} ops/s ${perOperation.padStart(8)} ms/op`,
  );
}

export default async function benchmarkMongoServer(): Promise<void> {
  const database = await startTestDatabase({ name: 'bench' });
  const connection = await mongoose.createConnection(database.uri).asPromise();
  try {
    console.log(`backend: ${database.backend}`);
    const schema = new mongoose.Schema({ key: { type: String, unique: true }, n: Number, payload: String });
    const Item = connection.model('BenchItem', schema);
    const BulkItem = connection.model('BenchBulkItem', schema);
    await Promise.all([Item.init(), BulkItem.init()]);
    const payload = 'x'.repeat(100);

    await measure('insert (Model.create, one at a time)', COUNT, async () => {
      for (let n = 0; n < COUNT; n += 1) await Item.create({ key: `key-${n}`, n, payload });
    });
    await measure('indexed find (findOne by unique key, lean)', COUNT, async () => {
      for (let n = 0; n < COUNT; n += 1) {
        const found = await Item.findOne({ key: `key-${n}` }).lean();
        if (found?.n !== n) throw new Error(`findOne returned the wrong document for key-${n}`);
      }
    });
    await measure('insertMany (one call)', COUNT, async () => {
      await BulkItem.insertMany(Array.from({ length: COUNT }, (_, n) => ({ key: `bulk-${n}`, n, payload })));
    });
    await measure('find all (one query, lean)', COUNT, async () => {
      const all = await BulkItem.find({}).lean();
      if (all.length !== COUNT) throw new Error(`expected ${COUNT} documents, got ${all.length}`);
    });

    const Thread = connection.model(
      'BenchThread',
      new mongoose.Schema({ title: String, views: Number, comments: [commentSchema] }),
    );
    const thread = await Thread.create(deepThread());
    await measure('update, document with 2,010 subdocuments', DEEP_UPDATES, async () => {
      for (let n = 0; n < DEEP_UPDATES; n += 1) {
        await Thread.updateOne(
          { _id: thread._id },
          { $inc: { views: 1, [`comments.${n % 10}.replies.${n % 7}.replies.${n % 19}.votes`]: 1 } },
        );
      }
    });
  } finally {
    await connection.close();
    await database.stop();
  }
}
