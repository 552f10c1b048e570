import { escapeMarkdown } from 'discord.js';

/**
 * User text inside a message: every markdown construct escaped (masked links, headings, lists, quotes
 * and subtext included, so nobody can dress a phishing link up as plain text), cut to `max` characters.
 */
export function userText(text: string, max: number): string {
  const escaped = escapeMarkdown(text.trim(), {
    maskedLink: true,
    heading: true,
    bulletedList: true,
    numberedList: true,
  }).replace(/^(\s*)(>|-#)/gmu, '$1\\$2');
  return escaped.length <= max ? escaped : `${escaped.slice(0, max - 1)}…`;
}

/** Discord renders `<t:unix:style>` in each reader's own time zone. */
export function timestamp(date: Date, style: 'F' | 'f' | 'D' | 'R' | 't' = 'F'): string {
  return `<t:${Math.floor(date.getTime() / 1000)}:${style}>`;
}
