import { EmbedBuilder } from 'discord.js';
import type { Translator } from '../i18n/i18n.js';
import type { ReputationEvent } from '../services/reputation/ledger.service.js';
import type { ReputationSummary } from '../services/reputation/leaderboard.service.js';
import { MIN_RATINGS_SHOWN } from '../services/reputation/leaderboard.service.js';
import type { ReputationSettings } from '../services/reputation/settings.service.js';
import type { RingPair } from '../services/reputation/thanks.service.js';
import { userText } from './format.js';

const unix = (at: Date) => Math.floor(at.getTime() / 1000);

const KIND_KEYS = {
  session: 'reputation.kinds.session',
  thanks: 'reputation.kinds.thanks',
  feedback: 'reputation.kinds.feedback',
  adjustment: 'reputation.kinds.adjustment',
  reversal: 'reputation.kinds.reversal',
  'office-hour': 'reputation.kinds.officeHour',
} as const;

/** Points with a sign, as the locale writes numbers (halves from damped thanks included). */
export function pointsLabel(tr: Translator, points: number): string {
  return tr.t('reputation.rep.points', { points: `${points > 0 ? '+' : ''}${tr.number(points)}` });
}

/**
 * One recognition. Reasons of thanks are public (they were posted with the thanks); an admin's reasons
 * and event ids show only to the member and admins (`detailed`).
 */
function recentLine(tr: Translator, event: ReputationEvent, summary: ReputationSummary): string {
  const { detailed, ratingsVisible } = summary;
  // A single rating's stars, points and rater would reveal it: only admins see them.
  const hidden = event.kind === 'feedback' && !ratingsVisible;
  const rating = event.kind === 'feedback' && event.deltas.ratingCount > 0 && !hidden ? event.deltas.ratingSum : null;
  const showReason = event.reason !== null && (event.kind === 'thanks' || detailed);
  return [
    tr.t('reputation.rep.recentLine', {
      at: unix(event.createdAt),
      kind: tr.t(KIND_KEYS[event.kind]),
      points: hidden ? '…' : pointsLabel(tr, event.deltas.points),
      from: event.actorId === null || hidden ? '' : tr.t('reputation.rep.from', { user: event.actorId }),
    }),
    rating === null ? '' : tr.t('reputation.rep.stars', { stars: tr.number(rating) }),
    showReason ? tr.t('reputation.rep.reason', { reason: userText(event.reason ?? '', 120) }) : '',
    event.reversedBy !== null ? tr.t('reputation.rep.reversed') : '',
    detailed ? tr.t('reputation.rep.eventId', { id: event.id }) : '',
  ].join('');
}

export function reputationEmbed(tr: Translator, summary: ReputationSummary, name: string): EmbedBuilder {
  const points = (kind: 'week' | 'month' | 'all') =>
    tr.t('reputation.rep.points', { points: tr.number(summary.points[kind]) });
  const rating =
    summary.averageRating === null
      ? tr.t('reputation.rep.ratingHidden', { count: summary.ratingCount, min: MIN_RATINGS_SHOWN })
      : tr.t('reputation.rep.ratingValue', {
          count: summary.ratingCount,
          average: tr.number(Math.round(summary.averageRating * 10) / 10),
        });
  return new EmbedBuilder()
    .setTitle(tr.t('reputation.rep.title', { name: userText(name, 80) }))
    .setDescription(
      `<@${summary.userId}> · ${
        summary.rank === null ? tr.t('reputation.rep.unranked') : tr.t('reputation.rep.rank', { rank: summary.rank })
      }`,
    )
    .addFields(
      { name: tr.t('reputation.periods.week'), value: points('week'), inline: true },
      { name: tr.t('reputation.periods.month'), value: points('month'), inline: true },
      { name: tr.t('reputation.periods.all'), value: points('all'), inline: true },
      { name: tr.t('reputation.rep.sessions'), value: tr.number(summary.sessions), inline: true },
      { name: tr.t('reputation.rep.thanks'), value: tr.number(summary.thanks), inline: true },
      { name: tr.t('reputation.rep.rating'), value: rating, inline: true },
      {
        name: tr.t('reputation.rep.recent'),
        value:
          summary.recent
            .map((event) => recentLine(tr, event, summary))
            .join('\n')
            .slice(0, 1_024) || tr.t('reputation.rep.noRecent'),
      },
    );
}

export function reputationSettingsText(tr: Translator, settings: ReputationSettings): string {
  const roles = settings.roleThresholds.map((threshold) =>
    tr.t('reputation.admin.roleLine', { role: threshold.roleId, points: tr.number(threshold.points) }),
  );
  const rules = tr.t('reputation.admin.settings', {
    session: tr.number(settings.sessionPoints),
    thanks: tr.number(settings.thanksPoints),
    unrelated: tr.number(settings.thanksUnrelatedPoints),
    feedback: tr.number(settings.feedbackPointsPerStar),
    cooldown: tr.number(settings.thanksCooldownHours),
    cap: tr.number(settings.thanksDailyCap),
    days: tr.number(settings.thanksMinMemberDays),
    channel:
      settings.announcementChannelId === null
        ? tr.t('reputation.admin.noChannel')
        : tr.t('reputation.admin.channel', { channel: settings.announcementChannelId }),
  });
  return `${rules}\n${tr.t('reputation.admin.roles', { roles: roles.length > 0 ? tr.list(roles) : tr.t('reputation.admin.noRoles') })}`;
}

export function ringsText(tr: Translator, rings: readonly RingPair[], days: number): string {
  if (rings.length === 0) return tr.t('reputation.admin.noRings', { days });
  return [
    tr.t('reputation.admin.rings', { days }),
    ...rings
      .slice(0, 20)
      .map((ring) =>
        tr.t('reputation.admin.ringLine', { a: ring.a, b: ring.b, count: ring.thanks, at: unix(ring.lastAt) }),
      ),
  ].join('\n');
}
