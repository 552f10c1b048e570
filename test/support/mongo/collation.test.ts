/**
 * Case-insensitive names through collations: `{ locale, strength: 2 }` on queries, sorts, counts,
 * unique indexes and as a collection's default.
 * https://www.mongodb.com/docs/manual/reference/collation/
 * https://www.mongodb.com/docs/manual/core/index-case-insensitive/
 */
import { MongoServerError } from 'mongodb';
import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { indexScans, isCollectionScan } from './explain-inspection.js';
import { listIndexes, useDriverDatabase, useMongooseDatabase } from './conformance-fixture.js';

const caseInsensitive = { locale: 'en', strength: 2 };

describe('collations', () => {
  const database = useDriverDatabase('collation');

  it('finds, counts and deletes case-insensitively only when the statement asks for it', async () => {
    const names = database().db.collection('names');
    await names.insertMany([{ name: 'Alice' }, { name: 'alice' }, { name: 'Bob' }, { name: 'Élise' }]);
    expect(await names.countDocuments({ name: 'ALICE' })).toBe(0);
    expect(await names.countDocuments({ name: 'ALICE' }, { collation: caseInsensitive })).toBe(2);
    expect(await names.countDocuments({ name: 'elise' }, { collation: caseInsensitive })).toBe(0);
    expect(await names.countDocuments({ name: 'elise' }, { collation: { locale: 'en', strength: 1 } })).toBe(1);
    expect(await names.countDocuments({ name: { $in: ['BOB', 'nobody'] } }, { collation: caseInsensitive })).toBe(1);
    expect(await names.distinct('name', { name: { $ne: 'bob' } }, { collation: caseInsensitive })).toHaveLength(2);
    const updated = await names.updateMany({ name: 'alice' }, { $set: { seen: true } }, { collation: caseInsensitive });
    expect(updated.modifiedCount).toBe(2);
    expect((await names.deleteOne({ name: 'BOB' }, { collation: caseInsensitive })).deletedCount).toBe(1);
  });

  it('sorts in the locale order instead of by code point', async () => {
    const words = database().db.collection('words');
    await words.insertMany([{ w: 'b' }, { w: 'C' }, { w: 'a' }]);
    const binary = await words.find({}).sort({ w: 1 }).toArray();
    expect(binary.map((doc) => String(doc.w))).toEqual(['C', 'a', 'b']);
    const english = await words.find({}).sort({ w: 1 }).collation(caseInsensitive).toArray();
    expect(english.map((doc) => String(doc.w))).toEqual(['a', 'b', 'C']);
    const aggregated = await words.aggregate([{ $sort: { w: -1 } }], { collation: caseInsensitive }).toArray();
    expect(aggregated.map((doc) => String(doc.w))).toEqual(['C', 'b', 'a']);
  });

  it('enforces a unique index case-insensitively and uses it for queries with the same collation', async () => {
    const people = database().db.collection('people');
    await people.createIndex({ name: 1 }, { unique: true, collation: caseInsensitive }, undefined);
    await people.insertOne({ name: 'Grace' });
    const duplicate = await people.insertOne({ name: 'GRACE' }).catch((error: unknown) => error);
    expect(duplicate).toBeInstanceOf(MongoServerError);
    expect((duplicate as MongoServerError).code).toBe(11000);
    await people.insertOne({ name: 'Gracie' });

    const [, index] = await listIndexes(people);
    expect(index).toMatchObject({ name: 'name_1', unique: true, collation: { locale: 'en', strength: 2 } });

    const withCollation: unknown = await people
      .find({ name: 'grace' })
      .collation(caseInsensitive)
      .explain('queryPlanner');
    expect(indexScans(withCollation).map((scan) => scan.indexName)).toEqual(['name_1']);
    const withoutCollation: unknown = await people.find({ name: 'grace' }).explain('queryPlanner');
    expect(isCollectionScan(withoutCollation)).toBe(true);
  });

  it('applies a collection default collation to queries and indexes that name none', async () => {
    const db = database().db;
    await db.createCollection('handles', { collation: caseInsensitive });
    const handles = db.collection('handles');
    await handles.createIndex({ handle: 1 }, { unique: true }, undefined);
    await handles.insertOne({ handle: 'Mentor' });
    expect(await handles.countDocuments({ handle: 'MENTOR' })).toBe(1);
    expect(await handles.countDocuments({ handle: 'MENTOR' }, { collation: { locale: 'simple' } })).toBe(0);
    const duplicate = await handles.insertOne({ handle: 'mentor' }).catch((error: unknown) => error);
    expect((duplicate as MongoServerError).code).toBe(11000);
  });
});

const specialtySchema = new mongoose.Schema({ guildId: String, name: String });
specialtySchema.index({ guildId: 1, name: 1 }, { unique: true, collation: caseInsensitive });

describe('collations through mongoose', () => {
  const database = useMongooseDatabase('collation_mongoose');

  it('keeps names unique per guild regardless of case and finds them with .collation()', async () => {
    const Specialty = database().connection.model('Specialty', specialtySchema);
    await Specialty.init();
    await Specialty.create({ guildId: 'g1', name: 'Backend' });
    await Specialty.create({ guildId: 'g2', name: 'BACKEND' });
    const duplicate = await Specialty.create({ guildId: 'g1', name: 'backend' }).catch((error: unknown) => error);
    expect((duplicate as { code?: number }).code).toBe(11000);
    const found = await Specialty.findOne({ guildId: 'g1', name: 'BackEnd' }).collation(caseInsensitive).lean();
    expect(found?.name).toBe('Backend');
  });
});
