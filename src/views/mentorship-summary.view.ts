/** The pair's pinned summary: the agreement, commitments, milestones and state, with a Confirm button per side. */
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder, type MessageCreateOptions } from 'discord.js';
import { confirmAgreementRoute } from '../components/mentorship-space.routes.js';
import { encodeCustomId } from '../discord/custom-id.js';
import type { Translator } from '../i18n/i18n.js';
import type { Milestone, Mentorship } from '../../models/mentorship.model.js';
import { agreementKey, type MentorshipSide } from '../services/mentorship-space.service.js';
import { BRAND_COLOR } from './brand.js';
import { timestamp, userText } from './format.js';
import { formatLabel } from './labels.js';
import { memberLabel } from './mentorship-request.view.js';

const WEEK_MS = 7 * 24 * 60 * 60_000;
const ENDED_COLOR = 0x99aab5;
const CONFIRMED_COLOR = 0x57f287;
/** The goals come from the request (at most 1,000 characters); an embed field holds 1,024. */
const MAX_GOALS = 1_000;
const MAX_FIELD = 1_024;

export interface PairNames {
  mentor: string | null;
  mentee: string | null;
}

export function cadenceLabel(tr: Translator, mentorship: Pick<Mentorship, 'cadence'>): string {
  return tr.t(`mentorship.cadences.${mentorship.cadence}`);
}

function milestoneLine(tr: Translator, milestone: Milestone, number: number): string {
  const title = userText(milestone.title, 100);
  if (milestone.status === 'done') return tr.t('mentorship.summary.milestoneDone', { number, title });
  if (milestone.status === 'dropped') return tr.t('mentorship.summary.milestoneDropped', { number, title });
  return tr.t('mentorship.summary.milestoneOpen', { number, title });
}

function milestonesText(tr: Translator, mentorship: Mentorship): string {
  if (mentorship.milestones.length === 0) return tr.t('mentorship.summary.noMilestones');
  const text = mentorship.milestones.map((m, i) => milestoneLine(tr, m, i + 1)).join('\n');
  return text.length <= MAX_FIELD ? text : `${text.slice(0, MAX_FIELD - 1)}…`;
}

/** Who still has to confirm, by name: the thread and the reminder say the same. */
export function unconfirmedSides(mentorship: Mentorship): MentorshipSide[] {
  return [
    ...(mentorship.mentorConfirmedAt === null ? (['mentor'] as const) : []),
    ...(mentorship.menteeConfirmedAt === null ? (['mentee'] as const) : []),
  ];
}

function stateText(tr: Translator, mentorship: Mentorship, names: PairNames): string {
  if (mentorship.status === 'ended') {
    return tr.t('mentorship.summary.ended', { since: timestamp(mentorship.endedAt ?? mentorship.startedAt, 'D') });
  }
  const waiting = unconfirmedSides(mentorship);
  const lines: string[] = [
    waiting.length === 0
      ? tr.t('mentorship.summary.confirmedBoth')
      : tr.t('mentorship.summary.waitingFor', {
          names: tr.list(
            waiting.map((side) =>
              side === 'mentor'
                ? memberLabel(mentorship.mentorId, names.mentor)
                : memberLabel(mentorship.menteeId, names.mentee),
            ),
            'conjunction',
          ),
        }),
  ];
  if (mentorship.pausedAt)
    lines.push(tr.t('mentorship.summary.paused', { since: timestamp(mentorship.pausedAt, 'D') }));
  else if (mentorship.nextCheckInAt) {
    lines.push(tr.t('mentorship.summary.nextCheckIn', { at: timestamp(mentorship.nextCheckInAt, 'f') }));
  }
  return lines.join('\n');
}

export function expectedEnd(mentorship: Pick<Mentorship, 'startedAt' | 'expectedWeeks'>): Date {
  return new Date(mentorship.startedAt.getTime() + mentorship.expectedWeeks * WEEK_MS);
}

export function summaryEmbed(tr: Translator, mentorship: Mentorship, names: PairNames): EmbedBuilder {
  const mentor = memberLabel(mentorship.mentorId, names.mentor);
  const mentee = memberLabel(mentorship.menteeId, names.mentee);
  const cadence = cadenceLabel(tr, mentorship);
  const color =
    mentorship.status === 'ended'
      ? ENDED_COLOR
      : unconfirmedSides(mentorship).length === 0
        ? CONFIRMED_COLOR
        : BRAND_COLOR;
  return new EmbedBuilder()
    .setColor(color)
    .setTitle(
      tr.t('mentorship.summary.title', {
        mentor: userText(names.mentor ?? '', 100) || tr.t('mentorship.sides.mentor'),
        mentee: userText(names.mentee ?? '', 100) || tr.t('mentorship.sides.mentee'),
      }),
    )
    .setDescription(tr.t('mentorship.summary.description', { mentor, mentee }))
    .addFields(
      {
        name: tr.t('mentorship.summary.goals'),
        value: mentorship.goals.trim() ? userText(mentorship.goals, MAX_GOALS) : tr.t('mentorship.summary.noGoals'),
      },
      {
        name: tr.t('mentorship.summary.format'),
        value: mentorship.format ? formatLabel(tr, mentorship.format) : tr.t('mentorship.summary.noFormat'),
        inline: true,
      },
      { name: tr.t('mentorship.summary.cadence'), value: cadence, inline: true },
      {
        name: tr.t('mentorship.summary.length'),
        value: tr.t('mentorship.summary.weeks', {
          count: mentorship.expectedWeeks,
          until: timestamp(expectedEnd(mentorship), 'D'),
        }),
        inline: true,
      },
      {
        name: tr.t('mentorship.summary.commitments'),
        value: `${tr.t('mentorship.summary.mentorCommits', { cadence })}\n${tr.t('mentorship.summary.menteeCommits')}`,
      },
      { name: tr.t('mentorship.summary.milestones'), value: milestonesText(tr, mentorship) },
      { name: tr.t('mentorship.summary.state'), value: stateText(tr, mentorship, names) },
    )
    .setFooter({ text: tr.t('mentorship.summary.footer') });
}

/** One Confirm button per side that has not confirmed yet; none once both have, or after the end. */
export function confirmButtons(tr: Translator, mentorship: Mentorship): ActionRowBuilder<ButtonBuilder>[] {
  if (mentorship.status !== 'active') return [];
  const waiting = unconfirmedSides(mentorship);
  if (waiting.length === 0) return [];
  const agreement = agreementKey(mentorship);
  return [
    new ActionRowBuilder<ButtonBuilder>().addComponents(
      waiting.map((side) =>
        new ButtonBuilder()
          .setCustomId(encodeCustomId(confirmAgreementRoute, { mentorshipId: mentorship.id, side, agreement }))
          .setLabel(
            side === 'mentor' ? tr.t('mentorship.summary.confirmAsMentor') : tr.t('mentorship.summary.confirmAsMentee'),
          )
          .setStyle(ButtonStyle.Success),
      ),
    ),
  ];
}

/** The summary message: embed and buttons, mentioning nobody (the names are in an embed). */
export function mentorshipSummary(
  tr: Translator,
  mentorship: Mentorship,
  names: PairNames,
): Pick<MessageCreateOptions, 'embeds' | 'components' | 'allowedMentions'> {
  return {
    embeds: [summaryEmbed(tr, mentorship, names)],
    components: confirmButtons(tr, mentorship),
    allowedMentions: { parse: [] },
  };
}
