/**
 * Find projections as MongoDB 4.4+ applies them.
 * https://www.mongodb.com/docs/manual/reference/operator/projection/slice/
 * https://www.mongodb.com/docs/manual/reference/operator/projection/elemMatch/
 */
import { describe, expect, it } from 'vitest';
import { useDriverDatabase } from './conformance-fixture.js';

describe('find projections', () => {
  const database = useDriverDatabase('projections');

  async function post() {
    const posts = database().db.collection('posts');
    if ((await posts.estimatedDocumentCount()) === 0) {
      await posts.insertOne({
        _id: 1 as never,
        title: 'Coffee please.',
        comments: ['c0', 'c1', 'c2', 'c3', 'c4'],
        scores: [3, 8, 12],
        meta: { likes: 2, shares: 3 },
        students: [
          { name: 'john', school: 102, age: 10 },
          { name: 'jess', school: 102, age: 11 },
        ],
      });
    }
    return posts;
  }

  it('slices an array and returns every other field with $slice alone', async () => {
    const posts = await post();
    expect(await posts.findOne({}, { projection: { comments: { $slice: 2 } } })).toEqual({
      _id: 1,
      title: 'Coffee please.',
      comments: ['c0', 'c1'],
      scores: [3, 8, 12],
      meta: { likes: 2, shares: 3 },
      students: [
        { name: 'john', school: 102, age: 10 },
        { name: 'jess', school: 102, age: 11 },
      ],
    });
    expect((await posts.findOne({}, { projection: { comments: { $slice: -2 } } }))?.comments).toEqual(['c3', 'c4']);
    expect((await posts.findOne({}, { projection: { comments: { $slice: [1, 3] } } }))?.comments).toEqual([
      'c1',
      'c2',
      'c3',
    ]);
    expect((await posts.findOne({}, { projection: { comments: { $slice: [-1, 3] } } }))?.comments).toEqual(['c4']);
    expect((await posts.findOne({}, { projection: { comments: { $slice: [9, 3] } } }))?.comments).toEqual([]);
  });

  it('combines $slice with exclusions, and with inclusions returns only the included fields', async () => {
    const posts = await post();
    expect(
      await posts.findOne({}, { projection: { comments: { $slice: 1 }, students: 0, meta: 0, scores: 0 } }),
    ).toEqual({ _id: 1, title: 'Coffee please.', comments: ['c0'] });
    expect(await posts.findOne({}, { projection: { title: 1, comments: { $slice: 1 } } })).toEqual({
      _id: 1,
      title: 'Coffee please.',
      comments: ['c0'],
    });
  });

  it('returns the first element matching $elemMatch, with operator-only conditions on scalar arrays', async () => {
    const posts = await post();
    expect(await posts.findOne({}, { projection: { scores: { $elemMatch: { $gt: 5 } } } })).toEqual({
      _id: 1,
      scores: [8],
    });
    expect(
      await posts.findOne({}, { projection: { students: { $elemMatch: { school: 102, age: { $gt: 10 } } } } }),
    ).toEqual({
      _id: 1,
      students: [{ name: 'jess', school: 102, age: 11 }],
    });
    expect(await posts.findOne({}, { projection: { scores: { $elemMatch: { $gt: 100 } } } })).toEqual({ _id: 1 });
  });

  it('returns the element the filter matched through positional $', async () => {
    const posts = await post();
    expect(await posts.findOne({ scores: { $gt: 5 } }, { projection: { 'scores.$': 1 } })).toEqual({
      _id: 1,
      scores: [8],
    });
  });

  it('puts _id first, included fields in document order and computed fields after them', async () => {
    const posts = await post();
    const projected = await posts.findOne(
      {},
      { projection: { total: { $add: ['$meta.likes', '$meta.shares'] }, 'meta.likes': 1, title: 1, _id: 1 } },
    );
    expect(projected).toEqual({ _id: 1, title: 'Coffee please.', meta: { likes: 2 }, total: 5 });
    expect(Object.keys(projected ?? {})).toEqual(['_id', 'title', 'meta', 'total']);
    expect(await posts.findOne({}, { projection: { _id: 0, title: 1 } })).toEqual({ title: 'Coffee please.' });
    expect(await posts.findOne({}, { projection: { _id: 1 } })).toEqual({ _id: 1 });
  });
});
