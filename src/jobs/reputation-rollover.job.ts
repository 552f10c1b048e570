import { z } from 'zod';
import { guildsAnnouncingReputation } from '../../models/guild-settings.model.js';
import { translatorFor } from '../i18n/i18n.js';
import {
  claimClosedPeriods,
  periodAnnounced,
  periodAnnouncementFailed,
} from '../services/reputation/leaderboard.service.js';
import { countInterruptedEvents } from '../services/reputation/ledger.service.js';
import { periodAnnouncementMessage } from '../views/leaderboard.view.js';
import { defineJob } from './job.js';

/** How often finished weeks and months are looked for; an announcement comes at most this late. */
export const REPUTATION_ROLLOVER_EVERY_MS = 15 * 60_000;

/**
 * Weeks and months roll over by themselves (every event is filed under its period); this job announces
 * each finished one's winners once per server, claimed in the database first so that restarts and other
 * instances never post it twice, and released when the post fails so that the next run tries again. It
 * also counts ledger events whose counting was interrupted.
 */
export const reputationRolloverJob = defineJob({
  name: 'reputation.rollover',
  payload: z.object({}),
  repeatEveryMs: REPUTATION_ROLLOVER_EVERY_MS,
  async run(_payload, ctx) {
    const counted = await countInterruptedEvents(ctx.clock);
    if (counted > 0) ctx.logger.warn('Counted reputation events whose counting was interrupted', { counted });
    for (const guildId of await guildsAnnouncingReputation()) {
      for (const announcement of await claimClosedPeriods(guildId, ctx.clock)) {
        try {
          const channel = await ctx.client.channels.fetch(announcement.channelId);
          if (!channel?.isSendable()) throw new Error('The announcement channel is gone or not a text channel');
          const guild = ctx.client.guilds.cache.get(guildId);
          const tr = translatorFor(ctx.locales.forServer(guild?.preferredLocale));
          const message = await channel.send(periodAnnouncementMessage(tr, announcement));
          await periodAnnounced(announcement, message.id);
          ctx.logger.info('Announced the top members of a period', { guildId, period: announcement.period });
        } catch (error) {
          await periodAnnouncementFailed(announcement);
          ctx.logger.warn('Could not announce the top members of a period; will try again', {
            guildId,
            period: announcement.period,
            error,
          });
        }
      }
    }
  },
});
