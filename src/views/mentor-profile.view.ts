import { EmbedBuilder } from 'discord.js';
import type { Translator } from '../i18n/i18n.js';
import { languageName } from '../services/languages.js';
import type { MentorProfileView } from '../services/mentor-profile.service.js';
import type { ResponseStats } from '../services/mentor-score.js';
import { BRAND_COLOR } from './brand.js';
import { timestamp, userText } from './format.js';
import { formatLabel, specialtyLabel } from './labels.js';
import { duration } from './score-reason.view.js';
import type { SessionTotals } from '../services/reputation/session.service.js';
import { profileSessionTotals } from './session.view.js';

const STATUS_COLORS = { active: BRAND_COLOR, paused: 0xfee75c, retired: 0x99aab5 } as const;

export function mentorStatusLine(tr: Translator, view: MentorProfileView): string {
  const { profile } = view;
  if (view.effectiveStatus === 'retired') {
    return tr.t(
      profile.retiredReason === 'left-server'
        ? 'mentor.profile.statuses.leftServer'
        : 'mentor.profile.statuses.retired',
    );
  }
  if (view.effectiveStatus === 'paused') {
    return profile.pausedUntil
      ? tr.t('mentor.profile.statuses.pausedUntil', { until: timestamp(profile.pausedUntil, 'D') })
      : tr.t('mentor.profile.statuses.paused');
  }
  if (profile.approval.state === 'pending') return tr.t('mentor.profile.statuses.pending');
  if (profile.approval.state === 'rejected') return tr.t('mentor.profile.statuses.rejected');
  if (view.capacity.free === 0) return tr.t('mentor.profile.statuses.full');
  return tr.t('mentor.profile.statuses.active');
}

/**
 * Whether members can find the mentor now, and if not, every reason why and what changes it: said after
 * each profile change, so nobody believes they are listed when they are not.
 */
export function findableNote(tr: Translator, view: MentorProfileView): string {
  if (view.offered) return tr.t('standing.findable.now');
  const { profile } = view;
  // Retiring says so itself; a retired mentor saves no other change.
  if (view.effectiveStatus === 'retired') return '';
  const reasons: string[] = [];
  if (profile.approval.state === 'pending') reasons.push(tr.t('standing.findable.pending'));
  if (profile.approval.state === 'rejected') reasons.push(tr.t('standing.findable.rejected'));
  if (view.effectiveStatus === 'paused') {
    reasons.push(
      profile.pausedUntil
        ? tr.t('standing.findable.pausedUntil', { until: timestamp(profile.pausedUntil) })
        : tr.t('standing.findable.paused'),
    );
  }
  if (view.capacity.free === 0) {
    reasons.push(tr.t('standing.findable.full', { used: view.capacity.used, total: view.capacity.total }));
  }
  return tr.t('standing.findable.notNow', { reasons: reasons.join('; ') });
}

/** How often and how fast the mentor answers requests: the figures the search ranks responsiveness by. */
export function responsivenessLine(tr: Translator, stats: ResponseStats): string {
  if (stats.requestsReceived <= 0) return tr.t('requests.responsiveness.none');
  const percent = new Intl.NumberFormat(tr.locale, { style: 'percent' }).format(
    stats.requestsAnswered / stats.requestsReceived,
  );
  const rate = tr.t('requests.responsiveness.rate', {
    answered: tr.number(stats.requestsAnswered),
    count: stats.requestsReceived,
    percent,
  });
  return stats.medianResponseMinutes === null
    ? rate
    : tr.t('requests.responsiveness.usually', { rate, duration: duration(tr, stats.medianResponseMinutes) });
}

/**
 * The profile: who they help, when, and how much room they have. The member is named in text beside the
 * mention, since a Discord client that has not loaded a member shows the mention as a raw id.
 */
export function mentorProfileEmbed(
  tr: Translator,
  view: MentorProfileView,
  displayName: string,
  /** Hours mentored and people helped, from confirmed sessions; left out where the profile is only confirmed. */
  sessions?: SessionTotals,
): EmbedBuilder {
  const { profile } = view;
  const next = view.availableNow
    ? tr.t('mentor.profile.availableNow', { until: timestamp(view.nextAvailability?.end ?? new Date(), 't') })
    : view.nextAvailability
      ? `${timestamp(view.nextAvailability.start)} (${timestamp(view.nextAvailability.start, 'R')})`
      : tr.t('mentor.profile.noUpcomingHours');
  return new EmbedBuilder()
    .setColor(STATUS_COLORS[view.effectiveStatus])
    .setTitle(tr.t('mentor.profile.title', { name: userText(displayName, 200) }))
    .setDescription(
      [
        `<@${profile.userId}> (${userText(displayName, 80)})`,
        `**${userText(profile.headline, 100)}**`,
        profile.bio ? userText(profile.bio, 1_000) : null,
      ]
        .filter(Boolean)
        .join('\n\n'),
    )
    .addFields(
      {
        name: tr.t('mentor.profile.specialties'),
        value: view.specialties.map(specialtyLabel).join('\n') || tr.t('mentor.profile.none'),
        inline: true,
      },
      {
        name: tr.t('mentor.profile.skills'),
        value:
          profile.skills.length > 0 ? userText(profile.skills.join(', '), 1_000) : tr.t('mentor.profile.noneListed'),
        inline: true,
      },
      {
        name: tr.t('mentor.profile.formats'),
        value: profile.formats.map((format) => formatLabel(tr, format)).join('\n'),
        inline: true,
      },
      {
        name: tr.t('mentor.profile.localTime'),
        value: `${view.localTime.time} (${userText(profile.timezone, 60)}, UTC${view.localTime.utcOffset})`,
        inline: true,
      },
      { name: tr.t('mentor.profile.nextAvailability'), value: next, inline: true },
      {
        name: tr.t('mentor.profile.capacity'),
        value: tr.t('mentor.profile.placesUsed', {
          used: tr.number(view.capacity.used),
          total: tr.number(view.capacity.total),
        }),
        inline: true,
      },
      {
        name: tr.t('mentor.profile.languages'),
        value: tr.list(profile.languages.map((code) => languageName(code, tr.locale))),
        inline: true,
      },
      {
        name: tr.t('mentor.profile.experience'),
        value: tr.t('mentor.profile.years', { count: profile.yearsExperience }),
        inline: true,
      },
      {
        name: tr.t('mentor.profile.trackRecord'),
        value: tr.t('mentor.profile.trackRecordValue', {
          count: profile.sessionsHeld,
          reputation: tr.number(profile.reputation),
        }),
        inline: true,
      },
      {
        name: tr.t('requests.responsiveness.title'),
        value: responsivenessLine(tr, profile.responseStats),
        inline: true,
      },
      ...(sessions
        ? [{ name: tr.t('sessions.profile.field'), value: profileSessionTotals(tr, sessions), inline: true }]
        : []),
      { name: tr.t('mentor.profile.status'), value: mentorStatusLine(tr, view) },
    );
}
