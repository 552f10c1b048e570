import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  StringSelectMenuBuilder,
  type MessageCreateOptions,
} from 'discord.js';
import {
  continueMentorshipRoute,
  endQuietMentorshipRoute,
  endReasonRoute,
} from '../components/mentorship-lifecycle.routes.js';
import { encodeCustomId } from '../discord/custom-id.js';
import type { ReplyPayload } from '../discord/respond.js';
import type { Translator } from '../i18n/i18n.js';
import type { FadingStep } from '../services/mentorship-fading.service.js';
import { MEMBER_END_REASONS, type MentorshipEndReason } from '../services/mentorship-lifecycle.service.js';
import type { Mentorship } from '../services/mentorship.service.js';

const unix = (date: Date) => Math.floor(date.getTime() / 1000);

const REASON_KEYS = {
  completed: 'lifecycle.reasons.completed',
  'goals-changed': 'lifecycle.reasons.goalsChanged',
  'no-time': 'lifecycle.reasons.noTime',
  'no-response': 'lifecycle.reasons.noResponse',
  mismatch: 'lifecycle.reasons.mismatch',
  other: 'lifecycle.reasons.other',
  inactive: 'lifecycle.reasons.inactive',
} as const satisfies Record<MentorshipEndReason, string>;

export function endReasonLabel(tr: Translator, reason: MentorshipEndReason): string {
  return tr.t(REASON_KEYS[reason]);
}

/** The Continue / End it buttons of a fading pair's question and warning. */
function fadingButtons(tr: Translator, mentorshipId: string): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(encodeCustomId(continueMentorshipRoute, { mentorshipId }))
      .setLabel(tr.t('lifecycle.fading.continue'))
      .setStyle(ButtonStyle.Success),
    new ButtonBuilder()
      .setCustomId(encodeCustomId(endQuietMentorshipRoute, { mentorshipId }))
      .setLabel(tr.t('lifecycle.fading.end'))
      .setStyle(ButtonStyle.Secondary),
  );
}

/** A fading step's message to the pair: a nudge, "continue or end?", or the warning before the end. */
export function fadingMessage(
  tr: Translator,
  mentorship: Mentorship,
  step: FadingStep,
  endsAt: Date,
): MessageCreateOptions {
  const pair = {
    mentor: `<@${mentorship.mentorId}>`,
    mentee: `<@${mentorship.menteeId}>`,
    since: unix(mentorship.lastActivityAt),
  };
  if (step === 'nudge') return { content: tr.t('lifecycle.fading.nudge', pair) };
  const content =
    step === 'ask'
      ? tr.t('lifecycle.fading.ask', pair)
      : tr.t('lifecycle.fading.warn', { ...pair, ends: unix(endsAt) });
  return { content, components: [fadingButtons(tr, mentorship.id)] };
}

/** After "End it": the reasons to pick from, privately. */
export function endReasonPicker(tr: Translator, mentorshipId: string): ReplyPayload {
  const select = new StringSelectMenuBuilder()
    .setCustomId(encodeCustomId(endReasonRoute, { mentorshipId }))
    .setPlaceholder(tr.t('lifecycle.fading.reasonPlaceholder'))
    .addOptions(MEMBER_END_REASONS.map((reason) => ({ label: endReasonLabel(tr, reason), value: reason })));
  return {
    content: tr.t('lifecycle.fading.pickReason'),
    components: [new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(select)],
  };
}
