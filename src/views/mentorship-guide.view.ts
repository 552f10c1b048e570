/** The guides each side gets at the start, and the DMs that carry them. */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  ModalBuilder,
  type MessageCreateOptions,
} from 'discord.js';
import { editGuideRoute, guideTextRoute } from '../components/mentorship-space.routes.js';
import { encodeCustomId } from '../discord/custom-id.js';
import type { ReplyPayload } from '../discord/respond.js';
import type { Translator } from '../i18n/i18n.js';
import { DEFAULT_CADENCE, DEFAULT_EXPECTED_WEEKS, type Mentorship } from '../../models/mentorship.model.js';
import type { MentorshipSide } from '../services/mentorship-space.service.js';
import {
  MAX_GUIDE_LENGTH,
  type MentorshipGuide,
  type MentorshipGuideTexts,
} from '../services/mentorship-space-settings.service.js';
import { BRAND_COLOR } from './brand.js';
import { userText } from './format.js';
import { formatLabel } from './labels.js';
import { memberLabel } from './mentorship-request.view.js';
import { textField } from './modal-field.js';
import { cadenceLabel, mentorshipSummary, type PairNames } from './mentorship-summary.view.js';

/** The default text of one guide in the reader's language, for this pair (the challenges name their terms). */
export function defaultGuideText(tr: Translator, guide: keyof MentorshipGuideTexts, mentorship: Mentorship): string {
  if (guide === 'mentee') return tr.t('mentorship.guides.mentee');
  if (guide === 'mentor') return tr.t('mentorship.guides.mentor');
  return tr.t('mentorship.guides.challenges', {
    cadence: cadenceLabel(tr, mentorship),
    format: mentorship.format ? formatLabel(tr, mentorship.format) : tr.t('mentorship.summary.noFormat'),
    weeks: tr.number(mentorship.expectedWeeks),
    halfway: tr.number(Math.ceil(mentorship.expectedWeeks / 2)),
  });
}

function guideText(
  tr: Translator,
  guide: keyof MentorshipGuideTexts,
  mentorship: Mentorship,
  overrides: MentorshipGuideTexts,
): string {
  const override = overrides[guide];
  // An admin's text is shown as text: escaped, so it can carry no masked link or mention formatting.
  return override === null ? defaultGuideText(tr, guide, mentorship) : userText(override, MAX_GUIDE_LENGTH);
}

/** The guide for one side: how to be a good mentee, or what makes a good mentor, then the common challenges. */
export function guideEmbed(
  tr: Translator,
  side: MentorshipSide,
  mentorship: Mentorship,
  overrides: MentorshipGuideTexts,
): EmbedBuilder {
  const title = side === 'mentee' ? tr.t('mentorship.guides.menteeTitle') : tr.t('mentorship.guides.mentorTitle');
  return new EmbedBuilder()
    .setColor(BRAND_COLOR)
    .setTitle(title)
    .setDescription(guideText(tr, side, mentorship, overrides))
    .addFields({
      name: tr.t('mentorship.guides.challengesTitle'),
      value: guideText(tr, 'challenges', mentorship, overrides).slice(0, 1_024),
    });
}

export interface WelcomeInput {
  side: MentorshipSide;
  mentorship: Mentorship;
  names: PairNames;
  server: string;
  threadId: string | null;
  overrides: MentorshipGuideTexts;
}

/**
 * The DM each side gets when the mentorship starts: where to meet and their guide; without a thread, the
 * summary and the Confirm buttons come along, so the pair can still confirm.
 */
export function welcomeDirectMessage(tr: Translator, input: WelcomeInput): MessageCreateOptions {
  const { side, mentorship, names, threadId } = input;
  const other =
    side === 'mentor' ? memberLabel(mentorship.menteeId, names.mentee) : memberLabel(mentorship.mentorId, names.mentor);
  const server = userText(input.server, 100);
  const guide = guideEmbed(tr, side, mentorship, input.overrides);
  if (threadId !== null) {
    return {
      content: tr.t('mentorship.dm.startedInThread', { other, server, thread: threadId }),
      embeds: [guide],
      allowedMentions: { parse: [] },
    };
  }
  const summary = mentorshipSummary(tr, mentorship, names);
  return {
    content: tr.t('mentorship.dm.startedWithoutThread', { other, server }),
    embeds: [...(summary.embeds ?? []), guide],
    components: summary.components ?? [],
    allowedMentions: { parse: [] },
  };
}

/** A neutral agreement to show the default guides to an admin: the defaults of a new mentorship. */
function sampleMentorship(): Mentorship {
  const now = new Date(0);
  return {
    id: '000000000000000000000000',
    guildId: '0',
    mentorId: '0',
    menteeId: '0',
    requestId: '',
    status: 'active',
    startedAt: now,
    endedAt: null,
    goals: '',
    format: 'one-on-one',
    cadence: DEFAULT_CADENCE,
    expectedWeeks: DEFAULT_EXPECTED_WEEKS,
    mentorConfirmedAt: null,
    menteeConfirmedAt: null,
    milestones: [],
    space: {
      parentChannelId: null,
      threadId: null,
      summaryMessageId: null,
      problem: null,
      delivered: [],
      openedAt: null,
    },
    pausedAt: null,
    pausedBy: null,
    nextCheckInAt: null,
    checkInsSent: 0,
    lastActivityAt: now,
    fadingStage: 'none',
    endedBy: null,
    endReason: null,
  };
}

/** The text an admin starts editing from: the server's own, else the default in the admin's language. */
export function guideTextForEditing(tr: Translator, guide: MentorshipGuide, overrides: MentorshipGuideTexts): string {
  return overrides[guide] ?? defaultGuideText(tr, guide, sampleMentorship());
}

/** `/admin mentorship-guide`: the guide as new pairs get it, and a button that opens the editor. */
export function guideEditPanel(tr: Translator, guide: MentorshipGuide, overrides: MentorshipGuideTexts): ReplyPayload {
  const name = tr.t(`mentorship.admin.guideNames.${guide}`);
  const custom = overrides[guide] !== null;
  return {
    content: tr.t('mentorship.admin.guideCurrent', {
      guide: name,
      source: custom ? tr.t('mentorship.admin.guideSourceCustom') : tr.t('mentorship.admin.guideSourceDefault'),
    }),
    embeds: [
      new EmbedBuilder()
        .setColor(BRAND_COLOR)
        .setDescription(
          custom ? userText(overrides[guide] ?? '', MAX_GUIDE_LENGTH) : defaultGuideText(tr, guide, sampleMentorship()),
        ),
    ],
    components: [
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder()
          .setCustomId(encodeCustomId(editGuideRoute, { guide }))
          .setLabel(tr.t('mentorship.admin.guideEditButton'))
          .setStyle(ButtonStyle.Primary),
      ),
    ],
  };
}

export function guideModal(tr: Translator, guide: MentorshipGuide, current: string): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(encodeCustomId(guideTextRoute, { guide }))
    .setTitle(tr.t('mentorship.admin.guideModalTitle'))
    .addLabelComponents(
      textField({
        id: 'text',
        label: tr.t('mentorship.admin.guideModalLabel'),
        paragraph: true,
        maxLength: MAX_GUIDE_LENGTH,
        value: current,
      }).setDescription(tr.t('mentorship.admin.guideModalHint', { max: tr.number(MAX_GUIDE_LENGTH) })),
    );
}
