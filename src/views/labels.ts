import type { Translator } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/message.js';
import type { MentorFormat } from '../../models/mentor-profile.model.js';
import type { SpecialtyEmoji } from '../services/specialty-emoji.js';
import type { Specialty } from '../services/specialty.service.js';
import { userText } from './format.js';

/** Each format's label in the catalog; command choices are named by the same messages. */
export const FORMAT_KEYS = {
  'one-on-one': 'mentor.formats.oneOnOne',
  group: 'mentor.formats.group',
  'code-review': 'mentor.formats.codeReview',
  'mock-interview': 'mentor.formats.mockInterview',
  'resume-review': 'mentor.formats.resumeReview',
  'career-guidance': 'mentor.formats.careerGuidance',
} as const satisfies Record<MentorFormat, MessageKey>;

/** A mentoring format in the reader's words. */
export function formatLabel(tr: Translator, format: MentorFormat): string {
  return tr.t(FORMAT_KEYS[format]);
}

/** The emoji in message text and embeds: a custom one as `<:name:id>`, which Discord renders as the image. */
export function emojiMarkdown(emoji: SpecialtyEmoji): string {
  return emoji.id === null ? emoji.name : `<${emoji.animated ? 'a' : ''}:${emoji.name}:${emoji.id}>`;
}

export function specialtyLabel(specialty: Pick<Specialty, 'emoji' | 'name'>): string {
  return `${emojiMarkdown(specialty.emoji)} ${userText(specialty.name, 60)}`;
}

/**
 * The specialty in plain text that renders no markdown or custom emoji (autocomplete choices): a standard
 * emoji is kept, a custom one left out.
 */
export function specialtyChoiceName(specialty: Pick<Specialty, 'emoji' | 'name'>): string {
  return specialty.emoji.id === null ? `${specialty.emoji.name} ${specialty.name}` : specialty.name;
}

/**
 * Labels of the buttons `/help` names, read from the catalog (`help.buttons`) so the help never names a
 * button that is not there. Views label their buttons with these, in the reader's locale.
 */
export function buttonLabels(tr: Translator) {
  return {
    requestMentor: (rank: number) => tr.t('help.buttons.requestMentor', { rank: tr.number(rank) }),
    previousPage: tr.t('help.buttons.previousPage'),
    nextPage: tr.t('help.buttons.nextPage'),
    shareResults: tr.t('help.buttons.shareResults'),
    withdrawRequest: (position: number) => tr.t('help.buttons.withdrawRequest', { position: tr.number(position) }),
    continueRegistration: tr.t('help.buttons.continueRegistration'),
    acceptRequest: tr.t('help.buttons.acceptRequest'),
    declineRequest: tr.t('help.buttons.declineRequest'),
    declineAndBlock: tr.t('help.buttons.declineAndBlock'),
  } as const;
}
