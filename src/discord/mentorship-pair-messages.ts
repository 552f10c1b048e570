/**
 * Messages to a mentorship's pair outside an interaction: in their private thread (the server's
 * language; only the two of them may be pinged), else by DM to each side in their own language.
 */
import type { Client, MessageCreateOptions } from 'discord.js';
import type { Translator } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import type { UserLocales } from '../services/localization/user-locale.service.js';
import type { Mentorship } from '../services/mentorship.service.js';
import { userText } from '../views/format.js';
import { deliverDirectMessage, type SentMessage } from './direct-message.js';
import { postInMentorshipThread } from './mentorship-space.js';
import { recipientTranslator } from './recipient-translator.js';

export interface PairMessageContext {
  readonly client: Client;
  readonly logger: Logger;
  readonly locales: UserLocales;
}

/** The server's name for a DM ("from **Mentor Hub**"), escaped. */
export function serverNameOf(ctx: PairMessageContext, guildId: string): string {
  return userText(ctx.client.guilds.cache.get(guildId)?.name ?? '', 100);
}

/**
 * A DM to one member in their language, never pinging anyone. Null when they cannot be reached (DMs
 * closed); a transient failure is thrown so the calling job retries.
 */
export async function tellMember(
  ctx: PairMessageContext,
  guildId: string,
  userId: string,
  build: (tr: Translator) => MessageCreateOptions,
): Promise<SentMessage | null> {
  const tr = await recipientTranslator(ctx, guildId, userId);
  const sent = await deliverDirectMessage(ctx.client, userId, { ...build(tr), allowedMentions: { parse: [] } });
  if (!sent) ctx.logger.info('A member of a mentorship cannot be reached by DM', { guildId, targetUserId: userId });
  return sent;
}

/**
 * Tells the pair: a post in their thread when they have one, else a DM to each side (`forSide` gets the
 * recipient and the other side). Returns the DMs sent, or 'thread'.
 */
export async function tellPair(
  ctx: PairMessageContext,
  mentorship: Mentorship,
  inThread: (tr: Translator) => MessageCreateOptions,
  forSide: (tr: Translator, userId: string, otherId: string) => MessageCreateOptions,
): Promise<'thread' | SentMessage[]> {
  const posted = await postInMentorshipThread(ctx, mentorship, (tr) => ({
    ...inThread(tr),
    allowedMentions: { users: [mentorship.mentorId, mentorship.menteeId] },
  }));
  if (posted) return 'thread';
  const sent: SentMessage[] = [];
  for (const [userId, otherId] of [
    [mentorship.menteeId, mentorship.mentorId],
    [mentorship.mentorId, mentorship.menteeId],
  ] as const) {
    const dm = await tellMember(ctx, mentorship.guildId, userId, (tr) => forSide(tr, userId, otherId));
    if (dm) sent.push(dm);
  }
  return sent;
}
