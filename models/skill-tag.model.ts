/**
 * The distinct skill tags mentors of a server list, with how many registered mentors list each. It exists
 * so skill autocomplete reads a small indexed collection instead of scanning mentor profiles.
 * Counts are adjusted by mentor-profile.service.ts whenever a mentor's listed skills change.
 */
import mongoose, { Schema } from 'mongoose';

export interface SkillTag {
  guildId: string;
  tag: string;
  /** Mentors (not retired) listing the tag. */
  mentorCount: number;
}

const skillTagSchema = new Schema<SkillTag>(
  {
    guildId: { type: String, required: true },
    tag: { type: String, required: true },
    mentorCount: { type: Number, default: 0 },
  },
  { timestamps: true },
);
// Serves uniqueness and prefix autocomplete: an anchored, case-sensitive regex on `tag` scans a key range.
skillTagSchema.index({ guildId: 1, tag: 1 }, { unique: true });
// Serves autocomplete before anything is typed: the most listed tags first.
skillTagSchema.index({ guildId: 1, mentorCount: -1, tag: 1 });

export const SkillTagModel = mongoose.model<SkillTag>('SkillTag', skillTagSchema);

function toSkillTag(doc: SkillTag): SkillTag {
  return { guildId: doc.guildId, tag: doc.tag, mentorCount: doc.mentorCount };
}

/** +1 for each added tag (creating it if new), -1 for each removed one, in one batch. */
export async function adjustSkillTagCounts(
  guildId: string,
  added: readonly string[],
  removed: readonly string[],
): Promise<void> {
  const operations = [
    ...added.map((tag) => ({
      updateOne: { filter: { guildId, tag }, update: { $inc: { mentorCount: 1 } }, upsert: true },
    })),
    ...removed.map((tag) => ({
      updateOne: { filter: { guildId, tag }, update: { $inc: { mentorCount: -1 } } },
    })),
  ];
  if (operations.length > 0) await SkillTagModel.bulkWrite(operations, { ordered: false });
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The query behind `findSkillTagsByPrefix`; exported so a test can explain it. */
export function skillTagsByPrefixQuery(guildId: string, prefix: string, limit: number) {
  return SkillTagModel.find({ guildId, tag: { $regex: `^${escapeRegex(prefix)}` }, mentorCount: { $gt: 0 } })
    .sort({ tag: 1 })
    .limit(limit);
}

/** Tags listed by at least one mentor that start with `prefix`, alphabetically. */
export async function findSkillTagsByPrefix(guildId: string, prefix: string, limit: number): Promise<SkillTag[]> {
  const docs = await skillTagsByPrefixQuery(guildId, prefix, limit).lean<SkillTag[]>();
  return docs.map(toSkillTag);
}

/** The query behind `findPopularSkillTags`; exported so a test can explain it. */
export function popularSkillTagsQuery(guildId: string, limit: number) {
  return SkillTagModel.find({ guildId, mentorCount: { $gt: 0 } })
    .sort({ mentorCount: -1, tag: 1 })
    .limit(limit);
}

/** The most listed tags, then alphabetically. */
export async function findPopularSkillTags(guildId: string, limit: number): Promise<SkillTag[]> {
  const docs = await popularSkillTagsQuery(guildId, limit).lean<SkillTag[]>();
  return docs.map(toSkillTag);
}
