/**
 * A server's reputation rules, stored inside its guild settings: what each kind of recognition is worth
 * and the limits on thanks. A value type the guild settings model stores and the reputation services read.
 */
export interface ReputationSettings {
  /** Points a mentor earns for a session the other side confirmed. */
  sessionPoints: number;
  /** Points for a thanks between members who share a mentorship or a confirmed session. */
  thanksPoints: number;
  /** Points for a thanks between members with nothing in common yet: easier to farm, so worth less. */
  thanksUnrelatedPoints: number;
  /** Points per star above two of an end-of-mentorship rating (5 stars: 3 times this; 1 or 2 stars: none). */
  feedbackPointsPerStar: number;
  /** Hours before the same member may thank the same member again. */
  thanksCooldownHours: number;
  /** Thanks one member may give in 24 hours. */
  thanksDailyCap: number;
  /** Days a member must have been on the server before their thanks count. */
  thanksMinMemberDays: number;
  /** Where the top members of each finished week and month are announced; null: not announced. */
  announcementChannelId: string | null;
  /** Roles members hold while their all-time points reach the threshold, granted and removed by the bot. */
  roleThresholds: ReputationRoleThreshold[];
}

export interface ReputationRoleThreshold {
  roleId: string;
  points: number;
}

export const DEFAULT_REPUTATION_SETTINGS: ReputationSettings = {
  sessionPoints: 10,
  thanksPoints: 3,
  thanksUnrelatedPoints: 1,
  feedbackPointsPerStar: 2,
  thanksCooldownHours: 24,
  thanksDailyCap: 5,
  thanksMinMemberDays: 7,
  announcementChannelId: null,
  roleThresholds: [],
};

/** Settings saved before a rule existed read as its default. */
export function withReputationDefaults(stored: Partial<ReputationSettings> | null | undefined): ReputationSettings {
  const settings = { ...DEFAULT_REPUTATION_SETTINGS };
  for (const key of Object.keys(settings) as (keyof ReputationSettings)[]) {
    const value = stored?.[key];
    if (value !== undefined) Object.assign(settings, { [key]: value });
  }
  return settings;
}
