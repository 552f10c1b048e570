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
import {
  REQUEST_LIFETIME_DAYS,
  REQUEST_LIFETIME_MS,
  type MentorshipRequest,
  type RequestStatus,
} from '../services/mentorship-request.service.js';
import { BRAND_COLOR } from './brand.js';
import { timestamp, userText } from './format.js';
import { BUTTON_LABELS } from './labels.js';
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
export function requestButtons(mentors: readonly { rank: number; userId: string }[]): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    mentors.map(({ rank, userId }) =>
      new ButtonBuilder()
        .setCustomId(encodeCustomId(requestMentorRoute, { mentorId: userId }))
        .setLabel(BUTTON_LABELS.requestMentor(rank))
        .setStyle(ButtonStyle.Primary),
    ),
  );
}

export function goalsModal(mentorId: string): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(encodeCustomId(requestGoalsRoute, { mentorId }))
    .setTitle('Ask for mentorship')
    .addLabelComponents(
      textField({
        id: 'goals',
        label: 'What do you want to work on together?',
        paragraph: true,
        minLength: 20,
        maxLength: 1_000,
      }),
    );
}

export function declineModal(requestId: string): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(encodeCustomId(declineReasonRoute, { requestId }))
    .setTitle('Decline the request')
    .addLabelComponents(
      textField({
        id: 'reason',
        label: 'A kind word on why (optional, they read it)',
        paragraph: true,
        maxLength: 500,
        required: false,
      }),
    );
}

function answerForMentor(request: MentorshipRequest): string {
  switch (request.status) {
    case 'pending':
      return 'Waiting for your answer.';
    case 'accepted':
      return 'You accepted this request.';
    case 'declined':
      return 'You declined this request.';
    case 'expired':
      return `This request expired: it got no answer within ${REQUEST_LIFETIME_DAYS} days.`;
    case 'withdrawn':
      return `${menteeOf(request)} withdrew this request.`;
    case 'closed':
      switch (request.closeReason) {
        case 'retired':
          return 'Closed: you retired from mentoring.';
        case 'rejected':
          return 'Closed: your mentor application was not approved.';
        case 'left':
          return 'Closed: you left the server.';
        case null:
          return 'Closed.';
      }
  }
}

/** What the mentor sees: who asks, their goals, and, while pending, the answers; afterwards, what happened. */
export function requestForMentor(request: MentorshipRequest, note = ''): ReplyPayload {
  const embed = new EmbedBuilder()
    .setColor(STATUS_COLORS[request.status])
    .setTitle('Mentorship request')
    .setDescription(
      `${menteeOf(request)} would like you to mentor them.\n\n**Their goals**\n${userText(request.goals, 1_000)}`,
    );
  if (request.status !== 'pending') {
    embed.addFields({ name: 'Answer', value: answerForMentor(request) + note });
    return { embeds: [embed], components: [] };
  }
  embed
    .setFooter({ text: `Answer within ${REQUEST_LIFETIME_DAYS} days; after that the request expires.` })
    .addFields({ name: 'Expires', value: timestamp(expiryOf(request), 'R') });
  return {
    embeds: [embed],
    components: [
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder()
          .setCustomId(encodeCustomId(acceptRequestRoute, { requestId: request.id }))
          .setLabel(BUTTON_LABELS.acceptRequest)
          .setStyle(ButtonStyle.Success),
        new ButtonBuilder()
          .setCustomId(encodeCustomId(declineRequestRoute, { requestId: request.id }))
          .setLabel(BUTTON_LABELS.declineRequest)
          .setStyle(ButtonStyle.Danger),
        new ButtonBuilder()
          .setCustomId(encodeCustomId(blockRequestRoute, { requestId: request.id }))
          .setLabel(BUTTON_LABELS.declineAndBlock)
          .setStyle(ButtonStyle.Secondary),
      ),
    ],
  };
}

/** Added to the mentor's answer when they blocked the member. */
export const BLOCKED_NOTE = '\nThey can no longer ask you; `/mentor unblock` lifts the block.';

/** What the member sees once the request is saved: whether the mentor has it already. */
export function requestSentNote(request: MentorshipRequest, mentorDm: 'sent' | 'closed-dms' | 'retrying'): string {
  const answer = `You'll get a direct message when they answer (within ${REQUEST_LIFETIME_DAYS} days); \`/me requests\` shows your requests.`;
  switch (mentorDm) {
    case 'sent':
      return `Your request is on its way to ${mentorOf(request)}. ${answer}`;
    case 'closed-dms':
      return `Your request is saved, but ${mentorOf(request)} doesn't accept direct messages; they'll see it with \`/mentor requests\`. ${answer}`;
    case 'retrying':
      return `Your request is saved; Discord didn't let me message ${mentorOf(request)} just now, so I'll keep trying. ${answer}`;
  }
}

/** The direct message a member gets about the outcome of their request. */
export function requestOutcomeForMentee(request: MentorshipRequest): string {
  const mentor = mentorOf(request);
  const elsewhere = 'Try another mentor with `/mentors find`.';
  switch (request.status) {
    case 'accepted':
      return `Good news: ${mentor} accepted your mentorship request. Say hello and agree on a first session!`;
    case 'declined':
      return (
        `${mentor} can't take your mentorship request right now.` +
        (request.declineReason ? `\nTheir note: ${userText(request.declineReason, 500)}` : '') +
        `\n${elsewhere}`
      );
    case 'expired':
      return `Your mentorship request to ${mentor} got no answer within ${REQUEST_LIFETIME_DAYS} days, so it has expired. ${elsewhere}`;
    case 'closed':
      return request.closeReason === 'left'
        ? `Your mentorship request to ${mentor} was closed: they left the server. ${elsewhere}`
        : `Your mentorship request to ${mentor} was closed: they are no longer mentoring here. ${elsewhere}`;
    case 'withdrawn':
      return `You withdrew your mentorship request to ${mentor}.`;
    case 'pending':
      return `Your request to ${mentor} is waiting for an answer.`;
  }
}

/** Told once to a mentor whose request expired unanswered. */
export function requestExpiredForMentor(request: MentorshipRequest): string {
  return `The mentorship request from ${menteeOf(request)} expired: it got no answer within ${REQUEST_LIFETIME_DAYS} days, and they have been told. If you need a break, \`/mentor pause\` keeps new requests away.`;
}

/** Above the member's refreshed list after a withdrawal. */
export function withdrawnNote(request: MentorshipRequest): string {
  return `You withdrew your request to ${mentorOf(request)}; their message now says so.\n`;
}

/** The member's own waiting requests, each with a Withdraw button numbered like the list. */
export function memberRequestsView(requests: readonly MentorshipRequest[], total: number, note = ''): ReplyPayload {
  if (requests.length === 0) {
    return {
      content: `${note}You have no requests waiting for an answer. Find a mentor with \`/mentors find\`.`,
      embeds: [],
      components: [],
    };
  }
  const lines = requests.map(
    (request, i) =>
      `**${i + 1}.** ${mentorOf(request)}, sent ${timestamp(request.createdAt, 'R')}, expires ${timestamp(expiryOf(request), 'R')}\n` +
      `> ${userText(request.goals, 200).replaceAll('\n', ' ')}`,
  );
  const embed = new EmbedBuilder()
    .setColor(BRAND_COLOR)
    .setTitle('Your requests waiting for an answer')
    .setDescription(lines.join('\n\n'));
  if (total > requests.length) embed.setFooter({ text: `${total - requests.length} more not shown.` });
  return {
    content: note,
    embeds: [embed],
    components: [
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        requests.map((request, i) =>
          new ButtonBuilder()
            .setCustomId(encodeCustomId(withdrawRequestRoute, { requestId: request.id }))
            .setLabel(BUTTON_LABELS.withdrawRequest(i + 1))
            .setStyle(ButtonStyle.Secondary),
        ),
      ),
    ],
  };
}
