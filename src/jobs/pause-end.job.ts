import { z } from 'zod';
import { snowflakeParam } from '../discord/custom-id-params.js';
import { sendDirectMessage } from '../discord/direct-message.js';
import { translatorFor } from '../i18n/i18n.js';
import { endPauseIfDue } from '../services/mentor-profile.service.js';
import { defineJob } from './job.js';

/** At the end of a dated pause: the mentor is active again, and told so in their language. */
export const pauseEndJob = defineJob({
  name: 'mentor.pause-end',
  payload: z.object({ guildId: snowflakeParam, userId: snowflakeParam }),
  async run(ref, ctx) {
    const change = await endPauseIfDue(ref, ctx.clock);
    if (!change) return;
    const serverLocale = ctx.client.guilds.cache.get(ref.guildId)?.preferredLocale;
    const tr = translatorFor(await ctx.locales.forRecipient(ref.userId, serverLocale));
    await sendDirectMessage(ctx.client, ref.userId, { content: tr.t('mentor.dm.pauseOver') }, ctx.logger);
  },
});
