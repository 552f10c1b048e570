/**
 * The words for a member reached outside an interaction (a DM, a job): their chosen or last seen
 * language, else the server's preferred one.
 */
import type { Client } from 'discord.js';
import { translatorFor, type Translator } from '../i18n/i18n.js';
import type { UserLocales } from '../services/localization/user-locale.service.js';

export async function recipientTranslator(
  ctx: { readonly client: Client; readonly locales: UserLocales },
  guildId: string,
  userId: string,
): Promise<Translator> {
  const serverLocale = ctx.client.guilds.cache.get(guildId)?.preferredLocale ?? null;
  return translatorFor(await ctx.locales.forRecipient(userId, serverLocale));
}
