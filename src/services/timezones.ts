/**
 * IANA time zones for autocomplete and validation. The list comes from the runtime's ICU
 * (`Intl.supportedValuesOf('timeZone')`) plus "UTC", which ICU leaves out of that list.
 */
import { InvalidInputError } from '../errors.js';
import { quotedInput } from './quoted-input.js';

/**
 * ICU (Node 20) still lists some zones under names the IANA database has since replaced; a member in
 * India looks for "Kolkata", not "Calcutta". Both names work with Intl and luxon, so the list offers
 * the current one. Taken from the tz database's `backward` links that ICU lists under the old name.
 */
const CURRENT_NAMES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

const TIMEZONES: readonly string[] = [
  'UTC',
  ...Intl.supportedValuesOf('timeZone')
    .map((zone) => CURRENT_NAMES[zone] ?? zone)
    .sort(),
];

const BY_LOWER_NAME = new Map(TIMEZONES.map((zone) => [zone.toLowerCase(), zone]));

/** Every zone offered: "UTC" first, then the IANA names alphabetically. */
export function listTimezones(): readonly string[] {
  return TIMEZONES;
}

/**
 * Zones matching what someone typed, best first: the city starting with the query ("new y" finds
 * America/New_York), then any part of the name starting with it ("europe/"), then the query anywhere.
 * Underscores and spaces are interchangeable, case is ignored.
 */
export function searchTimezones(query: string, limit = 25): string[] {
  const needle = searchable(query.trim());
  if (needle === '') return TIMEZONES.slice(0, limit);
  const ranked: { zone: string; rank: number }[] = [];
  for (const zone of TIMEZONES) {
    const name = searchable(zone);
    const parts = name.split('/');
    const city = parts.at(-1) ?? name;
    let rank: number;
    if (name === needle || city === needle) rank = 0;
    else if (city.startsWith(needle)) rank = 1;
    else if (name.startsWith(needle) || parts.some((part) => part.startsWith(needle))) rank = 2;
    else if (name.includes(needle)) rank = 3;
    else continue;
    ranked.push({ zone, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || (a.zone < b.zone ? -1 : 1))
    .slice(0, limit)
    .map(({ zone }) => zone);
}

function searchable(text: string): string {
  return text.toLowerCase().replace(/[_\s]+/gu, ' ');
}

/**
 * The zone's name as stored: a listed zone in its listed spelling (any case), or another name the runtime
 * knows (a link such as "US/Eastern") as the runtime resolves it. Fixed offsets like "+02:00" are refused:
 * they would not follow daylight-saving time.
 */
export function normaliseTimezone(input: string): string {
  const typed = input.trim().replace(/\s+/gu, '_');
  const listed = BY_LOWER_NAME.get(typed.toLowerCase());
  if (listed !== undefined) return listed;
  const resolved = runtimeZoneName(typed);
  if (resolved !== null && /^[A-Za-z]/u.test(typed)) return CURRENT_NAMES[resolved] ?? resolved;
  throw new InvalidInputError('timezone', 'mentor.input.unknownTimezone', { input: quotedInput(input) });
}

function runtimeZoneName(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
