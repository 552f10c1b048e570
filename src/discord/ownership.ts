import type { BaseInteraction } from 'discord.js';
import { ForbiddenError } from '../errors.js';
import type { MessageKey } from '../i18n/message.js';

/**
 * Components carry the id of the member they were made for. Discord lets anyone press a button on a
 * message they can see, so each handler checks it; `refusal` says, in the catalog, whose thing it is.
 */
export function requireOwner(interaction: BaseInteraction, ownerId: string, refusal: MessageKey): void {
  if (interaction.user.id !== ownerId) throw new ForbiddenError(refusal);
}
