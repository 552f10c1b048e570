import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder, ModalBuilder } from 'discord.js';
import {
  acceptRequestRoute,
  blockRequestRoute,
  declineReasonRoute,
  declineRequestRoute,
  requestGoalsRoute,
  requestMentorRoute,
  withdrawRequestRoute,
} from '../components/mentorship-request.routes.js';
import { encodeCustomId } from '../discord/custom-id.js';
import type { ReplyPayload } from '../discord/respond.js';
import type { Translator } from '../i18n/i18n.js';
import {
  REQUEST_LIFETIME_DAYS,
  REQUEST_LIFETIME_MS,
  type MentorshipRequest,
  type RequestStatus,
} from '../services/mentorship-request.service.js';
import { BRAND_COLOR } from './brand.js';
import { timestamp, userText } from './format.js';
import { buttonLabels } from './labels.js';
import { textField } from './modal-field.js';

const STATUS_COLORS: Record<RequestStatus, number> = {
  pending: BRAND_COLOR,
  accepted: 0x57f287,
  declined: 0xed4245,
  expired: 0x99aab5,
  withdrawn: 0x99aab5,
  closed: 0x99aab5,
};

/**
 * A member as text: their display name beside the mention, since Discord clients show a mention of a
 * member they have not loaded as a raw id.
 */
export function memberLabel(userId: string, name: string | null): string {
  return name ? `**${userText(name, 64)}** (<@${userId}>)` : `<@${userId}>`;
}

const menteeOf = (request: MentorshipRequest) => memberLabel(request.menteeId, request.menteeName);
const mentorOf = (request: MentorshipRequest) => memberLabel(request.mentorId, request.mentorName);
const expiryOf = (request: MentorshipRequest) => new Date(request.createdAt.getTime() + REQUEST_LIFETIME_MS);

/** One "Request" button per result, numbered like the list. */
export function requestButtons(
  tr: Translator,
  mentors: readonly { rank: number; userId: string }[],
): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    mentors.map(({ rank, userId }) =>
      new ButtonBuilder()
        .setCustomId(encodeCustomId(requestMentorRoute, { mentorId: userId }))
        .setLabel(buttonLabels(tr).requestMentor(rank))
        .setStyle(ButtonStyle.Primary),
    ),
  );
}

export function goalsModal(tr: Translator, mentorId: string): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(encodeCustomId(requestGoalsRoute, { mentorId }))
    .setTitle(tr.t('requests.goalsForm.title'))
    .addLabelComponents(
      textField({
        id: 'goals',
        label: tr.t('requests.goalsForm.goals'),
        paragraph: true,
        minLength: 20,
        maxLength: 1_000,
      }),
    );
}

export function declineModal(tr: Translator, requestId: string): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(encodeCustomId(declineReasonRoute, { requestId }))
    .setTitle(tr.t('requests.declineForm.title'))
    .addLabelComponents(
      textField({
        id: 'reason',
        label: tr.t('requests.declineForm.reason'),
        paragraph: true,
        maxLength: 500,
        required: false,
      }),
    );
}

function answerForMentor(tr: Translator, request: MentorshipRequest): string {
  switch (request.status) {
    case 'pending':
      return tr.t('requests.answers.pending');
    case 'accepted':
      return tr.t('requests.answers.accepted');
    case 'declined':
      return tr.t('requests.answers.declined');
    case 'expired':
      return tr.t('requests.answers.expired', { count: REQUEST_LIFETIME_DAYS });
    case 'withdrawn':
      return tr.t('requests.answers.withdrawn', { mentee: menteeOf(request) });
    case 'closed':
      switch (request.closeReason) {
        case 'retired':
          return tr.t('requests.answers.closedRetired');
        case 'rejected':
          return tr.t('requests.answers.closedRejected');
        case 'left':
          return tr.t('requests.answers.closedLeft');
        case null:
          return tr.t('requests.answers.closed');
      }
  }
}

/**
 * What the mentor sees: who asks, their goals, and, while pending, the answers; afterwards, what happened.
 * `blocked`: the mentor also blocked the member, and is told how to lift it.
 */
export function requestForMentor(tr: Translator, request: MentorshipRequest, blocked = false): ReplyPayload {
  const embed = new EmbedBuilder()
    .setColor(STATUS_COLORS[request.status])
    .setTitle(tr.t('requests.forMentor.title'))
    .setDescription(
      `${tr.t('requests.forMentor.asks', { mentee: menteeOf(request) })}\n\n**${tr.t('requests.forMentor.goals')}**\n${userText(request.goals, 1_000)}`,
    );
  if (request.status !== 'pending') {
    const answer = answerForMentor(tr, request);
    embed.addFields({
      name: tr.t('requests.forMentor.answer'),
      value: blocked ? `${answer}\n${tr.t('requests.forMentor.blockedNote')}` : answer,
    });
    return { embeds: [embed], components: [] };
  }
  embed
    .setFooter({ text: tr.t('requests.forMentor.answerWithin', { count: REQUEST_LIFETIME_DAYS }) })
    .addFields({ name: tr.t('requests.forMentor.expires'), value: timestamp(expiryOf(request), 'R') });
  return {
    embeds: [embed],
    components: [
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder()
          .setCustomId(encodeCustomId(acceptRequestRoute, { requestId: request.id }))
          .setLabel(buttonLabels(tr).acceptRequest)
          .setStyle(ButtonStyle.Success),
        new ButtonBuilder()
          .setCustomId(encodeCustomId(declineRequestRoute, { requestId: request.id }))
          .setLabel(buttonLabels(tr).declineRequest)
          .setStyle(ButtonStyle.Danger),
        new ButtonBuilder()
          .setCustomId(encodeCustomId(blockRequestRoute, { requestId: request.id }))
          .setLabel(buttonLabels(tr).declineAndBlock)
          .setStyle(ButtonStyle.Secondary),
      ),
    ],
  };
}

/** What the member sees once the request is saved: whether the mentor has it already. */
export function requestSentNote(
  tr: Translator,
  request: MentorshipRequest,
  mentorDm: 'sent' | 'closed-dms' | 'retrying',
): string {
  const mentor = mentorOf(request);
  const answer = tr.t('requests.sent.answerLater', { count: REQUEST_LIFETIME_DAYS });
  switch (mentorDm) {
    case 'sent':
      return `${tr.t('requests.sent.delivered', { mentor })} ${answer}`;
    case 'closed-dms':
      return `${tr.t('requests.sent.closedDms', { mentor })} ${answer}`;
    case 'retrying':
      return `${tr.t('requests.sent.retrying', { mentor })} ${answer}`;
  }
}

/** The direct message a member gets about the outcome of their request. */
export function requestOutcomeForMentee(tr: Translator, request: MentorshipRequest): string {
  const mentor = mentorOf(request);
  const elsewhere = tr.t('requests.outcome.elsewhere');
  switch (request.status) {
    case 'accepted':
      return tr.t('requests.outcome.accepted', { mentor });
    case 'declined':
      return [
        tr.t('requests.outcome.declined', { mentor }),
        ...(request.declineReason
          ? [tr.t('requests.outcome.declineNote', { reason: userText(request.declineReason, 500) })]
          : []),
        elsewhere,
      ].join('\n');
    case 'expired':
      return `${tr.t('requests.outcome.expired', { mentor, count: REQUEST_LIFETIME_DAYS })} ${elsewhere}`;
    case 'closed':
      return request.closeReason === 'left'
        ? `${tr.t('requests.outcome.closedLeft', { mentor })} ${elsewhere}`
        : `${tr.t('requests.outcome.closed', { mentor })} ${elsewhere}`;
    case 'withdrawn':
      return tr.t('requests.outcome.withdrawn', { mentor });
    case 'pending':
      return tr.t('requests.outcome.pending', { mentor });
  }
}

/** Told once to a mentor whose request expired unanswered. */
export function requestExpiredForMentor(tr: Translator, request: MentorshipRequest): string {
  return tr.t('requests.expiredForMentor', { mentee: menteeOf(request), count: REQUEST_LIFETIME_DAYS });
}

/** Above the member's refreshed list after a withdrawal. */
export function withdrawnNote(tr: Translator, request: MentorshipRequest): string {
  return `${tr.t('requests.withdrawnNote', { mentor: mentorOf(request) })}\n`;
}

/** The member's own waiting requests, each with a Withdraw button numbered like the list. */
export function memberRequestsView(
  tr: Translator,
  requests: readonly MentorshipRequest[],
  total: number,
  note = '',
): ReplyPayload {
  if (requests.length === 0) {
    return { content: `${note}${tr.t('requests.mine.none')}`, embeds: [], components: [] };
  }
  const lines = requests.map(
    (request, i) =>
      tr.t('requests.mine.line', {
        position: i + 1,
        mentor: mentorOf(request),
        sent: timestamp(request.createdAt, 'R'),
        expires: timestamp(expiryOf(request), 'R'),
      }) + `\n> ${userText(request.goals, 200).replaceAll('\n', ' ')}`,
  );
  const embed = new EmbedBuilder()
    .setColor(BRAND_COLOR)
    .setTitle(tr.t('requests.mine.title'))
    .setDescription(lines.join('\n\n'));
  if (total > requests.length) {
    embed.setFooter({ text: tr.t('requests.mine.more', { count: total - requests.length }) });
  }
  return {
    content: note,
    embeds: [embed],
    components: [
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        requests.map((request, i) =>
          new ButtonBuilder()
            .setCustomId(encodeCustomId(withdrawRequestRoute, { requestId: request.id }))
            .setLabel(buttonLabels(tr).withdrawRequest(i + 1))
            .setStyle(ButtonStyle.Secondary),
        ),
      ),
    ],
  };
}
