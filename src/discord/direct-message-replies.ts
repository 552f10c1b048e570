import { Events, type Client, type Message } from 'discord.js';
import type { Clock } from '../clock.js';
import { translatorFor } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import type { UserLocales } from '../services/localization/user-locale.service.js';
import { directMessageHelpText } from '../views/help.view.js';

/** One answer per member in this window, so two bots answering each other, or a spammer, cannot loop. */
export const DM_REPLY_COOLDOWN_MS = 10 * 60_000;
/** Members remembered at most; past this the oldest are forgotten (they get answered again, nothing worse). */
const MAX_REMEMBERED = 10_000;

/**
 * The bot works through slash commands inside servers; a member who writes to it directly gets a short
 * pointer to `/help` instead of silence. Bots (itself included) get nothing, and each member one answer
 * per cooldown, in the language of their last interaction. Needs the DirectMessages intent and the Channel
 * partial (DM channels are not cached).
 */
export function registerDirectMessageReplies(client: Client, clock: Clock, logger: Logger, locales: UserLocales): void {
  const answeredAt = new Map<string, number>();

  const shouldAnswer = (userId: string): boolean => {
    const now = clock.now().getTime();
    const last = answeredAt.get(userId);
    if (last !== undefined && now - last < DM_REPLY_COOLDOWN_MS) return false;
    answeredAt.delete(userId);
    answeredAt.set(userId, now);
    if (answeredAt.size > MAX_REMEMBERED) {
      const oldest = answeredAt.keys().next().value;
      if (oldest !== undefined) answeredAt.delete(oldest);
    }
    return true;
  };

  client.on(Events.MessageCreate, (message: Message) => {
    if (message.inGuild() || message.author.bot || message.system) return;
    if (!shouldAnswer(message.author.id)) {
      logger.debug('Direct message not answered: cooldown', { userId: message.author.id });
      return;
    }
    locales
      .forRecipient(message.author.id)
      .then((locale) => message.reply({ content: directMessageHelpText(translatorFor(locale)) }))
      .then(
        () => logger.debug('Answered a direct message with a pointer to /help', { userId: message.author.id }),
        (error: unknown) =>
          logger.warn('Could not answer a direct message', {
            userId: message.author.id,
            channelId: message.channelId,
            error,
          }),
      );
  });
}
