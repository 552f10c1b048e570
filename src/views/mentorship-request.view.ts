import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder, ModalBuilder } from 'discord.js';
import {
  acceptRequestRoute,
  declineReasonRoute,
  declineRequestRoute,
  requestGoalsRoute,
  requestMentorRoute,
} from '../components/mentorship-request.routes.js';
import { encodeCustomId } from '../discord/custom-id.js';
import type { ReplyPayload } from '../discord/respond.js';
import {
  REQUEST_LIFETIME_DAYS,
  REQUEST_LIFETIME_MS,
  type MentorshipRequest,
} from '../services/mentorship-request.service.js';
import { BRAND_COLOR } from './brand.js';
import { timestamp, userText } from './format.js';
import { textField } from './modal-field.js';

const OUTCOME_COLORS = { pending: BRAND_COLOR, accepted: 0x57f287, declined: 0xed4245, expired: 0x99aab5 } as const;

/** One "Request" button per result, numbered like the list. */
export function requestButtons(mentors: readonly { rank: number; userId: string }[]): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    mentors.map(({ rank, userId }) =>
      new ButtonBuilder()
        .setCustomId(encodeCustomId(requestMentorRoute, { mentorId: userId }))
        .setLabel(`Request ${rank}`)
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

/** What the mentor sees: who asks, their goals, and, while pending, the two answers. */
export function requestForMentor(request: MentorshipRequest): ReplyPayload {
  const embed = new EmbedBuilder()
    .setColor(OUTCOME_COLORS[request.status])
    .setTitle('Mentorship request')
    .setDescription(
      `<@${request.menteeId}> would like you to mentor them.\n\n**Their goals**\n${userText(request.goals, 1_000)}`,
    );
  if (request.status === 'pending') {
    const expires = new Date(request.createdAt.getTime() + REQUEST_LIFETIME_MS);
    embed
      .setFooter({ text: `Answer within ${REQUEST_LIFETIME_DAYS} days; after that the request expires.` })
      .addFields({
        name: 'Expires',
        value: timestamp(expires, 'R'),
      });
    return {
      embeds: [embed],
      components: [
        new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder()
            .setCustomId(encodeCustomId(acceptRequestRoute, { requestId: request.id }))
            .setLabel('Accept')
            .setStyle(ButtonStyle.Success),
          new ButtonBuilder()
            .setCustomId(encodeCustomId(declineRequestRoute, { requestId: request.id }))
            .setLabel('Decline')
            .setStyle(ButtonStyle.Danger),
        ),
      ],
    };
  }
  const answer =
    request.status === 'expired' ? 'This request expired before you answered.' : `You ${request.status} this request.`;
  embed.addFields({ name: 'Answer', value: answer });
  return { embeds: [embed], components: [] };
}

/** What the member sees once the request is saved, and whether the mentor could be messaged. */
export function requestSentNote(request: MentorshipRequest, delivered: boolean): string {
  return delivered
    ? `Your request is on its way to <@${request.mentorId}>. You'll get a direct message when they answer (within ${REQUEST_LIFETIME_DAYS} days).`
    : `Your request is saved, but <@${request.mentorId}> doesn't accept direct messages; they'll see it with \`/mentor requests\`. You'll hear back within ${REQUEST_LIFETIME_DAYS} days.`;
}

/** The direct message a member gets about their request. */
export function requestOutcomeForMentee(request: MentorshipRequest): string {
  switch (request.status) {
    case 'accepted':
      return `Good news: <@${request.mentorId}> accepted your mentorship request. Say hello and agree on a first session!`;
    case 'declined':
      return (
        `<@${request.mentorId}> can't take your mentorship request right now.` +
        (request.declineReason ? `\nTheir note: ${userText(request.declineReason, 500)}` : '') +
        '\nTry another mentor with `/mentors find`.'
      );
    case 'expired':
      return `Your mentorship request to <@${request.mentorId}> got no answer within ${REQUEST_LIFETIME_DAYS} days, so it has expired. Try another mentor with \`/mentors find\`.`;
    case 'pending':
      return `Your request to <@${request.mentorId}> is waiting for an answer.`;
  }
}
