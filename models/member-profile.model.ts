/**
 * What the bot remembers about any member for matching: their time zone and, if they gave them, the hours
 * they can meet. Mentor-specific data lives in mentor-profile.model.ts.
 */
import mongoose, { Schema } from 'mongoose';
import type { AvailabilityWindow } from './availability-window.js';
import { MEMBER_CHANGES, recordEveryChange } from './mentor-directory.model.js';

export interface MemberProfile {
  guildId: string;
  userId: string;
  /** IANA zone, or null until the member sets one. */
  timezone: string | null;
  /** Weekly windows in `timezone`; empty means "not given". */
  availability: AvailabilityWindow[];
}

const windowSchema = new Schema<AvailabilityWindow>(
  {
    day: { type: String, required: true },
    start: { type: String, required: true },
    end: { type: String, required: true },
  },
  { _id: false },
);

const memberProfileSchema = new Schema<MemberProfile>(
  {
    guildId: { type: String, required: true },
    userId: { type: String, required: true },
    timezone: { type: String, default: null },
    availability: { type: [windowSchema], default: [] },
  },
  { timestamps: true },
);
memberProfileSchema.index({ guildId: 1, userId: 1 }, { unique: true });
// The mentor search keeps this in memory in every process; each write tells them what changed.
recordEveryChange(memberProfileSchema, MEMBER_CHANGES);

export const MemberProfileModel = mongoose.model<MemberProfile>('MemberProfile', memberProfileSchema);

function toMemberProfile(doc: MemberProfile): MemberProfile {
  return {
    guildId: doc.guildId,
    userId: doc.userId,
    timezone: doc.timezone ?? null,
    availability: doc.availability.map(({ day, start, end }) => ({ day, start, end })),
  };
}

export async function findMemberProfile(guildId: string, userId: string): Promise<MemberProfile | null> {
  const doc = await MemberProfileModel.findOne({ guildId, userId }).lean<MemberProfile>();
  return doc === null ? null : toMemberProfile(doc);
}

/** Creates the profile if needed and applies `set`; one atomic upsert against the unique index. */
export async function upsertMemberProfile(
  guildId: string,
  userId: string,
  set: Partial<Pick<MemberProfile, 'timezone' | 'availability'>>,
): Promise<MemberProfile> {
  const doc = await MemberProfileModel.findOneAndUpdate(
    { guildId, userId },
    { $set: set },
    { upsert: true, returnDocument: 'after', setDefaultsOnInsert: true },
  ).lean<MemberProfile>();
  return toMemberProfile(doc);
}
