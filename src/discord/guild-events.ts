import { Events, type Client } from 'discord.js';
import type { Logger } from '../logger.js';
import { ensureSeeded } from '../services/specialty.service.js';

/**
 * Seeds each server's specialty catalog: the servers the bot is in at start-up (discord.js announces
 * them with ClientReady, not GuildCreate) and any server it joins later.
 */
export function registerGuildEvents(client: Client, logger: Logger): void {
  const prepare = (guildId: string) => {
    ensureSeeded(guildId).then(
      () => logger.debug('Server ready', { guildId }),
      (error: unknown) => logger.error('Could not prepare a server', { guildId, error }),
    );
  };
  client.once(Events.ClientReady, (ready) => {
    for (const guildId of ready.guilds.cache.keys()) prepare(guildId);
  });
  client.on(Events.GuildCreate, (guild) => {
    logger.info('Joined a server', { guildId: guild.id });
    prepare(guild.id);
  });
}
