/**
 * A mentor registration or edit in progress: `/mentor register` (or edit) collects options, the panel's
 * selects collect specialties and formats, the modal collects the free text. Keeping the draft here rather
 * than in memory means a restart between steps loses nothing; a TTL index clears abandoned ones.
 */
import mongoose, { Schema } from 'mongoose';
import type { MentorFormat } from './mentor-profile.model.js';

export const DRAFT_LIFETIME_SECONDS = 24 * 60 * 60;

export interface MentorDraft {
  guildId: string;
  userId: string;
  mode: 'register' | 'edit';
  timezone: string | null;
  capacity: number | null;
  languages: string[];
  yearsExperience: number | null;
  specialties: string[];
  formats: MentorFormat[];
  headline: string;
  bio: string;
  skills: string;
  availability: string;
  expiresAt: Date;
}

export type MentorDraftFields = Omit<MentorDraft, 'guildId' | 'userId' | 'expiresAt'>;

const mentorDraftSchema = new Schema<MentorDraft>(
  {
    guildId: { type: String, required: true },
    userId: { type: String, required: true },
    mode: { type: String, enum: ['register', 'edit'], required: true },
    timezone: { type: String, default: null },
    capacity: { type: Number, default: null },
    languages: { type: [String], default: [] },
    yearsExperience: { type: Number, default: null },
    specialties: { type: [String], default: [] },
    formats: { type: [String], default: [] },
    headline: { type: String, default: '' },
    bio: { type: String, default: '' },
    skills: { type: String, default: '' },
    availability: { type: String, default: '' },
    expiresAt: { type: Date, required: true },
  },
  { timestamps: true },
);
mentorDraftSchema.index({ guildId: 1, userId: 1 }, { unique: true });
mentorDraftSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

export const MentorDraftModel = mongoose.model<MentorDraft>('MentorDraft', mentorDraftSchema);

function toDraft(doc: MentorDraft): MentorDraft {
  return {
    guildId: doc.guildId,
    userId: doc.userId,
    mode: doc.mode,
    timezone: doc.timezone ?? null,
    capacity: doc.capacity ?? null,
    languages: [...doc.languages],
    yearsExperience: doc.yearsExperience ?? null,
    specialties: [...doc.specialties],
    formats: [...doc.formats],
    headline: doc.headline,
    bio: doc.bio,
    skills: doc.skills,
    availability: doc.availability,
    expiresAt: doc.expiresAt,
  };
}

/** Starts a draft afresh (a second `/mentor register` replaces an abandoned one). */
export async function replaceMentorDraft(
  guildId: string,
  userId: string,
  fields: MentorDraftFields,
  expiresAt: Date,
): Promise<MentorDraft> {
  const doc = await MentorDraftModel.findOneAndUpdate(
    { guildId, userId },
    { $set: { ...fields, expiresAt } },
    { upsert: true, returnDocument: 'after' },
  ).lean<MentorDraft>();
  return toDraft(doc);
}

export async function findMentorDraft(guildId: string, userId: string, now: Date): Promise<MentorDraft | null> {
  // The TTL sweep runs about once a minute; an expired draft must not be used in between.
  const doc = await MentorDraftModel.findOne({ guildId, userId, expiresAt: { $gt: now } }).lean<MentorDraft>();
  return doc ? toDraft(doc) : null;
}

export async function updateMentorDraft(
  guildId: string,
  userId: string,
  now: Date,
  fields: Partial<MentorDraftFields>,
): Promise<MentorDraft | null> {
  const doc = await MentorDraftModel.findOneAndUpdate(
    { guildId, userId, expiresAt: { $gt: now } },
    { $set: fields },
    { returnDocument: 'after' },
  ).lean<MentorDraft>();
  return doc ? toDraft(doc) : null;
}

export async function deleteMentorDraft(guildId: string, userId: string): Promise<void> {
  await MentorDraftModel.deleteOne({ guildId, userId });
}
