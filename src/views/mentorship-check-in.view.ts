import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  StringSelectMenuBuilder,
  type MessageCreateOptions,
} from 'discord.js';
import { checkInPulseRoute, checkInRatingRoute } from '../components/mentorship-check-in.routes.js';
import { encodeCustomId } from '../discord/custom-id.js';
import type { Translator } from '../i18n/i18n.js';
import {
  CHECK_IN_PULSES,
  LOW_RATING,
  type CheckInAnswerResult,
  type CheckInPulse,
  type MentorshipCheckIn,
} from '../services/mentorship-check-in.service.js';

const unix = (date: Date) => Math.floor(date.getTime() / 1000);

const PULSE_STYLES: Record<CheckInPulse, ButtonStyle> = {
  good: ButtonStyle.Success,
  ok: ButtonStyle.Secondary,
  stuck: ButtonStyle.Danger,
};

export function pulseLabel(tr: Translator, pulse: CheckInPulse): string {
  return tr.t(`lifecycle.pulses.${pulse}`);
}

/** The pulse buttons and, on a review, the 1–5 rating select; each answer is private to whoever gives it. */
function checkInControls(tr: Translator, checkIn: MentorshipCheckIn): NonNullable<MessageCreateOptions['components']> {
  const pulses = new ActionRowBuilder<ButtonBuilder>().addComponents(
    CHECK_IN_PULSES.map((pulse) =>
      new ButtonBuilder()
        .setCustomId(encodeCustomId(checkInPulseRoute, { checkInId: checkIn.id, pulse }))
        .setLabel(pulseLabel(tr, pulse))
        .setStyle(PULSE_STYLES[pulse]),
    ),
  );
  if (!checkIn.withRating) return [pulses];
  const rating = new StringSelectMenuBuilder()
    .setCustomId(encodeCustomId(checkInRatingRoute, { checkInId: checkIn.id }))
    .setPlaceholder(tr.t('lifecycle.checkIns.rate'))
    .addOptions(
      [1, 2, 3, 4, 5].map((value) => ({
        label: tr.t('lifecycle.checkIns.ratingOption', { count: value }),
        value: String(value),
      })),
    );
  return [pulses, new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(rating)];
}

function checkInText(tr: Translator, checkIn: MentorshipCheckIn, next: Date | null): string {
  return [
    `**${tr.t('lifecycle.checkIns.title', { number: checkIn.number })}**`,
    tr.t('lifecycle.checkIns.prompt', {
      mentor: `<@${checkIn.mentorId}>`,
      mentee: `<@${checkIn.menteeId}>`,
      due: unix(checkIn.dueAt),
    }),
    checkIn.withRating ? tr.t('lifecycle.checkIns.ratingAsked') : '',
    next ? tr.t('lifecycle.checkIns.next', { next: unix(next) }) : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The prompt posted in the pair's thread; it mentions (and so notifies) only the two of them. */
export function checkInThreadPost(tr: Translator, checkIn: MentorshipCheckIn, next: Date | null): MessageCreateOptions {
  return {
    content: checkInText(tr, checkIn, next),
    components: checkInControls(tr, checkIn),
    allowedMentions: { users: [checkIn.mentorId, checkIn.menteeId] },
  };
}

/** The same prompt by DM to one side, for a pair without a thread. */
export function checkInDirectMessage(
  tr: Translator,
  checkIn: MentorshipCheckIn,
  next: Date | null,
  server: string,
  otherId: string,
): MessageCreateOptions {
  return {
    content: `${tr.t('lifecycle.checkIns.dmIntro', { server, other: `<@${otherId}>` })}\n${checkInText(tr, checkIn, next)}`,
    components: checkInControls(tr, checkIn),
    allowedMentions: { parse: [] },
  };
}

/** The private answer to a pulse or a rating: thanks, and how to get help when it is hard. */
export function checkInAnswerNote(tr: Translator, result: CheckInAnswerResult, recorded: string): string {
  return [
    recorded,
    result.needsHelp ? tr.t('lifecycle.checkIns.help') : '',
    result.flagAdmins ? tr.t('lifecycle.checkIns.adminsTold') : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The notice to a formal program's admins about a pair where one side said it is stuck or rated it low. */
export function flaggedPairNotice(tr: Translator, result: CheckInAnswerResult): MessageCreateOptions {
  const { checkIn, side } = result;
  const pair = {
    mentor: `<@${checkIn.mentorId}>`,
    mentee: `<@${checkIn.menteeId}>`,
    number: checkIn.number,
    who: `<@${side === 'mentor' ? checkIn.mentorId : checkIn.menteeId}>`,
  };
  const { rating } = checkIn[side];
  const line =
    rating !== null && rating <= LOW_RATING
      ? tr.t('lifecycle.checkIns.flagLowRating', { ...pair, rating })
      : tr.t('lifecycle.checkIns.flagStuck', pair);
  return { content: `**${tr.t('lifecycle.checkIns.flagTitle')}**\n${line}`, allowedMentions: { parse: [] } };
}
