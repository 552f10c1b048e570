/**
 * Which locale to speak to a user in. In an interaction: their own choice, else their client's
 * language. Outside one (DMs, reminders): their choice, else the language their client showed last
 * time, else the server's. The client language is remembered only when it changes, so an ordinary
 * interaction costs no write.
 */
import { z } from 'zod';
import { findUserLocale, setUserLocale } from '../../../models/user-locale.model.js';
import type { RenderLocale } from '../../i18n/i18n.js';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, isAppLocale, resolveLocale, type AppLocale } from '../../i18n/locales.js';
import { discordId, parseInput } from '../service-input.js';

/** Remembered choices are re-read after this long, so another process's `/me language` is seen soon. */
const CHOICE_TTL_MS = 60_000;
const MAX_REMEMBERED = 50_000;

interface Remembered {
  seen: AppLocale | null;
  chosen: AppLocale | null;
  readAt: number;
}

export interface UserLocales {
  /** The locale to answer an interaction in; remembers the client's language when it changed. */
  forInteraction(userId: string, clientLocale: string | null): Promise<RenderLocale>;
  /** The locale of a message sent to a user outside an interaction. */
  forRecipient(userId: string, serverLocale?: string | null): Promise<RenderLocale>;
  /** The locale of a public post in a server's channel: the server's preferred one. */
  forServer(serverLocale: string | null | undefined): RenderLocale;
  /** `/me language`: a shipped locale, or null to follow the Discord client again. */
  choose(input: z.input<typeof choiceSchema>): Promise<void>;
}

const choiceSchema = z.object({ userId: discordId, locale: z.enum(SUPPORTED_LOCALES).nullable() });
const asLocale = (value: string | null): AppLocale | null => (value !== null && isAppLocale(value) ? value : null);

/**
 * One per app: a bounded cache in front of MongoDB (the source of truth). A lost entry costs one read;
 * another process's change is seen within a minute. `forced` speaks one locale to everyone (the tests'
 * pseudo-locale run).
 */
export function createUserLocales(now: () => number = Date.now, forced?: RenderLocale): UserLocales {
  const remembered = new Map<string, Remembered>();

  const keep = (userId: string, entry: Remembered) => {
    remembered.delete(userId);
    if (remembered.size >= MAX_REMEMBERED) {
      const oldest = remembered.keys().next().value;
      if (oldest !== undefined) remembered.delete(oldest);
    }
    remembered.set(userId, entry);
  };

  const load = async (userId: string): Promise<Remembered> => {
    const known = remembered.get(userId);
    if (known && now() - known.readAt < CHOICE_TTL_MS) return known;
    const stored = await findUserLocale(parseInput(discordId, userId));
    const entry = {
      seen: asLocale(stored?.seenLocale ?? null),
      chosen: asLocale(stored?.chosenLocale ?? null),
      readAt: now(),
    };
    keep(userId, entry);
    return entry;
  };

  return {
    async forInteraction(userId, clientLocale) {
      if (forced) return forced;
      const seen = resolveLocale(clientLocale);
      const entry = await load(userId);
      if (entry.seen !== seen) {
        await setUserLocale(userId, { seenLocale: seen });
        keep(userId, { ...entry, seen });
      }
      return entry.chosen ?? seen;
    },
    async forRecipient(userId, serverLocale = null) {
      if (forced) return forced;
      const entry = await load(userId);
      return entry.chosen ?? entry.seen ?? (serverLocale === null ? DEFAULT_LOCALE : resolveLocale(serverLocale));
    },
    forServer(serverLocale) {
      return forced ?? resolveLocale(serverLocale ?? null);
    },
    async choose(input) {
      const { userId, locale } = parseInput(choiceSchema, input);
      await setUserLocale(userId, { chosenLocale: locale });
      const entry = remembered.get(userId);
      keep(userId, { seen: entry?.seen ?? null, chosen: locale, readAt: now() });
    },
  };
}
