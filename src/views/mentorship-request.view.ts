import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  ModalBuilder,
  type MessageCreateOptions,
} from 'discord.js';
import {
  acceptRequestRoute,
  blockRequestRoute,
  declineReasonRoute,
  declineRequestRoute,
  requestGoalsInRoute,
  requestGoalsRoute,
  requestMentorInRoute,
  requestMentorRoute,
  withdrawRequestRoute,
} from '../components/mentorship-request.routes.js';
import { encodeCustomId } from '../discord/custom-id.js';
import type { ReplyPayload } from '../discord/respond.js';
import type { Translator } from '../i18n/i18n.js';
import type { MentorSearchResult } from '../services/mentor-search.service.js';
import {
  REQUEST_LIFETIME_DAYS,
  REQUEST_LIFETIME_MS,
  UNANSWERED_BEFORE_PAUSE,
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

/** The goals form; with `guildId` when asked from a direct message, where the interaction names no server. */
export function goalsModal(tr: Translator, target: { mentorId: string; guildId?: string }): ModalBuilder {
  const { mentorId, guildId } = target;
  return new ModalBuilder()
    .setCustomId(
      guildId === undefined
        ? encodeCustomId(requestGoalsRoute, { mentorId })
        : encodeCustomId(requestGoalsInRoute, { guildId, mentorId }),
    )
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
        case 'unresponsive':
          return tr.t('requests.answers.closedUnresponsive');
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
      switch (request.closeReason) {
        case 'left':
          return `${tr.t('requests.outcome.closedLeft', { mentor })} ${elsewhere}`;
        case 'unresponsive':
          return `${tr.t('requests.outcome.closedUnresponsive', { mentor })} ${elsewhere}`;
        default:
          return `${tr.t('requests.outcome.closed', { mentor })} ${elsewhere}`;
      }
    case 'withdrawn':
      return tr.t('requests.outcome.withdrawn', { mentor });
    case 'pending':
      return tr.t('requests.outcome.pending', { mentor });
  }
}

/**
 * The member's DM about the outcome; after a decline, an expiry or a closing, with the next best mentors
 * to ask right there (their Request buttons carry the server, since a DM names none).
 */
export function outcomeDmForMentee(
  tr: Translator,
  request: MentorshipRequest,
  nextBest: readonly MentorSearchResult[],
): MessageCreateOptions {
  const outcome = requestOutcomeForMentee(tr, request);
  if (nextBest.length === 0) return { content: outcome, components: [] };
  const lines = nextBest.map((result) =>
    tr.t('requests.nextBest.line', {
      rank: result.rank,
      mentorId: result.mentor.userId,
      headline: userText(result.mentor.headline, 100),
      score: tr.number(Math.round(result.score.total)),
    }),
  );
  return {
    content: [outcome, '', tr.t('requests.nextBest.intro'), ...lines].join('\n'),
    components: [
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        nextBest.map((result) =>
          new ButtonBuilder()
            .setCustomId(
              encodeCustomId(requestMentorInRoute, { guildId: request.guildId, mentorId: result.mentor.userId }),
            )
            .setLabel(buttonLabels(tr).requestMentor(result.rank))
            .setStyle(ButtonStyle.Primary),
        ),
      ),
    ],
  };
}

/**
 * Told once to a mentor whose request expired unanswered; when that expiry paused them, how to come back.
 */
export function requestExpiredForMentor(tr: Translator, request: MentorshipRequest): string {
  if (request.pausedMentor) {
    return tr.t('requests.pausedForMentor', {
      mentee: menteeOf(request),
      count: REQUEST_LIFETIME_DAYS,
      run: tr.number(UNANSWERED_BEFORE_PAUSE),
    });
  }
  return tr.t('requests.expiredForMentor', { mentee: menteeOf(request), count: REQUEST_LIFETIME_DAYS });
}

/** The admins' notice about a mentor paused for leaving requests unanswered. */
export function mentorPausedForAdmins(tr: Translator, request: MentorshipRequest): MessageCreateOptions {
  return {
    content: tr.t('requests.pausedForAdmins', { mentor: mentorOf(request), run: tr.number(UNANSWERED_BEFORE_PAUSE) }),
  };
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
