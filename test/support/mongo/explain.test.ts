import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { useDriverDatabase, useMongooseDatabase } from './conformance-fixture.js';
import { indexScans, isCollectionScan, planStages } from './explain-inspection.js';

describe('explain reports whether a query uses an index', () => {
  const database = useDriverDatabase('explain');

  async function members(): Promise<ReturnType<ReturnType<typeof database>['db']['collection']>> {
    const collection = database().db.collection('members');
    if ((await collection.estimatedDocumentCount()) === 0) {
      await collection.createIndex({ email: 1 }, { unique: true }, undefined);
      await collection.createIndex({ guildId: 1, joinedAt: -1 }, undefined, undefined);
      await collection.createIndex({ createdAt: 1 }, undefined, undefined);
      await collection.insertMany(
        Array.from({ length: 200 }, (_, i) => ({
          email: `user${i}@example.com`,
          guildId: `g${i % 5}`,
          joinedAt: new Date(2024, 0, 1 + i),
          createdAt: new Date(2023, 0, 1 + i),
          nickname: `nick${i}`,
        })),
      );
    }
    return collection;
  }

  it('names the unique index used for an equality lookup', async () => {
    const explain = await (await members()).find({ email: 'user7@example.com' }).explain('queryPlanner');
    expect(indexScans(explain).map((stage) => stage.indexName)).toContain('email_1');
    expect(isCollectionScan(explain)).toBe(false);
  });

  it('reports a collection scan for a field without an index', async () => {
    const explain = await (await members()).find({ nickname: 'nick7' }).explain('queryPlanner');
    expect(isCollectionScan(explain)).toBe(true);
    expect(indexScans(explain)).toEqual([]);
  });

  it('uses a compound index through its prefix only', async () => {
    const collection = await members();
    const byPrefix = await collection
      .find({ guildId: 'g1', joinedAt: { $gte: new Date(2024, 1, 1) } })
      .explain('queryPlanner');
    expect(indexScans(byPrefix).map((stage) => stage.indexName)).toContain('guildId_1_joinedAt_-1');
    const withoutPrefix = await collection.find({ joinedAt: { $gte: new Date(2024, 1, 1) } }).explain('queryPlanner');
    expect(isCollectionScan(withoutPrefix)).toBe(true);
  });

  it('uses an index for $in and for a sort on an indexed field', async () => {
    const collection = await members();
    const byIn = await collection
      .find({ email: { $in: ['user1@example.com', 'user2@example.com'] } })
      .explain('queryPlanner');
    expect(indexScans(byIn).map((stage) => stage.indexName)).toContain('email_1');
    const sorted = await collection.find({}).sort({ createdAt: -1 }).limit(5).explain('queryPlanner');
    expect(indexScans(sorted).map((stage) => stage.indexName)).toContain('createdAt_1');
  });

  it('prefers the index that also delivers the sort order', async () => {
    const feed = database().db.collection('feed');
    await feed.createIndex({ guildId: 1 }, undefined, undefined);
    await feed.createIndex({ guildId: 1, postedAt: -1 }, undefined, undefined);
    await feed.insertMany(
      Array.from({ length: 100 }, (_, i) => ({ guildId: `g${i % 4}`, postedAt: new Date(2024, 0, 1 + i) })),
    );
    const explain = await feed.find({ guildId: 'g1' }).sort({ postedAt: -1 }).limit(5).explain('queryPlanner');
    expect(indexScans(explain).map((stage) => stage.indexName)).toEqual(['guildId_1_postedAt_-1']);
    expect(planStages(explain).map((stage) => stage.stage)).not.toContain('SORT');
  });

  it('uses an index for the leading $match of an aggregation', async () => {
    const collection = await members();
    const grouped = await collection
      .aggregate([{ $match: { guildId: 'g2' } }, { $group: { _id: '$guildId', n: { $sum: 1 } } }])
      .explain('queryPlanner');
    expect(indexScans(grouped).map((stage) => stage.indexName)).toContain('guildId_1_joinedAt_-1');
    const unindexed = await collection
      .aggregate([{ $match: { nickname: 'nick1' } }, { $project: { email: 1 } }])
      .explain('queryPlanner');
    expect(isCollectionScan(unindexed)).toBe(true);
  });

  it('reads a document by _id through the _id index', async () => {
    const collection = await members();
    const document = await collection.findOne({});
    if (!document) throw new Error('the members collection is empty');
    const explain = await collection.find({ _id: document._id }).explain('queryPlanner');
    expect(indexScans(explain)).not.toEqual([]);
  });

  it('returns the same documents whichever plan is used', async () => {
    const collection = await members();
    const viaIndex = await collection.find({ guildId: 'g3' }).sort({ joinedAt: -1 }).limit(3).toArray();
    expect(viaIndex.map((member) => String(member.email))).toEqual([
      'user198@example.com',
      'user193@example.com',
      'user188@example.com',
    ]);
  });
});

describe('explain through mongoose', () => {
  const database = useMongooseDatabase('explain_mongoose');

  it('shows the schema index serving a model query', async () => {
    const { connection } = database();
    const Profile = connection.model(
      'Profile',
      new mongoose.Schema({ discordId: { type: String, index: true }, bio: String }),
    );
    await Profile.init();
    await Profile.create([
      { discordId: '1', bio: 'a' },
      { discordId: '2', bio: 'b' },
    ]);
    const explain: unknown = await Profile.find({ discordId: '1' }).explain('queryPlanner');
    expect(indexScans(explain).map((stage) => stage.indexName)).toContain('discordId_1');
    const scan: unknown = await Profile.find({ bio: 'a' }).explain('queryPlanner');
    expect(isCollectionScan(scan)).toBe(true);
  });
});
