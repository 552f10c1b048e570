/**
 * A pseudo-locale built from English: every message wrapped in ⟦ ⟧ with its letters accented and its
 * placeholders kept. Rendering the bot in it shows at a glance (and lets a test prove) that no text a
 * member reads bypasses the catalog: anything outside the brackets came from somewhere else.
 */
export const PSEUDO_LOCALE = 'en-XA';
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
};
/** Placeholders, nested keys and inline code (command names) stay as they are. */
const KEPT = /(\{\{[^}]+\}\}|\$t\([^)]*\)|`[^`]*`|<[^>]+>)/u;

export function pseudoLocalize(text: string): string {
  const parts = text
    .split(KEPT)
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(/[aeiouAEIOU]/gu, (vowel) => ACCENTED[vowel] ?? vowel),
    );
  return `${PSEUDO_OPEN}${parts.join('')}${PSEUDO_CLOSE}`;
}

export function pseudoLocalizeCatalog<T>(catalog: T): T {
  if (typeof catalog === 'string') return pseudoLocalize(catalog) as T;
  if (catalog === null || typeof catalog !== 'object') return catalog;
  return Object.fromEntries(
    Object.entries(catalog).map(([key, value]) => [key, pseudoLocalizeCatalog(value as unknown)]),
  ) as T;
}
