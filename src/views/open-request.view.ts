import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder, ModalBuilder } from 'discord.js';
import {
  claimOpenRequestRoute,
  openRequestGoalsRoute,
  withdrawOpenRequestRoute,
} from '../components/open-request.routes.js';
import { encodeCustomId } from '../discord/custom-id.js';
import type { ReplyPayload } from '../discord/respond.js';
import type { Translator } from '../i18n/i18n.js';
import { OPEN_REQUEST_LIFETIME_DAYS, type OpenRequest } from '../services/open-request.service.js';
import { BRAND_COLOR } from './brand.js';
import { timestamp, userText } from './format.js';
import { memberLabel } from './mentorship-request.view.js';
import { textField } from './modal-field.js';

const STATUS_COLORS = { open: BRAND_COLOR, claimed: 0x57f287, expired: 0x99aab5, withdrawn: 0x99aab5 } as const;

export function openRequestGoalsModal(tr: Translator, specialty: string): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(encodeCustomId(openRequestGoalsRoute, { specialty }))
    .setTitle(tr.t('openRequests.form.title'))
    .addLabelComponents(
      textField({
        id: 'goals',
        label: tr.t('openRequests.form.goals'),
        paragraph: true,
        minLength: 20,
        maxLength: 1_000,
      }),
    );
}

function stateOf(tr: Translator, request: OpenRequest): string | null {
  switch (request.status) {
    case 'open':
      return null;
    case 'claimed':
      return tr.t('openRequests.post.claimed', {
        mentor: memberLabel(request.claimedBy ?? '', request.claimedByName),
      });
    case 'expired':
      return tr.t('openRequests.post.expired', { count: OPEN_REQUEST_LIFETIME_DAYS });
    case 'withdrawn':
      return tr.t('openRequests.post.withdrawn');
  }
}

/**
 * The post mentors see in the open-requests channel, in the server's language: who asks, in what, their
 * goals and, while open, Claim (mentors) and Withdraw (the member); afterwards, what became of it.
 */
export function openRequestPost(tr: Translator, request: OpenRequest, specialtyName: string): ReplyPayload {
  const specialty = userText(specialtyName, 60);
  const embed = new EmbedBuilder()
    .setColor(STATUS_COLORS[request.status])
    .setTitle(tr.t('openRequests.post.title', { specialty }))
    .setDescription(
      `${tr.t('openRequests.post.asks', { mentee: memberLabel(request.menteeId, request.menteeName), specialty })}\n\n**${tr.t('openRequests.post.goals')}**\n${userText(request.goals, 1_000)}`,
    );
  const state = stateOf(tr, request);
  if (state !== null) {
    embed.addFields({ name: tr.t('openRequests.post.status'), value: state });
    return { embeds: [embed], components: [] };
  }
  embed
    .addFields({ name: tr.t('openRequests.post.expires'), value: timestamp(request.expiresAt, 'R') })
    .setFooter({ text: tr.t('openRequests.post.howTo') });
  return {
    embeds: [embed],
    components: [
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder()
          .setCustomId(encodeCustomId(claimOpenRequestRoute, { requestId: request.id }))
          .setLabel(tr.t('openRequests.buttons.claim'))
          .setStyle(ButtonStyle.Success),
        new ButtonBuilder()
          .setCustomId(encodeCustomId(withdrawOpenRequestRoute, { requestId: request.id }))
          .setLabel(tr.t('openRequests.buttons.withdraw'))
          .setStyle(ButtonStyle.Secondary),
      ),
    ],
  };
}

/** A forum post's title: the specialty and the member's name, within Discord's 100 characters. */
export function openRequestThreadName(tr: Translator, request: OpenRequest, specialtyName: string): string {
  const name = tr.t('openRequests.post.threadName', {
    specialty: specialtyName,
    mentee: request.menteeName ?? request.menteeId,
  });
  return name.length <= 100 ? name : `${name.slice(0, 99)}…`;
}
