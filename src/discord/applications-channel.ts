import { PermissionFlagsBits, type Guild } from 'discord.js';
import type { Logger } from '../logger.js';
import type { MentorProfileView } from '../services/mentor-profile.service.js';
import { mentorApplicationNotice } from '../views/mentor-application.view.js';

const NEEDED = [
  ['View Channel', PermissionFlagsBits.ViewChannel],
  ['Send Messages', PermissionFlagsBits.SendMessages],
  ['Embed Links', PermissionFlagsBits.EmbedLinks],
] as const;

/**
 * Why the bot could not announce applications in this channel (so an admin can fix it before the first
 * one is missed), or null when it can. Null id: no channel was set.
 */
export function applicationsChannelProblem(guild: Guild, channelId: string | null): string | null {
  if (channelId === null) {
    return 'No applications channel is set, so nobody will be told when someone applies. Set one with `/admin applications-channel`.';
  }
  const channel = guild.channels.cache.get(channelId);
  if (!channel?.isTextBased() || channel.isThread() || channel.isVoiceBased()) {
    return `I can't find <#${channelId}> as a text channel any more. Set another one with \`/admin applications-channel\`.`;
  }
  const me = guild.members.me;
  const permissions = me ? channel.permissionsFor(me) : null;
  const missing = NEEDED.filter(([, flag]) => permissions?.has(flag) !== true).map(([name]) => name);
  if (missing.length > 0) {
    return `I can't post in <#${channelId}>: I lack ${missing.join(', ')} there. Give my role those permissions in the channel's settings.`;
  }
  return null;
}

/**
 * Tells the admins about a new application. The application itself is saved either way, and
 * `/admin applications` lists it, so a failure here is logged rather than shown to the applicant.
 */
export async function announceApplication(
  guild: Guild,
  channelId: string | null,
  view: MentorProfileView,
  displayName: string,
  logger: Logger,
): Promise<void> {
  const problem = applicationsChannelProblem(guild, channelId);
  const channel = channelId === null ? undefined : guild.channels.cache.get(channelId);
  if (problem !== null || !channel?.isSendable()) {
    logger.warn('Could not announce a mentor application', { channelId, problem });
    return;
  }
  try {
    await channel.send({ ...mentorApplicationNotice(view, displayName), allowedMentions: { parse: [] } });
  } catch (error) {
    logger.warn('Could not announce a mentor application', { channelId, error });
  }
}
