/**
 * A specialty's emoji: exactly one standard emoji, or a custom emoji of the server, checked when an admin
 * sets it and again whenever it is read, so no stored value can break a select or an embed.
 */
import type { SpecialtyEmoji } from '../../models/specialty.model.js';
import { InvalidInputError } from '../errors.js';
import { quotedInput } from './quoted-input.js';

export type { SpecialtyEmoji } from '../../models/specialty.model.js';

/** A custom emoji the server has, as Discord lists it. */
export interface ServerEmoji {
  id: string;
  name: string;
  animated: boolean;
}

export const DEFAULT_EMOJI: SpecialtyEmoji = { id: null, name: '📚', animated: false };

// Built at run time: the `v` flag (for \p{RGI_Emoji}, one emoji however many code points) is newer than
// the TypeScript target.
const ONE_EMOJI = new RegExp('^\\p{RGI_Emoji}$', 'v');
const CUSTOM_EMOJI = /^<(a?):(\w{2,32}):(\d{17,20})>$/u;
const VARIATION_SELECTOR = '\uFE0F';

/** The emoji in its fully qualified form ("☁" becomes "☁️"), or null when the text is not exactly one emoji. */
export function standardEmoji(text: string): string | null {
  if (ONE_EMOJI.test(text)) return text;
  return ONE_EMOJI.test(`${text}${VARIATION_SELECTOR}`) ? `${text}${VARIATION_SELECTOR}` : null;
}

/** Custom emoji text as Discord clients write it: `<:name:id>`, or `<a:name:id>` when animated. */
function customEmojiParts(text: string): SpecialtyEmoji | null {
  const match = CUSTOM_EMOJI.exec(text);
  if (!match) return null;
  const [, animated, name, id] = match;
  return { id: id ?? null, name: name ?? '', animated: animated === 'a' };
}

/**
 * What an admin typed, as stored: one standard emoji, or a custom emoji that this server has (its current
 * name and animation taken from the server). Anything else is refused, saying why.
 */
export function parseSpecialtyEmoji(text: string, serverEmojis: readonly ServerEmoji[]): SpecialtyEmoji {
  const trimmed = text.trim();
  const custom = customEmojiParts(trimmed);
  if (custom) {
    const known = serverEmojis.find((emoji) => emoji.id === custom.id);
    if (!known) {
      throw new InvalidInputError('emoji', 'specialty.errors.notServerEmoji', { emoji: quotedInput(trimmed) });
    }
    return { id: known.id, name: known.name, animated: known.animated };
  }
  const standard = standardEmoji(trimmed);
  if (standard === null) {
    throw new InvalidInputError('emoji', 'specialty.errors.notOneEmoji', { emoji: quotedInput(trimmed) });
  }
  return { id: null, name: standard, animated: false };
}

/** A stored emoji made safe to show: older text is parsed, and anything that is not one emoji becomes the default. */
export function checkedStoredEmoji(emoji: SpecialtyEmoji): SpecialtyEmoji {
  if (emoji.id !== null) {
    return /^\d{17,20}$/u.test(emoji.id) && /^\w{2,32}$/u.test(emoji.name) ? emoji : DEFAULT_EMOJI;
  }
  const custom = customEmojiParts(emoji.name);
  if (custom) return custom;
  const standard = standardEmoji(emoji.name);
  return standard === null ? DEFAULT_EMOJI : { id: null, name: standard, animated: false };
}
