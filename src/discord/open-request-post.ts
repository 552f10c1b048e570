/**
 * Open requests in their channel: a text channel gets a message, a forum a post (a thread whose starter
 * message shows the request). Public posts read in the server's language and ping nobody.
 */
import { ChannelType, DiscordAPIError, RESTJSONErrorCodes, type Client } from 'discord.js';
import { ConflictError } from '../errors.js';
import { translatorFor } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import type { UserLocales } from '../services/localization/user-locale.service.js';
import type { MessageRef } from '../services/mentorship-request.service.js';
import type { OpenRequest } from '../services/open-request.service.js';
import { listSpecialties } from '../services/specialty.service.js';
import { openRequestPost, openRequestThreadName } from '../views/open-request.view.js';
import { isUnreachable } from './direct-message.js';

interface PostContext {
  readonly client: Client;
  readonly logger: Logger;
  readonly locales: UserLocales;
}

/** Discord's answers meaning the bot may not post there: no access, no permission, channel gone. */
const REFUSED: ReadonlySet<number | string> = new Set([
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.UnknownChannel,
]);

async function specialtyName(guildId: string, slug: string): Promise<string> {
  const catalog = await listSpecialties(guildId, { includeArchived: true });
  return catalog.find((specialty) => specialty.slug === slug)?.name ?? slug;
}

function serverTranslator(ctx: PostContext, guildId: string) {
  return translatorFor(ctx.locales.forServer(ctx.client.guilds.cache.get(guildId)?.preferredLocale));
}

/** Posts the request; a channel the bot cannot post in is the member's clear refusal, not a bug. */
export async function publishOpenRequest(
  ctx: PostContext,
  request: OpenRequest,
  channelId: string,
): Promise<MessageRef> {
  const tr = serverTranslator(ctx, request.guildId);
  const name = await specialtyName(request.guildId, request.specialty);
  const message = { ...openRequestPost(tr, request, name), allowedMentions: { parse: [] } };
  try {
    const channel = await ctx.client.channels.fetch(channelId);
    if (channel?.type === ChannelType.GuildForum) {
      const thread = await channel.threads.create({ name: openRequestThreadName(tr, request, name), message });
      // A forum post's starter message shares the thread's id.
      return { channelId: thread.id, messageId: thread.id };
    }
    if (channel?.isSendable() && !channel.isDMBased()) {
      const sent = await channel.send(message);
      return { channelId: sent.channelId, messageId: sent.id };
    }
  } catch (error) {
    if (!(error instanceof DiscordAPIError && REFUSED.has(error.code))) throw error;
    ctx.logger.warn('Could not post an open request', { channelId, error });
  }
  throw new ConflictError('openRequests.errors.cannotPost');
}

/** Shows the request's current state on its post; a post deleted meanwhile is left alone. */
export async function redrawOpenRequestPost(ctx: PostContext, request: OpenRequest): Promise<void> {
  if (!request.post) return;
  const tr = serverTranslator(ctx, request.guildId);
  const payload = openRequestPost(tr, request, await specialtyName(request.guildId, request.specialty));
  try {
    const channel = await ctx.client.channels.fetch(request.post.channelId);
    if (!channel?.isTextBased()) return;
    await channel.messages.edit(request.post.messageId, { ...payload, allowedMentions: { parse: [] } });
  } catch (error) {
    if (isUnreachable(error) || (error instanceof DiscordAPIError && REFUSED.has(error.code))) {
      ctx.logger.info('The post of an open request is gone or out of reach; not redrawn', { requestId: request.id });
      return;
    }
    throw error;
  }
}
