import type { CommandStartedEvent } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { useDriverDatabase } from './conformance-fixture.js';

const DOCUMENT_COUNT = 10_000;

describe('cursors', () => {
  const database = useDriverDatabase('cursors');

  async function seed(name: string): Promise<void> {
    const collection = database().db.collection(name);
    if ((await collection.estimatedDocumentCount()) > 0) return;
    const documents = Array.from({ length: DOCUMENT_COUNT }, (_, n) => ({
      n,
      parity: n % 2 === 0 ? 'even' : 'odd',
      padding: 'x'.repeat(50),
    }));
    await collection.insertMany(documents);
  }

  function recordCommands(): { names: string[]; stop: () => void } {
    const { client } = database();
    const names: string[] = [];
    const listener = (event: CommandStartedEvent): void => {
      names.push(event.commandName);
    };
    client.on('commandStarted', listener);
    return { names, stop: () => client.off('commandStarted', listener) };
  }

  it('returns 10,000 documents in batches through getMore, in sort order', async () => {
    await seed('numbers');
    const commands = recordCommands();
    const numbers = await database().db.collection('numbers').find({}, { batchSize: 500 }).sort({ n: 1 }).toArray();
    commands.stop();
    expect(numbers).toHaveLength(DOCUMENT_COUNT);
    expect(numbers.every((document, i) => document.n === i)).toBe(true);
    expect(commands.names.filter((name) => name === 'getMore').length).toBe(DOCUMENT_COUNT / 500 - 1);
  });

  it('iterates a filtered cursor one document at a time', async () => {
    await seed('numbers');
    let count = 0;
    let previous = Infinity;
    for await (const document of database()
      .db.collection('numbers')
      .find({ parity: 'odd' })
      .sort({ n: -1 })
      .batchSize(999)) {
      expect(document.n).toBeLessThan(previous);
      previous = Number(document.n);
      count += 1;
    }
    expect(count).toBe(DOCUMENT_COUNT / 2);
  });

  it('stops at the limit across batches', async () => {
    await seed('numbers');
    const limited = await database()
      .db.collection('numbers')
      .find({ n: { $gte: 100 } })
      .sort({ n: 1 })
      .limit(250)
      .batchSize(100)
      .toArray();
    expect(limited.map((document) => Number(document.n))).toEqual(Array.from({ length: 250 }, (_, i) => i + 100));
  });

  it('kills a cursor closed before it is exhausted', async () => {
    await seed('numbers');
    const commands = recordCommands();
    const cursor = database().db.collection('numbers').find({}).batchSize(10);
    expect(await cursor.next()).not.toBeNull();
    await cursor.close();
    commands.stop();
    expect(commands.names).toContain('killCursors');
  });

  it('batches aggregation results too', async () => {
    await seed('numbers');
    const grouped = await database()
      .db.collection('numbers')
      .aggregate([{ $match: { parity: 'even' } }, { $project: { _id: 0, n: 1 } }], { batchSize: 1000 })
      .toArray();
    expect(grouped).toHaveLength(DOCUMENT_COUNT / 2);
  });
});
