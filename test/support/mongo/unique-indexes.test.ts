import { MongoServerError } from 'mongodb';
import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { indexNames, listIndexes, useDriverDatabase, useMongooseDatabase } from './conformance-fixture.js';

async function rejection(work: Promise<unknown>): Promise<MongoServerError> {
  const error = await work.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(MongoServerError);
  return error as MongoServerError;
}

describe('indexes through the driver', () => {
  const database = useDriverDatabase('indexes');

  it('creates, lists and drops indexes', async () => {
    const users = database().db.collection('index_admin');
    expect(await users.createIndex({ email: 1 }, { unique: true }, undefined)).toBe('email_1');
    expect(await users.createIndex({ guildId: 1, joinedAt: -1 }, { name: 'guild_joined' }, undefined)).toBe(
      'guild_joined',
    );
    expect(await users.createIndex({ email: 1 }, { unique: true }, undefined)).toBe('email_1');
    const indexes = await listIndexes(users);
    expect(indexes.map((index) => index.name)).toEqual(['_id_', 'email_1', 'guild_joined']);
    expect(indexes[1]).toMatchObject({ key: { email: 1 }, unique: true });
    expect(indexes[2]).toMatchObject({ key: { guildId: 1, joinedAt: -1 } });
    expect(await users.indexExists('guild_joined')).toBe(true);

    await users.dropIndex('guild_joined');
    expect(await indexNames(users)).toEqual(['_id_', 'email_1']);
    await users.dropIndexes();
    expect(await indexNames(users)).toEqual(['_id_']);
    expect((await rejection(users.dropIndex('_id_'))).code).toBe(72);
  });

  it('refuses a second index on the same key under another name', async () => {
    const users = database().db.collection('index_conflicts');
    await users.createIndex({ handle: 1 }, { name: 'handle_first' }, undefined);
    expect((await rejection(users.createIndex({ handle: 1 }, { name: 'handle_second' }, undefined))).code).toBe(85);
  });

  it('rejects a duplicate on a unique index with an E11000 error naming index and key', async () => {
    const db = database().db;
    const users = db.collection('unique_users');
    await users.createIndex({ email: 1 }, { unique: true }, undefined);
    await users.insertOne({ email: 'ada@example.com', name: 'Ada' });
    const error = await rejection(users.insertOne({ email: 'ada@example.com', name: 'Impostor' }));
    expect(error.code).toBe(11000);
    expect(error.message).toBe(
      `E11000 duplicate key error collection: ${db.databaseName}.unique_users index: email_1 dup key: { email: "ada@example.com" }`,
    );
    expect(error.keyPattern).toEqual({ email: 1 });
    expect(error.keyValue).toEqual({ email: 'ada@example.com' });
    expect(await users.countDocuments({ email: 'ada@example.com' })).toBe(1);
  });

  it('rejects updates and upserts that would create a duplicate, leaving the document unchanged', async () => {
    const users = database().db.collection('unique_updates');
    await users.createIndex({ handle: 1 }, { unique: true }, undefined);
    await users.insertMany([
      { handle: 'a', n: 1 },
      { handle: 'b', n: 2 },
    ]);
    expect((await rejection(users.updateOne({ handle: 'b' }, { $set: { handle: 'a', n: 20 } }))).code).toBe(11000);
    expect(await users.findOne({ n: 2 }, { projection: { _id: 0 } })).toEqual({ handle: 'b', n: 2 });
    expect((await rejection(users.updateOne({ n: 3 }, { $set: { handle: 'a' } }, { upsert: true }))).code).toBe(11000);
    expect((await rejection(users.findOneAndUpdate({ handle: 'b' }, { $set: { handle: 'a' } }))).code).toBe(11000);
    expect(await users.countDocuments({})).toBe(2);
  });

  it('enforces compound unique indexes on the combination only', async () => {
    const memberships = database().db.collection('memberships');
    await memberships.createIndex({ guildId: 1, userId: 1 }, { unique: true }, undefined);
    await memberships.insertMany([
      { guildId: 'g1', userId: 'u1' },
      { guildId: 'g1', userId: 'u2' },
      { guildId: 'g2', userId: 'u1' },
    ]);
    const error = await rejection(memberships.insertOne({ guildId: 'g1', userId: 'u1' }));
    expect(error.code).toBe(11000);
    expect(error.keyPattern).toEqual({ guildId: 1, userId: 1 });
    expect(error.keyValue).toEqual({ guildId: 'g1', userId: 'u1' });
    expect(error.message).toContain('index: guildId_1_userId_1 dup key: { guildId: "g1", userId: "u1" }');
  });

  it('treats a missing field as null on a plain unique index', async () => {
    const plain = database().db.collection('unique_missing');
    await plain.createIndex({ code: 1 }, { unique: true }, undefined);
    await plain.insertOne({ name: 'first without code' });
    const error = await rejection(plain.insertOne({ name: 'second without code' }));
    expect(error.keyValue).toEqual({ code: null });
  });

  it('enforces a partial unique index only on documents matching its filter', async () => {
    const mentors = database().db.collection('partial_mentors');
    await mentors.createIndex({ discordId: 1 }, { unique: true, partialFilterExpression: { active: true } }, undefined);
    await mentors.insertMany([
      { discordId: 'd1', active: false },
      { discordId: 'd1', active: false },
      { discordId: 'd1', active: true },
    ]);
    expect((await rejection(mentors.insertOne({ discordId: 'd1', active: true }))).code).toBe(11000);
    await mentors.insertOne({ discordId: 'd2', active: true });
    expect(await mentors.countDocuments({ discordId: 'd1' })).toBe(3);
  });

  it('enforces a sparse unique index only on documents that have the field', async () => {
    const accounts = database().db.collection('sparse_accounts');
    await accounts.createIndex({ githubLogin: 1 }, { unique: true, sparse: true }, undefined);
    await accounts.insertMany([{ name: 'no login 1' }, { name: 'no login 2' }, { githubLogin: 'octo' }]);
    expect((await rejection(accounts.insertOne({ githubLogin: 'octo' }))).code).toBe(11000);
    expect(await accounts.countDocuments({})).toBe(3);
  });

  it('indexes each array element, so a unique index forbids sharing any element', async () => {
    const aliases = database().db.collection('aliases');
    await aliases.createIndex({ names: 1 }, { unique: true }, undefined);
    await aliases.insertOne({ names: ['ada', 'countess'] });
    await aliases.insertOne({ names: ['grace', 'grace'] });
    expect((await rejection(aliases.insertOne({ names: ['linus', 'countess'] }))).code).toBe(11000);
  });

  it('fails to build a unique index over existing duplicates', async () => {
    const existing = database().db.collection('existing_duplicates');
    await existing.insertMany([{ key: 'same' }, { key: 'same' }]);
    expect((await rejection(existing.createIndex({ key: 1 }, { unique: true }, undefined))).code).toBe(11000);
    expect(await indexNames(existing)).toEqual(['_id_']);
  });
});

describe('unique indexes through mongoose', () => {
  const database = useMongooseDatabase('mongoose_indexes');

  it('builds schema indexes and raises MongoServerError 11000 on duplicates', async () => {
    const { connection } = database();
    const schema = new mongoose.Schema({ email: { type: String, unique: true }, guildId: String, userId: String });
    schema.index({ guildId: 1, userId: 1 }, { unique: true });
    const Member = connection.model('Member', schema);
    await Member.init();
    const names = await indexNames(Member.collection);
    expect(names).toEqual(expect.arrayContaining(['_id_', 'email_1', 'guildId_1_userId_1']));

    await Member.create({ email: 'a@example.com', guildId: 'g', userId: 'u1' });
    const byEmail = await Member.create({ email: 'a@example.com', guildId: 'g', userId: 'u2' }).catch(
      (error: unknown) => error,
    );
    expect(byEmail).toBeInstanceOf(mongoose.mongo.MongoServerError);
    expect((byEmail as MongoServerError).code).toBe(11000);
    expect((byEmail as MongoServerError).keyValue).toEqual({ email: 'a@example.com' });

    const byPair = await Member.create({ email: 'b@example.com', guildId: 'g', userId: 'u1' }).catch(
      (error: unknown) => error,
    );
    expect((byPair as MongoServerError).code).toBe(11000);
    expect((byPair as MongoServerError).keyPattern).toEqual({ guildId: 1, userId: 1 });
    expect(await Member.countDocuments()).toBe(1);
  });

  it('syncs indexes: creates missing ones and drops ones no longer in the schema', async () => {
    const { connection } = database();
    await connection.collection('synced').createIndex({ obsolete: 1 }, undefined, undefined);
    const Synced = connection.model('Synced', new mongoose.Schema({ handle: { type: String, index: true } }), 'synced');
    const dropped = await Synced.syncIndexes();
    expect(dropped).toEqual(['obsolete_1']);
    const names = await indexNames(Synced.collection);
    expect(names.sort()).toEqual(['_id_', 'handle_1']);
  });
});
