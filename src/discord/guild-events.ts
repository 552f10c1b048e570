import { Events, type Client, type Guild } from 'discord.js';
import type { Clock } from '../clock.js';
import { translatorFor } from '../i18n/i18n.js';
import { resolveLocale } from '../i18n/locales.js';
import type { JobScheduler } from '../jobs/job-scheduler.js';
import type { Logger } from '../logger.js';
import { ensureSeeded } from '../services/specialty.service.js';
import { seededSpecialtyNames } from '../views/specialty-catalog.view.js';
import { handleMemberDeparture } from './member-departure.js';

export interface GuildEventsContext {
  readonly clock: Clock;
  readonly jobs: JobScheduler;
  readonly logger: Logger;
}

/**
 * Seeds each server's specialty catalog, named in the server's preferred language: the servers the bot is in at start-up (discord.js announces
 * them with ClientReady, not GuildCreate) and any server it joins later. With the Server Members intent,
 * a member leaving is handled at once (a departed mentor is retired and their requests closed).
 */
export function registerGuildEvents(client: Client, ctx: GuildEventsContext): void {
  const { logger } = ctx;
  const prepare = (guild: Guild) => {
    const guildId = guild.id;
    ensureSeeded(guildId, seededSpecialtyNames(translatorFor(resolveLocale(guild.preferredLocale)))).then(
      () => logger.debug('Server ready', { guildId }),
      (error: unknown) => logger.error('Could not prepare a server', { guildId, error }),
    );
  };
  client.once(Events.ClientReady, (ready) => {
    for (const guild of ready.guilds.cache.values()) prepare(guild);
  });
  client.on(Events.GuildCreate, (guild) => {
    logger.info('Joined a server', { guildId: guild.id });
    prepare(guild);
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
