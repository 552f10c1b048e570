import { ActionRowBuilder, ButtonBuilder, ButtonStyle, ModalBuilder, type MessageCreateOptions } from 'discord.js';
import { feedbackButtonRoute, feedbackFormRoute } from '../components/mentorship-feedback.routes.js';
import { encodeCustomId } from '../discord/custom-id.js';
import type { Translator } from '../i18n/i18n.js';
import { MAX_FEEDBACK_COMMENT, type MentorshipFeedback } from '../services/mentorship-feedback.service.js';
import type { Mentorship } from '../services/mentorship.service.js';
import { userText } from './format.js';
import { endReasonLabel } from './mentorship-lifecycle.view.js';
import { textField } from './modal-field.js';

export function feedbackButton(tr: Translator, mentorshipId: string): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(encodeCustomId(feedbackButtonRoute, { mentorshipId }))
      .setLabel(tr.t('lifecycle.feedback.button'))
      .setStyle(ButtonStyle.Primary),
  );
}

export function feedbackModal(tr: Translator, mentorshipId: string): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(encodeCustomId(feedbackFormRoute, { mentorshipId }))
    .setTitle(tr.t('lifecycle.feedback.title'))
    .addLabelComponents(
      textField({ id: 'rating', label: tr.t('lifecycle.feedback.rating'), minLength: 1, maxLength: 1 }),
      textField({
        id: 'comment',
        label: tr.t('lifecycle.feedback.comment'),
        paragraph: true,
        required: false,
        maxLength: MAX_FEEDBACK_COMMENT,
      }),
    );
}

/**
 * The DM each side gets after the end: what happened (in their words), and the private feedback form.
 * `userId` is the recipient.
 */
export function endedDirectMessage(
  tr: Translator,
  mentorship: Mentorship,
  userId: string,
  server: string,
): MessageCreateOptions {
  const other = `<@${userId === mentorship.mentorId ? mentorship.menteeId : mentorship.mentorId}>`;
  const reason = endReasonLabel(tr, mentorship.endReason ?? 'other');
  const what =
    mentorship.endReason === 'inactive'
      ? tr.t('lifecycle.end.inactive', { other, server })
      : mentorship.endedBy === userId
        ? tr.t('lifecycle.end.toEnder', { other, server, reason })
        : tr.t('lifecycle.end.toOther', { actor: other, server, reason });
  return {
    content: `${what}\n${tr.t('lifecycle.end.askFeedback', { other })}`,
    components: [feedbackButton(tr, mentorship.id)],
  };
}

/** The other side's feedback, shown to its recipient only, by DM. */
export function revealedFeedbackMessage(
  tr: Translator,
  feedback: MentorshipFeedback,
  server: string,
): MessageCreateOptions {
  const other = `<@${feedback.fromId}>`;
  return {
    content: [
      `**${tr.t('lifecycle.feedback.revealTitle', { other })}**`,
      tr.t('lifecycle.feedback.reveal', { other, server }),
      tr.t('lifecycle.feedback.ratingLine', { rating: feedback.rating }),
      feedback.comment
        ? `> ${userText(feedback.comment, 1_000).replaceAll('\n', '\n> ')}`
        : tr.t('lifecycle.feedback.noComment'),
    ].join('\n'),
  };
}
