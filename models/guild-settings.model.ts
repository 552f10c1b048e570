/** Per-server settings of the mentor program. A server without a document has the defaults. */
import mongoose, { Schema } from 'mongoose';

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
}

export const DEFAULT_REQUEST_COOLDOWN_DAYS = 30;

const guildSettingsSchema = new Schema<GuildSettings>(
  {
    guildId: { type: String, required: true },
    formalProgram: { type: Boolean, default: false },
    mentorRoleId: { type: String, default: null },
    applicationsChannelId: { type: String, default: null },
    requestCooldownDays: { type: Number, default: DEFAULT_REQUEST_COOLDOWN_DAYS },
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
  };
}

/** Documents saved before a setting existed lack it; they read as its default. */
type StoredGuildSettings = Omit<GuildSettings, 'requestCooldownDays'> & { requestCooldownDays?: number };

function toGuildSettings(doc: StoredGuildSettings): GuildSettings {
  return {
    guildId: doc.guildId,
    formalProgram: doc.formalProgram,
    mentorRoleId: doc.mentorRoleId ?? null,
    applicationsChannelId: doc.applicationsChannelId ?? null,
    requestCooldownDays: doc.requestCooldownDays ?? DEFAULT_REQUEST_COOLDOWN_DAYS,
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
