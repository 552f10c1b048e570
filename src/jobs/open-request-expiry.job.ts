import { z } from 'zod';
import { objectIdParam } from '../discord/custom-id-params.js';
import { deliverDirectMessage } from '../discord/direct-message.js';
import { redrawOpenRequestPost } from '../discord/open-request-post.js';
import { translatorFor } from '../i18n/i18n.js';
import {
  OPEN_REQUEST_LIFETIME_DAYS,
  expireOpenRequest,
  openRequestExpiryTold,
} from '../services/open-request.service.js';
import { listSpecialties } from '../services/specialty.service.js';
import { userText } from '../views/format.js';
import { defineJob } from './job.js';

/**
 * Expires an open request nobody claimed: its post shows it and the member is told, once (a retry after
 * the DM went out finds the news delivered). A no-op on a request claimed or withdrawn meanwhile.
 */
export const openRequestExpiryJob = defineJob({
  name: 'open-request.expire',
  payload: z.object({ requestId: objectIdParam }),
  async run({ requestId }, ctx) {
    const expired = await expireOpenRequest(requestId, ctx.clock);
    if (!expired) return;
    await redrawOpenRequestPost(ctx, expired);
    const serverLocale = ctx.client.guilds.cache.get(expired.guildId)?.preferredLocale ?? null;
    const tr = translatorFor(await ctx.locales.forRecipient(expired.menteeId, serverLocale));
    const catalog = await listSpecialties(expired.guildId, { includeArchived: true });
    const specialty = catalog.find((s) => s.slug === expired.specialty)?.name ?? expired.specialty;
    await deliverDirectMessage(ctx.client, expired.menteeId, {
      content: tr.t('openRequests.expiredDm', {
        specialty: userText(specialty, 60),
        count: OPEN_REQUEST_LIFETIME_DAYS,
      }),
    });
    await openRequestExpiryTold(expired.id);
    ctx.logger.info('Expired an unclaimed open request', { requestId, guildId: expired.guildId });
  },
});
