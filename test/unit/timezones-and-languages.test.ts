import { describe, expect, it } from 'vitest';
import { listTimezones, normaliseTimezone, searchTimezones } from '../../src/services/timezones.js';
import { languageName, normaliseLanguages, searchLanguages } from '../../src/services/languages.js';
import { expectInvalidInput } from '../support/user-errors.js';

describe('time zones', () => {
  it('lists UTC first and current IANA names instead of the legacy ones ICU keeps', () => {
    const zones = listTimezones();
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Asia/Kolkata');
    expect(zones).toContain('Europe/Kyiv');
    expect(zones).not.toContain('Asia/Calcutta');
    expect(zones.length).toBeGreaterThan(400);
  });

  it('searches by city first, ignoring case and underscores', () => {
    expect(searchTimezones('new york')[0]).toBe('America/New_York');
    expect(searchTimezones('berl')).toEqual(['Europe/Berlin']);
    expect(searchTimezones('kolkata')).toEqual(['Asia/Kolkata']);
    expect(searchTimezones('australia/', 3)).toHaveLength(3);
    expect(searchTimezones('', 2)).toEqual(['UTC', 'Africa/Abidjan']);
    expect(searchTimezones('atlantis')).toEqual([]);
  });

  it('normalises valid names and refuses others with a hint', async () => {
    expect(normaliseTimezone('europe/berlin')).toBe('Europe/Berlin');
    expect(normaliseTimezone(' America/New York ')).toBe('America/New_York');
    expect(normaliseTimezone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(normaliseTimezone('US/Eastern')).toBe('America/New_York');
    expect(normaliseTimezone('Etc/UTC')).toBe('UTC');
    await expectInvalidInput('timezone', () => normaliseTimezone('+02:00'));
    expect(await expectInvalidInput('timezone', () => normaliseTimezone('Mars/Olympus_Mons'))).toBe(
      '`Mars/Olympus_Mons` is not a time zone I know. Start typing your city, like "Berlin" or "New York", and pick one from the list.',
    );
  });
});

describe('languages', () => {
  it('accepts codes and English names, deduplicated', () => {
    expect(normaliseLanguages(['EN', 'German', 'de', ' es '])).toEqual(['en', 'de', 'es']);
    expect(languageName('uk')).toBe('Ukrainian');
  });

  it('refuses unknown codes, an empty list and more than ten', async () => {
    expect(await expectInvalidInput('languages', () => normaliseLanguages(['xx']))).toContain(
      '`xx` is not a language I know.',
    );
    expect(await expectInvalidInput('languages', () => normaliseLanguages([]))).toContain('at least one language');
    const eleven = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'uk', 'ja', 'ko'];
    expect(await expectInvalidInput('languages', () => normaliseLanguages(eleven))).toContain(
      'at most 10 languages; you have 11.',
    );
  });

  it('searches by code or name for autocomplete', () => {
    expect(searchLanguages('de')[0]).toEqual({ code: 'de', name: 'German' });
    expect(searchLanguages('portu')).toEqual([{ code: 'pt', name: 'Portuguese' }]);
    // Named in the reader's language, found by that name or the English one.
    expect(searchLanguages('alem', 'es')).toEqual([{ code: 'de', name: 'alemán' }]);
    expect(searchLanguages('german', 'pt-BR')[0]).toEqual({ code: 'de', name: 'alemão' });
  });
});
