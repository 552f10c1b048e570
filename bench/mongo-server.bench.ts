/**
 * Throughput of the test database through mongoose, on whichever backend startTestDatabase picks
 * (set MONGODB_URI to compare with a real server): 10,000 single inserts, 10,000 finds by a unique
 * indexed key, and one insertMany of 10,000 documents.
 */
import mongoose from 'mongoose';
import { startTestDatabase } from '../test/support/mongo/index.js';

const COUNT = 10_000;

async function measure(label: string, operations: number, work: () => Promise<void>): Promise<void> {
  const started = performance.now();
  await work();
  const milliseconds = performance.now() - started;
  const perSecond = Math.round((operations / milliseconds) * 1000);
  console.log(
    `${label.padEnd(44)} ${String(operations).padStart(6)} ops ${milliseconds.toFixed(0).padStart(7)} ms ${String(perSecond).padStart(8)} ops/s`,
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
  } finally {
    await connection.close();
    await database.stop();
  }
}
