import { DiscordAPIError, DiscordjsErrorCodes, RESTJSONErrorCodes, type RepliableInteraction } from 'discord.js';
import { asDatabaseUnavailable } from '../database-health.js';
import { UserError } from '../errors.js';
import type { AppContext } from './context.js';
import { InvalidCustomIdError } from './custom-id.js';
import { userMessageFor } from './error-messages.js';
import { respondPrivately } from './respond.js';

export interface ErrorReplyOptions {
  /**
   * The router already sent the first answer because the handler was too slow: the error replaces that
   * private answer instead of adding a message, and a handler's own answer that came too late is dropped.
   */
  answeredLate?: boolean;
}

/**
 * Turns whatever a handler threw into an ephemeral answer: a user error's own message, a stale
 * component's hint, the database being unreachable, or a generic apology for bugs, which are logged with
 * the interaction's context. It never throws: a failure to answer is logged too.
 */
export async function replyWithError(
  interaction: RepliableInteraction,
  error: unknown,
  { logger, i18n }: Pick<AppContext, 'logger' | 'i18n'>,
  options: ErrorReplyOptions = {},
): Promise<void> {
  let message: string;
  if (error instanceof UserError) {
    message = userMessageFor(error, i18n);
    logger.info('User error', { code: error.code, key: error.key, details: error.details });
  } else if (error instanceof InvalidCustomIdError) {
    message = i18n.t('common.errors.expiredComponent');
    logger.warn('Refused a component id', { reason: error.reason, customId: error.customId });
  } else if (asDatabaseUnavailable(error)) {
    message = i18n.t('common.errors.databaseUnavailable');
    logger.warn('The database is unavailable; asked the member to try again', { error });
  } else if (options.answeredLate && isAlreadyAcknowledged(error)) {
    logger.warn('The handler answered after the router had answered for it; its answer was dropped', { error });
    return;
  } else if (isAnsweredByDiscordElsewhere(error)) {
    // Discord delivered this interaction twice (a gateway replay): the first delivery answered it, and the
    // services are idempotent, so the member already has the one answer they should get.
    logger.info('Discord refused a second answer to an interaction another delivery had answered', {
      code: RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
    });
    return;
  } else {
    message = i18n.t('common.errors.internal');
    logger.error('Interaction failed', { error });
  }
  try {
    if (options.answeredLate) await interaction.editReply({ content: message, embeds: [], components: [] });
    else await respondPrivately(interaction, message);
  } catch (replyError) {
    if (isAnsweredByDiscordElsewhere(replyError)) {
      // A replayed delivery refused by a service (already done): the first delivery gave the real answer.
      logger.info('Discord refused a second answer to an interaction another delivery had answered', {
        original: String(error),
      });
    } else {
      logger.error('Could not tell the user about an error', { error: replyError, original: String(error) });
    }
  }
}

/** Discord's own refusal (40060), unlike discord.js's local one, which means this process answered twice: a bug. */
function isAnsweredByDiscordElsewhere(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged;
}

function isAlreadyAcknowledged(error: unknown): boolean {
  if (error instanceof DiscordAPIError) return error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged;
  return (error as { code?: unknown } | null)?.code === DiscordjsErrorCodes.InteractionAlreadyReplied;
}
