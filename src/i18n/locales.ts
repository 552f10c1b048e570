/**
 * The locales the bot speaks, and how Discord's locale codes map onto them. Discord sends a member's
 * client language with every interaction (`es-ES`, `es-419`, `pt-BR`, `en-US`...); we answer in the
 * closest locale we ship and fall back to English.
 */
export const SUPPORTED_LOCALES = ['en', 'es', 'pt-BR'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'en';

/** Discord's locale codes for each shipped locale, used for command localizations. */
export const DISCORD_LOCALES: Readonly<Record<AppLocale, readonly string[]>> = {
  en: ['en-US', 'en-GB'],
  es: ['es-ES', 'es-419'],
  'pt-BR': ['pt-BR'],
};

/** The language each locale is called in itself, for `/me language`. */
export const LOCALE_NAMES: Readonly<Record<AppLocale, string>> = {
  en: 'English',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
};

export function isAppLocale(value: string): value is AppLocale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** The shipped locale closest to a Discord locale code: exact, then same language, then English. */
export function resolveLocale(discordLocale: string | null | undefined): AppLocale {
  if (!discordLocale) return DEFAULT_LOCALE;
  if (isAppLocale(discordLocale)) return discordLocale;
  const language = discordLocale.split('-')[0]?.toLowerCase();
  for (const [locale, codes] of Object.entries(DISCORD_LOCALES) as [AppLocale, readonly string[]][]) {
    if (codes.includes(discordLocale)) return locale;
    if (locale.split('-')[0] === language) return locale;
  }
  return DEFAULT_LOCALE;
}
