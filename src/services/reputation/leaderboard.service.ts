/**
 * Leaderboards and /rep, read from the counters only (an indexed page plus two range counts for the
 * caller's rank), never by aggregating the ledger per request.
 */
import { z } from 'zod';
import type { Clock } from '../../clock.js';
import {
  ALL_SPECIALTIES,
  countAhead,
  countRanked,
  findCounter,
  findCounters,
  leaderboardPage,
  type ReputationCounter,
} from '../../../models/reputation-counter.model.js';
import {
  announcementPosted,
  claimAnnouncement,
  releaseAnnouncement,
} from '../../../models/reputation-announcement.model.js';
import { recentEventsFor, type ReputationEvent } from '../../../models/reputation-event.model.js';
import { actorSchema, discordId, parseInput } from '../service-input.js';
import { getGuildSettings } from '../guild-settings.service.js';
import { resolveSpecialties } from '../specialty.service.js';
import { PERIOD_KINDS, periodKey, previousPeriod, type PeriodKind } from './periods.js';

export const LEADERBOARD_PAGE_SIZE = 10;
/** An average rating is shown once this many ratings exist: fewer would say more about luck than help. */
export const MIN_RATINGS_SHOWN = 3;
/** Winners named in a rollover announcement. */
export const ANNOUNCED_WINNERS = 3;

export interface RankedMember {
  rank: number;
  userId: string;
  points: number;
  sessions: number;
  thanks: number;
}

export interface Leaderboard {
  kind: PeriodKind;
  /** The counter key read, kept in page buttons so page 2 shows the same week after a rollover. */
  period: string;
  specialty: { slug: string; name: string } | null;
  page: number;
  pageCount: number;
  total: number;
  entries: RankedMember[];
  /** The leader's points, for the bars. */
  topPoints: number;
  /** The caller's place, null while they have no points in this period. */
  own: RankedMember | null;
}

const leaderboardSchema = z.object({
  guildId: discordId,
  userId: discordId,
  kind: z.enum(PERIOD_KINDS).default('week'),
  /** A specific counter key (from a page button); else the current period of `kind`. */
  period: z
    .string()
    .regex(/^(all|week:\d{4}-W\d{2}|month:\d{4}-\d{2})$/u)
    .nullable()
    .default(null),
  specialty: z.string().trim().max(64).nullable().default(null),
  page: z.number().int().min(1).max(999).default(1),
});

const toRanked = (counter: ReputationCounter, rank: number): RankedMember => ({
  rank,
  userId: counter.userId,
  points: counter.points,
  sessions: counter.sessions,
  thanks: counter.thanks,
});

export async function leaderboard(input: z.input<typeof leaderboardSchema>, clock: Clock): Promise<Leaderboard> {
  const parsed = parseInput(leaderboardSchema, input);
  const { guildId, userId, kind } = parsed;
  const period = parsed.period ?? periodKey(kind, clock.now());
  const [specialty] =
    parsed.specialty === null ? [] : await resolveSpecialties(guildId, [parsed.specialty], { field: 'specialty' });
  const slug = specialty?.slug ?? ALL_SPECIALTIES;
  const total = await countRanked(guildId, period, slug);
  const pageCount = Math.max(1, Math.ceil(total / LEADERBOARD_PAGE_SIZE));
  const page = Math.min(parsed.page, pageCount);
  const skip = (page - 1) * LEADERBOARD_PAGE_SIZE;
  const [rows, leader, mine] = await Promise.all([
    leaderboardPage(guildId, period, slug, skip, LEADERBOARD_PAGE_SIZE),
    page === 1 ? Promise.resolve([]) : leaderboardPage(guildId, period, slug, 0, 1),
    findCounter(guildId, period, slug, userId),
  ]);
  const own =
    mine !== null && mine.points > 0
      ? toRanked(mine, (await countAhead(guildId, period, slug, mine.points, userId)) + 1)
      : null;
  const entries = rows.map((row, i) => toRanked(row, skip + i + 1));
  return {
    kind,
    period,
    specialty: specialty ? { slug: specialty.slug, name: specialty.name } : null,
    page,
    pageCount,
    total,
    entries,
    topPoints: (leader[0] ?? rows[0])?.points ?? 0,
    own,
  };
}

export interface ReputationSummary {
  userId: string;
  points: Record<PeriodKind, number>;
  sessions: number;
  thanks: number;
  /** All-time rank, null without points. */
  rank: number | null;
  ratingCount: number;
  /** Null until MIN_RATINGS_SHOWN ratings exist. */
  averageRating: number | null;
  recent: ReputationEvent[];
  /** Whether the reader may see admin-only details: adjustment reasons and event ids. */
  detailed: boolean;
  /**
   * Whether the reader may see who gave each rating and its stars: admins only, so that a single rating
   * (and its rater) never shows through /rep, in keeping with how end feedback is revealed.
   */
  ratingsVisible: boolean;
}

const summarySchema = z.object({ guildId: discordId, actor: actorSchema, userId: discordId });

/** Points by period, sessions and thanks, the all-time rank, the average rating when fair, recent recognitions. */
export async function reputationSummary(
  input: z.input<typeof summarySchema>,
  clock: Clock,
  recentCount = 5,
): Promise<ReputationSummary> {
  const { guildId, actor, userId } = parseInput(summarySchema, input);
  const now = clock.now();
  const keys = { week: periodKey('week', now), month: periodKey('month', now), all: periodKey('all', now) };
  const [counters, recent] = await Promise.all([
    findCounters(guildId, Object.values(keys), userId),
    recentEventsFor(guildId, userId, recentCount),
  ]);
  const byPeriod = new Map(counters.map((c) => [c.period, c]));
  const all = byPeriod.get(keys.all);
  const rank =
    all !== undefined && all.points > 0
      ? (await countAhead(guildId, keys.all, ALL_SPECIALTIES, all.points, userId)) + 1
      : null;
  const ratingCount = all?.ratingCount ?? 0;
  return {
    userId,
    points: {
      week: byPeriod.get(keys.week)?.points ?? 0,
      month: byPeriod.get(keys.month)?.points ?? 0,
      all: all?.points ?? 0,
    },
    sessions: all?.sessions ?? 0,
    thanks: all?.thanks ?? 0,
    rank,
    ratingCount,
    averageRating: ratingCount >= MIN_RATINGS_SHOWN && all ? all.ratingSum / ratingCount : null,
    recent,
    detailed: actor.isAdmin || actor.userId === userId,
    ratingsVisible: actor.isAdmin,
  };
}

export interface PeriodAnnouncement {
  guildId: string;
  channelId: string;
  kind: 'week' | 'month';
  period: string;
  start: Date;
  end: Date;
  winners: RankedMember[];
}

/**
 * The finished week and month of a server not yet announced, each claimed so that only this caller posts
 * it. A period nobody earned points in is claimed and not announced. `announced()` or `failed()` must follow.
 */
export async function claimClosedPeriods(guildId: string, clock: Clock): Promise<PeriodAnnouncement[]> {
  const { reputation } = await getGuildSettings(guildId);
  const channelId = reputation.announcementChannelId;
  if (channelId === null) return [];
  const now = clock.now();
  const claimed: PeriodAnnouncement[] = [];
  for (const kind of ['week', 'month'] as const) {
    const previous = previousPeriod(kind, now);
    if (!(await claimAnnouncement(guildId, previous.key, channelId, now))) continue;
    const rows = await leaderboardPage(guildId, previous.key, ALL_SPECIALTIES, 0, ANNOUNCED_WINNERS);
    if (rows.length === 0) continue;
    claimed.push({
      guildId,
      channelId,
      kind,
      period: previous.key,
      start: previous.start,
      end: previous.end,
      winners: rows.map((row, i) => toRanked(row, i + 1)),
    });
  }
  return claimed;
}

export async function periodAnnounced(announcement: PeriodAnnouncement, messageId: string): Promise<void> {
  await announcementPosted(announcement.guildId, announcement.period, messageId);
}

/** The post failed: the claim is released, so the next run tries again. */
export async function periodAnnouncementFailed(announcement: PeriodAnnouncement): Promise<void> {
  await releaseAnnouncement(announcement.guildId, announcement.period);
}
