import { Events, type Client } from 'discord.js';
import type { Logger } from '../logger.js';
import { ensureSeeded } from '../services/specialty.service.js';

/** When the bot joins a server (or sees it at start-up), its specialty catalog is seeded once. */
export function registerGuildEvents(client: Client, logger: Logger): void {
  client.on(Events.GuildCreate, (guild) => {
    ensureSeeded(guild.id).then(
      () => logger.info('Serving a server', { guildId: guild.id }),
      (error: unknown) => logger.error('Could not prepare a server', { guildId: guild.id, error }),
    );
  });
}
