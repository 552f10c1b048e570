import { Events, type Client } from 'discord.js';
import type { Clock } from '../clock.js';
import type { JobScheduler } from '../jobs/job-scheduler.js';
import type { Logger } from '../logger.js';
import { ensureSeeded } from '../services/specialty.service.js';
import { handleMemberDeparture } from './member-departure.js';

export interface GuildEventsContext {
  readonly clock: Clock;
  readonly jobs: JobScheduler;
  readonly logger: Logger;
}

/**
 * Seeds each server's specialty catalog: the servers the bot is in at start-up (discord.js announces
 * them with ClientReady, not GuildCreate) and any server it joins later. With the Server Members intent,
 * a member leaving is handled at once (a departed mentor is retired and their requests closed).
 */
export function registerGuildEvents(client: Client, ctx: GuildEventsContext): void {
  const { logger } = ctx;
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
  // Only dispatched with the Server Members intent; without it the request flow notices departures.
  client.on(Events.GuildMemberRemove, (member) => {
    if (member.user.bot) return;
    handleMemberDeparture(member.guild.id, member.id, ctx).catch((error: unknown) =>
      logger.error('Could not handle a member leaving; a request to them will notice it', {
        guildId: member.guild.id,
        userId: member.id,
        error,
      }),
    );
  });
}
