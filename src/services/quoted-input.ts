/**
 * User input repeated back in an error message: shortened, so no reply can outgrow Discord's limits
 * whatever was typed, and put in an inline code span with the characters that could escape or
 * disguise it (backticks, line breaks, controls, bidirectional overrides) removed, so markdown,
 * mentions and right-to-left tricks show as the plain text they are.
 */
const UNSAFE = /[`\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** `max` counts what a reader sees as characters, so an emoji or an accented letter is never split. */
export function quotedInput(text: string, max = 40): string {
  const plain = text.replace(UNSAFE, ' ').replace(/\s+/gu, ' ').trim();
  const parts = Array.from(graphemes.segment(plain), (part) => part.segment);
  const short = parts.length <= max ? plain : `${parts.slice(0, max - 1).join('')}…`;
  return short === '' ? '(nothing)' : `\`${short}\``;
}
