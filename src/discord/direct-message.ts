import {
  DiscordAPIError,
  RESTJSONErrorCodes,
  type Client,
  type MessageCreateOptions,
  type MessageEditOptions,
} from 'discord.js';
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

/**
 * Discord's answers meaning a DM can never be delivered or edited, whatever the retries: DMs closed or
 * no shared server (50007, 50278), the user, channel or message gone (10013, 10003, 10008).
 */
const UNREACHABLE_CODES: ReadonlySet<number | string> = new Set([
  RESTJSONErrorCodes.CannotSendMessagesToThisUser,
  50278,
  RESTJSONErrorCodes.UnknownUser,
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.UnknownMessage,
]);

export function isUnreachable(error: unknown): boolean {
  return error instanceof DiscordAPIError && UNREACHABLE_CODES.has(error.code);
}

export interface SentMessage {
  channelId: string;
  messageId: string;
}

/**
 * For messages that must arrive (sent from jobs): the sent message, or null when the member cannot be
 * reached at all. Anything transient (a 5xx, a timeout) is thrown, so the job retries later.
 */
export async function deliverDirectMessage(
  client: Client,
  userId: string,
  message: MessageCreateOptions,
): Promise<SentMessage | null> {
  try {
    const user = await client.users.fetch(userId);
    const sent = await user.send(message);
    return { channelId: sent.channelId, messageId: sent.id };
  } catch (error) {
    if (isUnreachable(error)) return null;
    throw error;
  }
}

/** Edits a DM the bot sent earlier; false when it is gone or unreachable, throws when it may work later. */
export async function editDirectMessage(
  client: Client,
  sent: SentMessage,
  message: MessageEditOptions,
): Promise<boolean> {
  try {
    const channel = await client.channels.fetch(sent.channelId);
    if (!channel?.isDMBased()) return false;
    await channel.messages.edit(sent.messageId, message);
    return true;
  } catch (error) {
    if (isUnreachable(error)) return false;
    throw error;
  }
}
