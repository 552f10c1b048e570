/**
 * What statistics rollups need from aggregation: `$merge` and `$out`, `let` variables and `$literal`,
 * database-level `{ aggregate: 1 }`, and MongoDB's errors for names it does not know.
 * https://www.mongodb.com/docs/v7.0/reference/operator/aggregation/merge/
 * https://www.mongodb.com/docs/v7.0/reference/operator/aggregation/out/
 */
import { MongoServerError } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { indexNames, useDriverDatabase } from './conformance-fixture.js';

async function serverError(work: Promise<unknown>): Promise<MongoServerError> {
  const error = await work.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(MongoServerError);
  return error as MongoServerError;
}

describe('aggregation output and variables', () => {
  const database = useDriverDatabase('aggregate_output');

  const rollup = [
    { $group: { _id: '$mentorId', sessions: { $sum: 1 }, minutes: { $sum: '$minutes' } } },
    { $merge: { into: 'mentor_stats', whenMatched: 'replace', whenNotMatched: 'insert' } },
  ];

  it('$merge inserts new results and replaces matched ones, so a rollup can run again', async () => {
    const { db } = database();
    const sessions = db.collection('sessions');
    await sessions.insertMany([
      { mentorId: 'm1', minutes: 30 },
      { mentorId: 'm1', minutes: 60 },
      { mentorId: 'm2', minutes: 45 },
    ]);
    expect(await sessions.aggregate(rollup).toArray()).toEqual([]);
    const stats = db.collection('mentor_stats');
    expect(await stats.find({}).sort({ _id: 1 }).toArray()).toEqual([
      { _id: 'm1', sessions: 2, minutes: 90 },
      { _id: 'm2', sessions: 1, minutes: 45 },
    ]);

    await stats.updateOne({ _id: 'm2' as never }, { $set: { note: 'replaced by the next run' } });
    await sessions.insertOne({ mentorId: 'm2', minutes: 15 });
    await sessions.aggregate(rollup).toArray();
    expect(await stats.find({}).sort({ _id: 1 }).toArray()).toEqual([
      { _id: 'm1', sessions: 2, minutes: 90 },
      { _id: 'm2', sessions: 2, minutes: 60 },
    ]);
  });

  it('$merge merges fields into documents matched on a uniquely indexed field, and requires that index', async () => {
    const { db } = database();
    const daily = db.collection('daily');
    await daily.insertMany([
      { day: '2026-01-01', guild: 'g1', joins: 3 },
      { day: '2026-01-02', guild: 'g1', joins: 5 },
    ]);
    const totals = db.collection('guild_totals');
    await totals.createIndex({ guild: 1 }, { unique: true }, undefined);
    await totals.insertOne({ guild: 'g1', label: 'kept' });
    await daily
      .aggregate([
        { $group: { _id: '$guild', joins: { $sum: '$joins' } } },
        { $project: { _id: 0, guild: '$_id', joins: 1 } },
        { $merge: { into: 'guild_totals', on: 'guild', whenMatched: 'merge', whenNotMatched: 'insert' } },
      ])
      .toArray();
    expect(await totals.findOne({ guild: 'g1' }, { projection: { _id: 0 } })).toEqual({
      guild: 'g1',
      label: 'kept',
      joins: 8,
    });
    const withoutIndex = daily.aggregate([{ $merge: { into: 'guild_totals', on: 'day' } }]).toArray();
    expect((await serverError(withoutIndex)).code).toBe(51183);
  });

  it('$out replaces a collection with the results and keeps its indexes', async () => {
    const { db } = database();
    const source = db.collection('out_source');
    await source.insertMany([{ n: 1 }, { n: 2 }, { n: 3 }]);
    const target = db.collection('out_target');
    await target.insertOne({ n: 100, stale: true });
    await target.createIndex({ n: 1 }, {}, undefined);
    await source
      .aggregate([{ $match: { n: { $gte: 2 } } }, { $project: { _id: 0, n: 1 } }, { $out: 'out_target' }])
      .toArray();
    expect(
      await target
        .find({}, { projection: { _id: 0 } })
        .sort({ n: 1 })
        .toArray(),
    ).toEqual([{ n: 2 }, { n: 3 }]);
    expect(await indexNames(target)).toEqual(['_id_', 'n_1']);
    const notLast = source.aggregate([{ $out: 'out_target' }, { $match: {} }]).toArray();
    expect((await serverError(notLast)).code).toBe(40601);
  });

  it('evaluates let variables and keeps $literal values unevaluated', async () => {
    const { db } = database();
    const values = db.collection('values');
    await values.insertMany([{ n: 4 }, { n: 9 }]);
    const rows = await values
      .aggregate(
        [
          { $match: { $expr: { $gt: ['$n', '$$threshold'] } } },
          { $project: { _id: 0, n: 1, over: { $subtract: ['$n', '$$threshold'] }, raw: { $literal: '$n' } } },
        ],
        { let: { threshold: 5 } },
      )
      .toArray();
    expect(rows).toEqual([{ n: 9, over: 4, raw: '$n' }]);
    expect(await values.find({ $expr: { $lt: ['$n', '$$limit'] } }, { let: { limit: 5 } }).toArray()).toHaveLength(1);
  });

  it('runs a database-level aggregate that starts with $documents, and refuses one that needs a collection', async () => {
    const { db } = database();
    const rows = await db
      .aggregate([{ $documents: [{ x: 1 }, { x: 2 }, { x: 3 }] }, { $match: { x: { $gte: 2 } } }, { $count: 'n' }])
      .toArray();
    expect(rows).toEqual([{ n: 2 }]);
    expect((await serverError(db.aggregate([{ $match: {} }]).toArray())).code).toBe(73);
  });

  it("answers unknown stages, expressions, accumulators and commands with MongoDB's codes", async () => {
    const { db } = database();
    const values = db.collection('values');
    const unknownStage = await serverError(values.aggregate([{ $frobnicate: {} }]).toArray());
    expect(unknownStage.code).toBe(40324);
    const unknownExpression = await serverError(
      values.aggregate([{ $addFields: { x: { $frobnicate: 1 } } }]).toArray(),
    );
    expect(unknownExpression).toMatchObject({ code: 168, codeName: 'InvalidPipelineOperator' });
    const unknownInQuery = await serverError(values.find({ $expr: { $frobnicate: ['$n', 1] } }).toArray());
    expect(unknownInQuery.code).toBe(168);
    const unknownAccumulator = await serverError(
      values.aggregate([{ $group: { _id: null, x: { $frobnicate: '$n' } } }]).toArray(),
    );
    expect(unknownAccumulator.code).toBe(15952);
    const unknownCommand = await serverError(db.command({ frobnicate: 1 }));
    expect(unknownCommand).toMatchObject({ code: 59, codeName: 'CommandNotFound' });
  });
});
