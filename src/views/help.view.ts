import {
  ApplicationCommandOptionType,
  EmbedBuilder,
  type APIApplicationCommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Translator } from '../i18n/i18n.js';
import { DISCORD_LOCALES, isAppLocale } from '../i18n/locales.js';
import { PSEUDO_LOCALE, pseudoLocalize } from '../i18n/pseudo-locale.js';
import { BRAND_COLOR } from './brand.js';

/** Embed field values hold at most 1,024 characters; a command with more subcommands is cut there. */
const FIELD_VALUE_MAX = 1_024;

/** A name or description from a definition, as the reader's Discord client shows it. */
function inLocale(tr: Translator, english: string, localizations: Localizations): string {
  if (tr.locale === PSEUDO_LOCALE) return pseudoLocalize(english);
  if (!isAppLocale(tr.locale) || tr.locale === 'en') return english;
  const byCode = new Map<string, string | null | undefined>(Object.entries(localizations ?? {}));
  for (const code of DISCORD_LOCALES[tr.locale]) {
    const text = byCode.get(code);
    if (text) return text;
  }
  return english;
}

/** Discord's localizations of one text, by locale code. */
type Localizations = Readonly<Record<string, string | null | undefined>> | null | undefined;

interface Described {
  name: string;
  name_localizations?: Localizations;
  description?: string | undefined;
  description_localizations?: Localizations;
}

const nameOf = (tr: Translator, item: Described) => inLocale(tr, item.name, item.name_localizations);
const descriptionOf = (tr: Translator, item: Described) =>
  inLocale(tr, item.description ?? '', item.description_localizations);

/**
 * `/help`: the main journeys (naming buttons exactly as they are labelled), then every command the member
 * can use, listed from the command definitions themselves under the names the member's client shows, so
 * it is never out of date.
 */
export function helpEmbed(
  tr: Translator,
  commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
): EmbedBuilder {
  return new EmbedBuilder()
    .setColor(BRAND_COLOR)
    .setTitle(tr.t('help.title'))
    .setDescription(tr.t('help.description'))
    .addFields(
      { name: tr.t('help.lookingForMentor.name'), value: tr.t('help.lookingForMentor.value') },
      { name: tr.t('help.mentoring.name'), value: tr.t('help.mentoring.value') },
      ...commands.map((command) => ({ name: `/${nameOf(tr, command)}`, value: commandLines(tr, command) })),
    );
}

function commandLines(tr: Translator, command: RESTPostAPIChatInputApplicationCommandsJSONBody): string {
  const name = nameOf(tr, command);
  const entries = subcommandsOf(tr, [name], command.options ?? []);
  const lines = (entries.length > 0 ? entries : [{ path: [name], description: descriptionOf(tr, command) }]).map(
    ({ path, description }) => `\`/${path.join(' ')}\` ${description}`,
  );
  let value = '';
  for (const line of lines) {
    const next = value === '' ? line : `${value}\n${line}`;
    if (next.length > FIELD_VALUE_MAX) break;
    value = next;
  }
  return value;
}

function subcommandsOf(
  tr: Translator,
  path: string[],
  options: readonly APIApplicationCommandOption[],
): { path: string[]; description: string }[] {
  return options.flatMap((option) => {
    if (option.type === ApplicationCommandOptionType.Subcommand)
      return [{ path: [...path, nameOf(tr, option)], description: descriptionOf(tr, option) }];
    if (option.type === ApplicationCommandOptionType.SubcommandGroup)
      return subcommandsOf(tr, [...path, nameOf(tr, option)], option.options ?? []);
    return [];
  });
}

/** The answer to a direct message: the bot works through slash commands inside a server. */
export function directMessageHelpText(tr: Translator): string {
  return tr.t('help.directMessage');
}
