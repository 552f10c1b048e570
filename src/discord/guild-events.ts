import { Events, type Client } from 'discord.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';

interface GuildEventDeps {
  clock: Clock;
  logger: Logger;
}

/** Reacts to the bot joining a server (or seeing it at start-up): prepares its data. */
export function registerGuildEvents(client: Client, { logger }: GuildEventDeps): void {
  client.on(Events.GuildCreate, (guild) => {
    logger.info('Serving a server', { guildId: guild.id, name: guild.name });
  });
}
