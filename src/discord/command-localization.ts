/**
 * Slash commands, subcommands, options and choices carry their English name and description plus
 * Discord's localizations for every shipped locale, all read from the catalog's `commands` tree.
 * Discord sends the canonical (English) names back, so handlers read options by those.
 */
import type { APIApplicationCommandOptionChoice, LocalizationMap } from 'discord.js';
import { en } from '../i18n/catalog/en/index.js';
import type { SourceCatalog } from '../i18n/catalog/catalog-shape.js';
import { translatorFor } from '../i18n/i18n.js';
import { DISCORD_LOCALES, SUPPORTED_LOCALES } from '../i18n/locales.js';

type Join<P extends string, K extends string> = P extends '' ? K : `${P}.${K}`;

/** Dotted paths to every node of `T` that has a `name` and a `description`. */
type DescribedPaths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? never
    : (T[K] extends { name: string; description: string } ? Join<P, K> : never) | DescribedPaths<T[K], Join<P, K>>;
}[keyof T & string];

/** Dotted paths to every string leaf of `T`. */
type LeafPaths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? Join<P, K> : LeafPaths<T[K], Join<P, K>>;
}[keyof T & string];

export type CommandTextKey = DescribedPaths<SourceCatalog['commands'], 'commands'>;
export type CommandLeafKey = LeafPaths<SourceCatalog['commands'], 'commands'>;
/** Any message of the catalog: a choice may be named by a label the views use too (a format's name). */
export type CatalogLeafKey = LeafPaths<SourceCatalog>;

interface Localizable {
  setName(name: string): unknown;
  setNameLocalizations(localizations: LocalizationMap | null): unknown;
  setDescription(description: string): unknown;
  setDescriptionLocalizations(localizations: LocalizationMap | null): unknown;
}

function english(key: CatalogLeafKey): string {
  let node: unknown = en;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`No command text at ${key}`);
  return node;
}

/** The message in every locale but English, under each of Discord's codes for it. */
function localizations(key: CatalogLeafKey): LocalizationMap {
  const map: Record<string, string> = {};
  for (const locale of SUPPORTED_LOCALES) {
    if (locale === 'en') continue;
    const text = (translatorFor(locale).t as (key: string) => string)(key);
    for (const code of DISCORD_LOCALES[locale]) map[code] = text;
  }
  return map;
}

/** Sets name, description and their localizations on a command, subcommand or option builder. */
export function localized<B extends Localizable>(builder: B, key: CommandTextKey): B {
  const nameKey = `${key}.name` as CommandLeafKey;
  const descriptionKey = `${key}.description` as CommandLeafKey;
  builder.setName(english(nameKey));
  builder.setNameLocalizations(localizations(nameKey));
  builder.setDescription(english(descriptionKey));
  builder.setDescriptionLocalizations(localizations(descriptionKey));
  return builder;
}

/** A fixed choice of an option, named in every locale. */
export function localizedChoice<V extends string | number>(
  key: CatalogLeafKey,
  value: V,
): APIApplicationCommandOptionChoice<V> {
  return { name: english(key), name_localizations: localizations(key), value };
}

interface NameLocalizable {
  setName(name: string): unknown;
  setNameLocalizations(localizations: LocalizationMap | null): unknown;
}

/** Context-menu commands have a name only (spaces and capitals allowed), in every locale. */
export function localizedName<B extends NameLocalizable>(builder: B, key: CatalogLeafKey): B {
  builder.setName(english(key));
  builder.setNameLocalizations(localizations(key));
  return builder;
}
