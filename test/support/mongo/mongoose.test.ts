import mongoose from 'mongoose';
import { beforeAll, describe, expect, it } from 'vitest';
import { useMongooseDatabase } from './conformance-fixture.js';

const mentorSchema = new mongoose.Schema({
  name: { type: String, required: true },
  skills: [String],
  rating: { type: Number, min: 0, max: 5, default: 0 },
});
const sessionSchema = new mongoose.Schema(
  { mentor: { type: mongoose.Schema.Types.ObjectId, ref: 'Mentor', required: true }, topic: String, minutes: Number },
  { timestamps: true },
);

function registerModels(connection: mongoose.Connection) {
  return { Mentor: connection.model('Mentor', mentorSchema), Session: connection.model('Session', sessionSchema) };
}

describe('mongoose models', () => {
  const database = useMongooseDatabase('mongoose_models');
  let registered: ReturnType<typeof registerModels> | undefined;
  beforeAll(() => {
    registered = registerModels(database().connection);
  });
  function models(): ReturnType<typeof registerModels> {
    if (!registered) throw new Error('models are registered before the tests run');
    return registered;
  }

  it('creates, reads, updates and deletes documents', async () => {
    const { Mentor } = models();
    const ada = await Mentor.create({ name: 'Ada', skills: ['ts'] });
    expect(ada.rating).toBe(0);
    const found = await Mentor.findById(ada._id).lean();
    expect(found).toMatchObject({ name: 'Ada', skills: ['ts'], rating: 0 });

    ada.skills.push('mongodb');
    ada.rating = 4;
    await ada.save();
    expect((await Mentor.findOne({ name: 'Ada' }).lean())?.skills).toEqual(['ts', 'mongodb']);

    const updated = await Mentor.findOneAndUpdate(
      { name: 'Ada' },
      { $inc: { rating: 1 } },
      { returnDocument: 'after' },
    ).lean();
    expect(updated?.rating).toBe(5);
    expect(await Mentor.exists({ name: 'Ada' })).not.toBeNull();
    await Mentor.deleteOne({ _id: ada._id });
    expect(await Mentor.exists({ name: 'Ada' })).toBeNull();
  });

  it('validates on the client before anything reaches the server', async () => {
    const { Mentor } = models();
    await expect(Mentor.create({ name: 'Too good', rating: 9 })).rejects.toThrow(mongoose.Error.ValidationError);
    await expect(Mentor.create({ skills: ['nameless'] })).rejects.toThrow(/name/);
  });

  it('maintains timestamps and populates references', async () => {
    const { Mentor, Session } = models();
    const grace = await Mentor.create({ name: 'Grace', skills: ['cobol'] });
    const session = await Session.create({ mentor: grace._id, topic: 'compilers', minutes: 30 });
    expect(session.createdAt).toBeInstanceOf(Date);
    const before = session.updatedAt.getTime();
    await new Promise((resolve) => setTimeout(resolve, 5));
    session.minutes = 45;
    await session.save();
    expect(session.updatedAt.getTime()).toBeGreaterThan(before);

    const populated = await Session.findById(session._id).populate<{ mentor: { name: string } }>('mentor').lean();
    expect(populated?.mentor.name).toBe('Grace');
  });

  it('inserts many, writes in bulk, counts and lists distinct values', async () => {
    const { Mentor } = models();
    await Mentor.insertMany([
      { name: 'Linus', skills: ['c', 'git'], rating: 3 },
      { name: 'Margaret', skills: ['apollo'], rating: 5 },
    ]);
    const result = await Mentor.bulkWrite([
      { updateOne: { filter: { name: 'Linus' }, update: { $set: { rating: 4 } } } },
      { insertOne: { document: { name: 'Barbara', skills: ['clu'], rating: 5 } } },
      { deleteOne: { filter: { name: 'Margaret' } } },
      { updateOne: { filter: { name: 'Dennis' }, update: { $set: { skills: ['c'] } }, upsert: true } },
    ]);
    expect(result.modifiedCount).toBe(1);
    expect(result.insertedCount).toBe(1);
    expect(result.deletedCount).toBe(1);
    expect(result.upsertedCount).toBe(1);
    expect(await Mentor.countDocuments({ skills: 'c' })).toBe(2);
    expect((await Mentor.distinct('skills', { name: { $in: ['Linus', 'Dennis'] } })).sort()).toEqual(['c', 'git']);
    const top = await Mentor.find({ rating: { $gte: 4 } })
      .sort({ rating: -1, name: 1 })
      .select({ name: 1, _id: 0 })
      .lean();
    expect(top.map((mentor) => mentor.name)).toEqual(['Barbara', 'Linus']);
  });

  it('runs aggregations through the model', async () => {
    const { Mentor } = models();
    const rows = await Mentor.aggregate<{ _id: null; mentors: number }>([
      { $match: { rating: { $gte: 0 } } },
      { $group: { _id: null, mentors: { $sum: 1 } } },
    ]);
    expect(rows[0]?.mentors).toBe(await Mentor.countDocuments());
  });
});
