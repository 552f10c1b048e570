/** Languages a mentor speaks, as ISO 639-1 two-letter codes, with English names for display and search. */
import { InvalidInputError } from '../errors.js';
import { quotedInput } from './quoted-input.js';

/** The 183 codes of ISO 639-1 in force (the withdrawn "bh" excluded). */
export const ISO_639_1_CODES: readonly string[] = (
  'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el ' +
  'en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it ' +
  'iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt ' +
  'my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl ' +
  'sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo ' +
  'za zh zu'
).split(' ');

export const MAX_LANGUAGES = 10;

const CODES = new Set(ISO_639_1_CODES);
const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * The name of a code in a locale ("de" → "German", "alemán" in Spanish); English unless asked; the code
 * itself if the runtime has no name for it.
 */
export function languageName(code: string, locale = 'en'): string {
  let names = displayNames.get(locale);
  if (names === undefined) {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'none' });
    displayNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

const BY_LOWER_NAME = new Map(ISO_639_1_CODES.map((code) => [languageName(code).toLowerCase(), code]));

/** Languages whose code or English name starts with (then contains) the query, for autocomplete. */
/** Languages whose code or name (in `locale`, or in English) matches what was typed, named in `locale`. */
export function searchLanguages(query: string, locale = 'en', limit = 25): { code: string; name: string }[] {
  const needle = query.trim().toLowerCase();
  const all = ISO_639_1_CODES.map((code) => ({ code, name: languageName(code, locale), english: languageName(code) }));
  const rank = ({ code, name, english }: { code: string; name: string; english: string }): number => {
    const names = [name.toLowerCase(), english.toLowerCase()];
    if (code === needle || names.includes(needle)) return 0;
    if (names.some((lower) => lower.startsWith(needle))) return 1;
    if (names.some((lower) => lower.includes(needle))) return 2;
    return 3;
  };
  return all
    .filter((language) => rank(language) < 3)
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, locale))
    .slice(0, limit)
    .map(({ code, name }) => ({ code, name }));
}

/**
 * Codes or English names ("de", "German") to distinct ISO 639-1 codes, in the order given.
 * Throws InvalidInputError for one it doesn't know, for none, or for more than ten; `field` names the
 * command option in it.
 */
export function normaliseLanguages(inputs: readonly string[], field = 'languages'): string[] {
  const codes: string[] = [];
  for (const input of inputs) {
    const lower = input.trim().toLowerCase();
    const code = CODES.has(lower) ? lower : BY_LOWER_NAME.get(lower);
    if (code === undefined) {
      throw new InvalidInputError(field, 'mentor.input.unknownLanguage', { input: quotedInput(input) });
    }
    if (!codes.includes(code)) codes.push(code);
  }
  if (codes.length === 0) {
    throw new InvalidInputError(field, 'mentor.input.languagesRequired');
  }
  if (codes.length > MAX_LANGUAGES) {
    throw new InvalidInputError(field, 'mentor.input.tooManyLanguages', { max: MAX_LANGUAGES, count: codes.length });
  }
  return codes;
}
