import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/catalog/en/index.js';
import { es } from '../../src/i18n/catalog/es/index.js';
import { ptBR } from '../../src/i18n/catalog/pt-BR/index.js';
import { translatorFor } from '../../src/i18n/i18n.js';
import { resolveLocale } from '../../src/i18n/locales.js';
import { PSEUDO_LOCALE, pseudoLocalize } from '../../src/i18n/pseudo-locale.js';

/** Every leaf of a catalog as `path -> text`. */
function leaves(catalog: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [inner, text] of leaves(value, path)) found.set(inner, text);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/gu)].map((m) => m[1]).sort();
const nestedKeys = (text: string) => [...text.matchAll(/\$t\(([^),]+)/gu)].map((m) => m[1]).sort();
const source = leaves(en);

describe('message catalog', () => {
  for (const [name, catalog] of [
    ['es', es],
    ['pt-BR', ptBR],
  ] as const) {
    describe(name, () => {
      const translated = leaves(catalog);

      it('has exactly the keys English has', () => {
        expect([...translated.keys()].sort()).toEqual([...source.keys()].sort());
      });

      it('keeps every placeholder and nested key of each English message, and adds none', () => {
        const mismatches = [...source].flatMap(([key, english]) => {
          const text = translated.get(key) ?? '';
          const same =
            JSON.stringify(placeholders(text)) === JSON.stringify(placeholders(english)) &&
            JSON.stringify(nestedKeys(text)) === JSON.stringify(nestedKeys(english));
          return same ? [] : [{ key, english, text }];
        });
        expect(mismatches).toEqual([]);
      });

      it('translates: no message is left in English word for word, apart from shared notation', () => {
        const untranslated = [...source].filter(
          ([key, english]) =>
            translated.get(key) === english && /[a-z]{4,}/iu.test(english.replace(/\{\{[^}]+\}\}/gu, '')),
        );
        expect(untranslated.map(([key]) => key)).toEqual([]);
      });
    });
  }

  it('nests only keys that exist (commands named inside messages)', () => {
    const missing = [...source].flatMap(([key, text]) =>
      nestedKeys(text)
        .filter((nested) => nested === undefined || !source.has(nested))
        .map((nested) => `${key} -> ${String(nested)}`),
    );
    expect(missing).toEqual([]);
  });

  it('interpolates in the asked locale', () => {
    expect(translatorFor('es').t('requests.refusals.limit', { max: 3 })).toContain('Ya tienes 3 solicitudes');
    expect(translatorFor('pt-BR').t('requests.refusals.alreadyMentored', { mentor: 'Ana' })).toBe(
      'Ana já é seu mentor.',
    );
  });

  it('pseudo-localizes every message, keeping placeholders and inline code', () => {
    expect(pseudoLocalize('Run `/mentors find` for {{name}}')).toBe('⟦Rún `/mentors find` fór {{name}}⟧');
    expect(translatorFor(PSEUDO_LOCALE).t('requests.refusals.alreadyMentored', { mentor: 'x' })).toBe(
      '⟦{{mentor}} álréády méntórs yóú.⟧'.replace('{{mentor}}', 'x'),
    );
  });

  it('refuses, at compile time, a key the catalog lacks and a message called without its placeholders', () => {
    const { t } = translatorFor('en');
    // @ts-expect-error an unknown key fails the type check (and shows as the raw key at run time)
    expect(t('common.errors.noSuchMessage')).toBe('common.errors.noSuchMessage');
    // @ts-expect-error a message with placeholders needs their values
    expect(t('requests.refusals.alreadyMentored')).toContain('{{mentor}}');
  });

  it('formats numbers and lists for the locale', () => {
    expect(translatorFor('es').number(12345.5)).toBe('12.345,5');
    expect(translatorFor('pt-BR').list(['a', 'b', 'c'])).toBe('a, b e c');
    expect(translatorFor('en').list(['a', 'b'], 'disjunction')).toBe('a or b');
  });
});

describe('resolveLocale', () => {
  it.each([
    ['pt-BR', 'pt-BR'],
    ['es-ES', 'es'],
    ['es-419', 'es'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    [null, 'en'],
  ])('%s -> %s', (discord, expected) => {
    expect(resolveLocale(discord)).toBe(expected);
  });
});
