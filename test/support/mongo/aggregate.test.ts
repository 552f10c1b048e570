import { describe, expect, it } from 'vitest';
import { useDriverDatabase } from './conformance-fixture.js';

describe('aggregate', () => {
  const database = useDriverDatabase('aggregate');

  async function seed(): Promise<void> {
    const { db } = database();
    if ((await db.collection('sessions').estimatedDocumentCount()) > 0) return;
    await db.collection('mentors').insertMany([
      { _id: 'm1' as never, name: 'Ada', skills: ['ts', 'db'] },
      { _id: 'm2' as never, name: 'Grace', skills: ['cobol'] },
      { _id: 'm3' as never, name: 'Linus', skills: ['c', 'ts'] },
    ]);
    await db.collection('sessions').insertMany([
      { mentorId: 'm1', minutes: 30, rating: 5 },
      { mentorId: 'm1', minutes: 60, rating: 4 },
      { mentorId: 'm2', minutes: 45, rating: 5 },
      { mentorId: 'm3', minutes: 15, rating: 3 },
      { mentorId: 'm3', minutes: 15, rating: 2 },
      { mentorId: 'm3', minutes: 30, rating: 4 },
    ]);
  }

  it('groups with the common accumulators, then sorts, skips and limits', async () => {
    await seed();
    const rows = await database()
      .db.collection('sessions')
      .aggregate([
        { $match: { minutes: { $gte: 15 } } },
        { $sort: { minutes: 1 } },
        {
          $group: {
            _id: '$mentorId',
            sessions: { $sum: 1 },
            minutes: { $sum: '$minutes' },
            averageRating: { $avg: '$rating' },
            best: { $max: '$rating' },
            worst: { $min: '$rating' },
            first: { $first: '$minutes' },
            last: { $last: '$minutes' },
            ratings: { $push: '$rating' },
            lengths: { $addToSet: '$minutes' },
          },
        },
        { $sort: { minutes: -1, _id: 1 } },
        { $skip: 1 },
        { $limit: 2 },
      ])
      .toArray();
    expect(rows).toHaveLength(2);
    const [second, third] = rows;
    expect(second).toMatchObject({
      _id: 'm3',
      sessions: 3,
      minutes: 60,
      averageRating: 3,
      best: 4,
      worst: 2,
      first: 15,
      last: 30,
    });
    expect([...(second?.ratings as number[])].sort()).toEqual([2, 3, 4]);
    expect([...(second?.lengths as number[])].sort((a, b) => a - b)).toEqual([15, 30]);
    expect(third).toMatchObject({ _id: 'm2', sessions: 1, minutes: 45 });
  });

  it('projects computed fields, unwinds arrays and counts', async () => {
    await seed();
    const { db } = database();
    const projected = await db
      .collection('mentors')
      .aggregate([
        { $project: { _id: 0, name: 1, skillCount: { $size: '$skills' }, upper: { $toUpper: '$name' } } },
        { $sort: { name: 1 } },
      ])
      .toArray();
    expect(projected[0]).toEqual({ name: 'Ada', skillCount: 2, upper: 'ADA' });

    const bySkill = await db
      .collection('mentors')
      .aggregate([
        { $unwind: '$skills' },
        { $group: { _id: '$skills', mentors: { $sum: 1 } } },
        { $sort: { mentors: -1, _id: 1 } },
      ])
      .toArray();
    expect(bySkill[0]).toEqual({ _id: 'ts', mentors: 2 });
    expect(bySkill).toHaveLength(4);

    const [counted] = await db
      .collection('sessions')
      .aggregate([{ $match: { rating: { $gte: 4 } } }, { $count: 'good' }])
      .toArray();
    expect(counted).toEqual({ good: 4 });
  });

  it('looks up documents in another collection of the same database', async () => {
    await seed();
    const joined = await database()
      .db.collection('sessions')
      .aggregate([
        { $match: { rating: 5 } },
        { $lookup: { from: 'mentors', localField: 'mentorId', foreignField: '_id', as: 'mentor' } },
        { $unwind: '$mentor' },
        { $project: { _id: 0, name: '$mentor.name', minutes: 1 } },
        { $sort: { minutes: 1 } },
      ])
      .toArray();
    expect(joined).toEqual([
      { minutes: 30, name: 'Ada' },
      { minutes: 45, name: 'Grace' },
    ]);
  });

  it('runs sub-pipelines side by side with $facet', async () => {
    await seed();
    const [facets] = await database()
      .db.collection('sessions')
      .aggregate([
        {
          $facet: {
            total: [{ $count: 'n' }],
            longest: [{ $sort: { minutes: -1 } }, { $limit: 1 }, { $project: { _id: 0, minutes: 1 } }],
            perRating: [{ $group: { _id: '$rating', n: { $sum: 1 } } }, { $sort: { _id: 1 } }],
          },
        },
      ])
      .toArray();
    expect(facets).toEqual({
      total: [{ n: 6 }],
      longest: [{ minutes: 60 }],
      perRating: [
        { _id: 2, n: 1 },
        { _id: 3, n: 1 },
        { _id: 4, n: 2 },
        { _id: 5, n: 2 },
      ],
    });
  });

  it('answers an empty pipeline on a missing collection with no documents', async () => {
    expect(
      await database()
        .db.collection('missing')
        .aggregate([{ $match: {} }])
        .toArray(),
    ).toEqual([]);
  });
});
