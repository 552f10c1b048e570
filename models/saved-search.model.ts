/**
 * A `/mentors find` query kept for its page buttons: the filters do not fit in a 100-character
 * custom id, so the buttons carry this document's id and the page. A TTL index clears old ones.
 */
import mongoose, { Schema, Types } from 'mongoose';
import type { MentorFormat } from './mentor-profile.model.js';

export const SAVED_SEARCH_LIFETIME_SECONDS = 24 * 60 * 60;

export interface MentorQuery {
  specialty: string;
  skill: string | null;
  format: MentorFormat | null;
  language: string | null;
  available: 'now' | 'this-week' | null;
}

export interface SavedSearch {
  id: string;
  guildId: string;
  askerId: string;
  query: MentorQuery;
}

interface SavedSearchDoc {
  _id: Types.ObjectId;
  guildId: string;
  askerId: string;
  query: MentorQuery;
  expiresAt: Date;
}

const savedSearchSchema = new Schema<SavedSearchDoc>({
  guildId: { type: String, required: true },
  askerId: { type: String, required: true },
  query: {
    specialty: { type: String, required: true },
    skill: { type: String, default: null },
    format: { type: String, default: null },
    language: { type: String, default: null },
    available: { type: String, default: null },
  },
  expiresAt: { type: Date, required: true },
});
savedSearchSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

export const SavedSearchModel = mongoose.model<SavedSearchDoc>('SavedSearch', savedSearchSchema);

/**
 * One insert per search, so it goes to the driver directly: the query was validated by the search, and
 * mongoose's document machinery would cost more than the insert itself.
 */
export async function saveSearch(
  guildId: string,
  askerId: string,
  query: MentorQuery,
  now: Date,
): Promise<SavedSearch> {
  const doc: SavedSearchDoc = {
    _id: new Types.ObjectId(),
    guildId,
    askerId,
    query: {
      specialty: query.specialty,
      skill: query.skill,
      format: query.format,
      language: query.language,
      available: query.available,
    },
    expiresAt: new Date(now.getTime() + SAVED_SEARCH_LIFETIME_SECONDS * 1000),
  };
  await SavedSearchModel.collection.insertOne(doc);
  return { id: doc._id.toHexString(), guildId, askerId, query };
}

/** By id (the primary key); an expired search is gone even before the TTL sweep removes it. */
export async function findSavedSearch(id: string, now: Date): Promise<SavedSearch | null> {
  const doc = await SavedSearchModel.findOne({
    _id: new Types.ObjectId(id),
    expiresAt: { $gt: now },
  }).lean<SavedSearchDoc>();
  return doc ? { id, guildId: doc.guildId, askerId: doc.askerId, query: doc.query } : null;
}
