/**
 * Notices for a server's admins (a pair whose thread could not be made, a flagged pair, a mentor paused
 * for not answering): posted in the server's applications channel in the server's language, else sent
 * to the server owner by DM in theirs. Nothing in a notice may ping a role or everyone.
 */
import { DiscordAPIError, PermissionFlagsBits, type Client, type Guild, type MessageCreateOptions } from 'discord.js';
import { translatorFor, type Translator } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import type { UserLocales } from '../services/localization/user-locale.service.js';
import { getGuildSettings } from '../services/guild-settings.service.js';
import { deliverDirectMessage } from './direct-message.js';

export interface AdminNoticeContext {
  readonly client: Client;
  readonly logger: Logger;
  readonly locales: UserLocales;
}

const CHANNEL_NEEDS = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages;

/**
 * Tells the admins; true when the notice reached the channel or the owner. A transient Discord failure
 * is thrown, so a job calling it retries; a channel the bot cannot use falls back to the owner.
 */
export async function notifyAdmins(
  ctx: AdminNoticeContext,
  guildId: string,
  build: (tr: Translator) => MessageCreateOptions,
): Promise<boolean> {
  const guild = ctx.client.guilds.cache.get(guildId);
  if (!guild) {
    ctx.logger.warn('Cannot tell the admins of a server the bot is not in', { guildId });
    return false;
  }
  const serverTr = translatorFor(ctx.locales.forServer(guild.preferredLocale));
  const channel = adminChannel(guild, (await getGuildSettings(guildId)).applicationsChannelId);
  if (channel) {
    try {
      await channel.send({ ...build(serverTr), allowedMentions: { parse: [] } });
      return true;
    } catch (error) {
      // Refused although the cached permissions allowed it: the owner hears it instead.
      if (!(error instanceof DiscordAPIError && error.status === 403)) throw error;
      ctx.logger.warn('Could not post in the admins’ channel; telling the owner', { guildId, error });
    }
  }
  const ownerTr = translatorFor(await ctx.locales.forRecipient(guild.ownerId, guild.preferredLocale));
  const sent = await deliverDirectMessage(ctx.client, guild.ownerId, {
    ...build(ownerTr),
    allowedMentions: { parse: [] },
  });
  if (!sent)
    ctx.logger.warn('Could not tell the admins: no usable channel and the owner’s DMs are closed', { guildId });
  return sent !== null;
}

function adminChannel(guild: Guild, channelId: string | null) {
  if (channelId === null) return null;
  const channel = guild.channels.cache.get(channelId);
  const me = guild.members.me;
  if (!channel?.isSendable() || channel.isThread() || !me) return null;
  return channel.permissionsFor(me).has(CHANNEL_NEEDS) ? channel : null;
}
