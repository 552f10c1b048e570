import type { MentorFormat } from '../../models/mentor-profile.model.js';
import type { SpecialtyEmoji } from '../services/specialty-emoji.js';
import type { Specialty } from '../services/specialty.service.js';
import { userText } from './format.js';

export const FORMAT_LABELS: Readonly<Record<MentorFormat, string>> = {
  'one-on-one': '1:1 mentoring',
  group: 'Group sessions',
  'code-review': 'Code review',
  'mock-interview': 'Mock interviews',
  'resume-review': 'Resume review',
  'career-guidance': 'Career guidance',
};

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
 * Labels of the buttons `/help` names, defined once so the help never names a button that is not there.
 * Views label their buttons with these.
 */
export const BUTTON_LABELS = {
  requestMentor: (rank: number) => `Request ${rank}`,
  previousPage: 'Previous',
  nextPage: 'Next',
  shareResults: 'Share in channel',
  withdrawRequest: (position: number) => `Withdraw ${position}`,
  continueRegistration: 'Continue',
  acceptRequest: 'Accept',
  declineRequest: 'Decline',
  declineAndBlock: 'Decline and block',
} as const;
