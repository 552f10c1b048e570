import { PermissionFlagsBits, type Guild } from 'discord.js';
import { translatorFor, type Translator } from '../i18n/i18n.js';
import type { Message } from '../i18n/message.js';
import type { Logger } from '../logger.js';
import type { UserLocales } from '../services/localization/user-locale.service.js';
import type { MentorProfileView } from '../services/mentor-profile.service.js';
import { mentorApplicationNotice } from '../views/mentor-application.view.js';

const NEEDED = [
  ['viewChannel', PermissionFlagsBits.ViewChannel],
  ['sendMessages', PermissionFlagsBits.SendMessages],
  ['embedLinks', PermissionFlagsBits.EmbedLinks],
] as const;

/**
 * Why the bot could not announce applications in this channel (so an admin can fix it before the first
 * one is missed), or null when it can. Null id: no channel was set. The missing permissions are named in
 * `tr`'s words, so the message is shown to the same reader.
 */
export function applicationsChannelProblem(tr: Translator, guild: Guild, channelId: string | null): Message | null {
  if (channelId === null) return { key: 'admin.applicationsChannel.notSet', params: {} };
  const channel = guild.channels.cache.get(channelId);
  if (!channel?.isTextBased() || channel.isThread() || channel.isVoiceBased()) {
    return { key: 'admin.applicationsChannel.notFound', params: { channel: channelId } };
  }
  const me = guild.members.me;
  const permissions = me ? channel.permissionsFor(me) : null;
  const missing = NEEDED.filter(([, flag]) => permissions?.has(flag) !== true).map(([name]) =>
    tr.t(`admin.applicationsChannel.permissions.${name}`),
  );
  if (missing.length > 0) {
    return {
      key: 'admin.applicationsChannel.missingPermissions',
      params: { channel: channelId, permissions: tr.list(missing) },
    };
  }
  return null;
}

/**
 * Tells the admins about a new application, in the server's preferred language (a public post). The
 * application itself is saved either way, and `/admin applications` lists it, so a failure here is logged
 * rather than shown to the applicant.
 */
export async function announceApplication(
  guild: Guild,
  channelId: string | null,
  view: MentorProfileView,
  displayName: string,
  ctx: { logger: Logger; locales: UserLocales },
): Promise<void> {
  const { logger } = ctx;
  const tr = translatorFor(ctx.locales.forServer(guild.preferredLocale));
  const problem = applicationsChannelProblem(tr, guild, channelId);
  const channel = channelId === null ? undefined : guild.channels.cache.get(channelId);
  if (problem !== null || !channel?.isSendable()) {
    logger.warn('Could not announce a mentor application', { channelId, problem: problem?.key });
    return;
  }
  try {
    await channel.send({ ...mentorApplicationNotice(tr, view, displayName), allowedMentions: { parse: [] } });
  } catch (error) {
    logger.warn('Could not announce a mentor application', { channelId, error });
  }
}
