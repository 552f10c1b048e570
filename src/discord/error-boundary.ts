import type { RepliableInteraction } from 'discord.js';
import { UserError } from '../errors.js';
import type { Logger } from '../logger.js';
import { InvalidCustomIdError } from './custom-id.js';
import { EXPIRED_COMPONENT_MESSAGE, INTERNAL_ERROR_MESSAGE, userMessageFor } from './error-messages.js';
import { respondPrivately } from './respond.js';

/**
 * Turns whatever a handler threw into an ephemeral answer: a user error's own message, a stale
 * component's hint, or a generic apology for bugs, which are logged with the interaction's context.
 * It never throws: a failure to answer is logged too.
 */
export async function replyWithError(interaction: RepliableInteraction, error: unknown, logger: Logger): Promise<void> {
  let message: string;
  if (error instanceof UserError) {
    message = userMessageFor(error);
    logger.info('User error', { code: error.code, details: error.details });
  } else if (error instanceof InvalidCustomIdError) {
    message = EXPIRED_COMPONENT_MESSAGE;
    logger.warn('Refused a component id', { reason: error.reason, customId: error.customId });
  } else {
    message = INTERNAL_ERROR_MESSAGE;
    logger.error('Interaction failed', { error });
  }
  try {
    await respondPrivately(interaction, message);
  } catch (replyError) {
    logger.error('Could not tell the user about an error', { error: replyError, original: String(error) });
  }
}
