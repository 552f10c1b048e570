/** Per-server settings of the mentor program. A server without a document has the defaults. */
import mongoose, { Schema } from 'mongoose';
import { withReputationDefaults, type ReputationSettings } from './reputation-settings.js';

export interface GuildSettings {
  guildId: string;
  /** When on, new mentors wait for an admin's approval before members are offered them. */
  formalProgram: boolean;
  /** A Discord role every mentor gets while registered and approved, if the server set one. */
  mentorRoleId: string | null;
  /** Where admins are told about new mentor applications under the formal program, if the server set it. */
  applicationsChannelId: string | null;
  /** Days a member must wait after a mentor declined them before asking that mentor again; 0 turns it off. */
  requestCooldownDays: number;
  /** The text channel where each new mentorship gets its private thread; null: summaries go by DM only. */
  mentorshipChannelId: string | null;
  /** Guides new pairs get, as this server's admins rewrote them; null parts read the catalog's default. */
  mentorshipGuides: MentorshipGuideTexts;
  /** Days without a message or check-in answer before a pair is nudged; twice that asks "continue or end?". */
  fadingDays: number;
  /** Points, thanks limits and the leaderboard announcement channel. */
  reputation: ReputationSettings;
  /** The text or forum channel where open requests to a specialty are posted for mentors to claim. */
  openRequestsChannelId: string | null;
}

export const DEFAULT_REQUEST_COOLDOWN_DAYS = 30;

export const MENTORSHIP_GUIDES = ['mentee', 'mentor', 'challenges'] as const;
export type MentorshipGuide = (typeof MENTORSHIP_GUIDES)[number];
export type MentorshipGuideTexts = Record<MentorshipGuide, string | null>;

function withGuideDefaults(stored: Partial<MentorshipGuideTexts> | null | undefined): MentorshipGuideTexts {
  return { mentee: stored?.mentee ?? null, mentor: stored?.mentor ?? null, challenges: stored?.challenges ?? null };
}
export const DEFAULT_FADING_DAYS = 21;

const guildSettingsSchema = new Schema<GuildSettings>(
  {
    guildId: { type: String, required: true },
    formalProgram: { type: Boolean, default: false },
    mentorRoleId: { type: String, default: null },
    applicationsChannelId: { type: String, default: null },
    requestCooldownDays: { type: Number, default: DEFAULT_REQUEST_COOLDOWN_DAYS },
    mentorshipChannelId: { type: String, default: null },
    // No default: each guide is set by its own path, which a stored null would refuse.
    mentorshipGuides: { type: Schema.Types.Mixed },
    fadingDays: { type: Number, default: DEFAULT_FADING_DAYS },
    reputation: { type: Schema.Types.Mixed, default: null },
    openRequestsChannelId: { type: String, default: null },
  },
  { timestamps: true },
);
guildSettingsSchema.index({ guildId: 1 }, { unique: true });

export const GuildSettingsModel = mongoose.model<GuildSettings>('GuildSettings', guildSettingsSchema);

function defaults(guildId: string): GuildSettings {
  return {
    guildId,
    formalProgram: false,
    mentorRoleId: null,
    applicationsChannelId: null,
    requestCooldownDays: DEFAULT_REQUEST_COOLDOWN_DAYS,
    mentorshipChannelId: null,
    mentorshipGuides: withGuideDefaults(null),
    fadingDays: DEFAULT_FADING_DAYS,
    reputation: withReputationDefaults(null),
    openRequestsChannelId: null,
  };
}

/** Documents saved before a setting existed lack it; they read as its default. */
type StoredGuildSettings = Omit<GuildSettings, 'requestCooldownDays' | 'reputation' | 'fadingDays'> & {
  requestCooldownDays?: number;
  fadingDays?: number;
  reputation?: Partial<ReputationSettings> | null;
};

function toGuildSettings(doc: StoredGuildSettings): GuildSettings {
  return {
    guildId: doc.guildId,
    formalProgram: doc.formalProgram,
    mentorRoleId: doc.mentorRoleId ?? null,
    applicationsChannelId: doc.applicationsChannelId ?? null,
    requestCooldownDays: doc.requestCooldownDays ?? DEFAULT_REQUEST_COOLDOWN_DAYS,
    mentorshipChannelId: doc.mentorshipChannelId ?? null,
    mentorshipGuides: withGuideDefaults(doc.mentorshipGuides),
    fadingDays: doc.fadingDays ?? DEFAULT_FADING_DAYS,
    reputation: withReputationDefaults(doc.reputation),
    openRequestsChannelId: doc.openRequestsChannelId ?? null,
  };
}

export async function getGuildSettings(guildId: string): Promise<GuildSettings> {
  const doc = await GuildSettingsModel.findOne({ guildId }).lean<GuildSettings>();
  return doc === null ? defaults(guildId) : toGuildSettings(doc);
}

export async function updateGuildSettings(
  guildId: string,
  set: Partial<Omit<GuildSettings, 'guildId'>>,
): Promise<GuildSettings> {
  const doc = await GuildSettingsModel.findOneAndUpdate(
    { guildId },
    { $set: set },
    { upsert: true, returnDocument: 'after', setDefaultsOnInsert: true },
  ).lean<GuildSettings>();
  return toGuildSettings(doc);
}

/** Servers that announce leaderboard winners, for the rollover job. */
export async function guildsAnnouncingReputation(): Promise<string[]> {
  const docs = await GuildSettingsModel.find(
    { 'reputation.announcementChannelId': { $type: 'string' } },
    { guildId: 1 },
  ).lean<Pick<GuildSettings, 'guildId'>[]>();
  return docs.map((doc) => doc.guildId);
}

/** One guide's text for the server (null: back to the default), set alone so two admins' edits both land. */
export async function setMentorshipGuide(
  guildId: string,
  guide: MentorshipGuide,
  text: string | null,
): Promise<GuildSettings> {
  const doc = await GuildSettingsModel.findOneAndUpdate(
    { guildId },
    { $set: { [`mentorshipGuides.${guide}`]: text } },
    { upsert: true, returnDocument: 'after', setDefaultsOnInsert: true },
  ).lean<GuildSettings>();
  return toGuildSettings(doc);
}
