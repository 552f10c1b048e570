import type { Client, MessageCreateOptions } from 'discord.js';
import type { Logger } from '../logger.js';

/**
 * Sends a direct message and reports whether it arrived. Members may close their DMs (Discord answers
 * 50007); that is their choice, not an error, so callers fall back to telling the actor instead.
 */
export async function sendDirectMessage(
  client: Client,
  userId: string,
  message: MessageCreateOptions,
  logger: Logger,
): Promise<boolean> {
  try {
    const user = await client.users.fetch(userId);
    await user.send(message);
    return true;
  } catch (error) {
    logger.info('Could not send a direct message', { targetUserId: userId, error });
    return false;
  }
}
