/**
 * Turns catalog keys into words for one locale, and formats numbers, lists and dates the way that
 * locale writes them. Discord timestamps (`<t:…>`) are not formatted here: each client renders them.
 */
import i18next, { type TFunction } from 'i18next';
import { en } from './catalog/en/index.js';
import { es } from './catalog/es/index.js';
import { ptBR } from './catalog/pt-BR/index.js';
import type { SourceCatalog } from './catalog/catalog-shape.js';
import { DEFAULT_LOCALE, type AppLocale } from './locales.js';
import { PSEUDO_LOCALE, pseudoLocalizeCatalog } from './pseudo-locale.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: SourceCatalog };
    strictKeyChecks: true;
  }
}

/** A shipped locale, or the pseudo-locale tests render in. */
export type RenderLocale = AppLocale | typeof PSEUDO_LOCALE;

export interface Translator {
  readonly locale: RenderLocale;
  readonly t: TFunction;
  number(value: number): string;
  /** "a, b and c" (or "a, b or c") in the locale's words. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** A calendar date in a time zone, e.g. for "paused until": "24 Dec 2026". */
  date(value: Date, timezone?: string): string;
}

const instance = i18next.createInstance();
void instance.init({
  resources: {
    en: { translation: en },
    es: { translation: es },
    'pt-BR': { translation: ptBR },
    [PSEUDO_LOCALE]: { translation: pseudoLocalizeCatalog(en) },
  },
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  initAsync: false,
  // Messages are Discord markdown, not HTML; user text is escaped for markdown where it is inserted.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Whether a string is a key of the English catalog (the source every locale has). */
export function isMessageKey(value: string): boolean {
  return instance.exists(value, { lng: DEFAULT_LOCALE });
}

const translators = new Map<RenderLocale, Translator>();

/** The intl tag Intl formatters get for a render locale (the pseudo-locale formats as English). */
function intlTag(locale: RenderLocale): string {
  return locale === PSEUDO_LOCALE ? 'en' : locale;
}

export function translatorFor(locale: RenderLocale): Translator {
  const known = translators.get(locale);
  if (known) return known;
  const tag = intlTag(locale);
  const numbers = new Intl.NumberFormat(tag);
  const conjunction = new Intl.ListFormat(tag, { type: 'conjunction' });
  const disjunction = new Intl.ListFormat(tag, { type: 'disjunction' });
  const translator: Translator = {
    locale,
    t: instance.getFixedT(locale),
    number: (value) => numbers.format(value),
    list: (items, type = 'conjunction') => (type === 'conjunction' ? conjunction : disjunction).format(items),
    date: (value, timezone = 'UTC') =>
      new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: timezone }).format(value),
  };
  translators.set(locale, translator);
  return translator;
}
