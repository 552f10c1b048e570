import type { BaseInteraction } from 'discord.js';
import { ForbiddenError } from '../errors.js';

/**
 * Components carry the id of the member they were made for. Discord lets anyone press a button on a
 * message they can see, so each handler checks it.
 */
export function requireOwner(interaction: BaseInteraction, ownerId: string, whatItIs: string): void {
  if (interaction.user.id !== ownerId) {
    throw new ForbiddenError(`${whatItIs} belongs to someone else. Run the command yourself to get your own.`);
  }
}
