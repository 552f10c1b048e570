import { describe, expect, it } from 'vitest';
import { useDriverDatabase } from './conformance-fixture.js';

describe('findAndModify', () => {
  const database = useDriverDatabase('find_and_modify');

  it('updates the first document in sort order and returns it before or after', async () => {
    const jobs = database().db.collection('jobs');
    await jobs.insertMany([
      { name: 'late', runAt: 3, priority: 1 },
      { name: 'early-low', runAt: 1, priority: 1 },
      { name: 'early-high', runAt: 1, priority: 5 },
    ]);
    const before = await jobs.findOneAndUpdate(
      {},
      { $set: { locked: true } },
      { sort: { runAt: 1, priority: -1 }, returnDocument: 'before' },
    );
    expect(before?.name).toBe('early-high');
    expect(before?.locked).toBeUndefined();
    const after = await jobs.findOneAndUpdate(
      { locked: { $ne: true } },
      { $set: { locked: true } },
      { sort: { runAt: 1, priority: -1 }, returnDocument: 'after', projection: { name: 1, locked: 1, _id: 0 } },
    );
    expect(after).toEqual({ name: 'early-low', locked: true });
  });

  it('upserts when nothing matches and reports the metadata', async () => {
    const singles = database().db.collection('singles');
    const created = await singles.findOneAndUpdate(
      { name: 'digest', type: 'single' },
      { $set: { every: '1 day' }, $setOnInsert: { createdAt: 1 } },
      { upsert: true, returnDocument: 'after', includeResultMetadata: true },
    );
    expect(created.lastErrorObject).toMatchObject({ n: 1, updatedExisting: false });
    expect(created.value).toMatchObject({ name: 'digest', type: 'single', every: '1 day', createdAt: 1 });

    const updated = await singles.findOneAndUpdate(
      { name: 'digest', type: 'single' },
      { $set: { every: '2 days' }, $setOnInsert: { createdAt: 2 } },
      { upsert: true, returnDocument: 'after', includeResultMetadata: true },
    );
    expect(updated.lastErrorObject).toMatchObject({ n: 1, updatedExisting: true });
    expect(updated.value).toMatchObject({ every: '2 days', createdAt: 1 });
    expect(await singles.countDocuments({})).toBe(1);
  });

  it('returns null when nothing matches and upsert is off', async () => {
    const empty = database().db.collection('empty');
    expect(await empty.findOneAndUpdate({ missing: true }, { $set: { a: 1 } })).toBeNull();
    expect(await empty.findOneAndDelete({ missing: true })).toBeNull();
  });

  it('removes and returns the first document in sort order', async () => {
    const queue = database().db.collection('queue');
    await queue.insertMany([{ n: 2 }, { n: 1 }, { n: 3 }]);
    const removed = await queue.findOneAndDelete({}, { sort: { n: 1 } });
    expect(removed?.n).toBe(1);
    expect((await queue.find({}).sort({ n: 1 }).toArray()).map((document) => Number(document.n))).toEqual([2, 3]);
  });

  it('replaces a document and returns the new version', async () => {
    const settings = database().db.collection('settings');
    const { insertedId } = await settings.insertOne({ key: 'theme', value: 'dark', extra: true });
    const replaced = await settings.findOneAndReplace(
      { key: 'theme' },
      { key: 'theme', value: 'light' },
      { returnDocument: 'after' },
    );
    expect(replaced).toEqual({ _id: insertedId, key: 'theme', value: 'light' });
  });
});
