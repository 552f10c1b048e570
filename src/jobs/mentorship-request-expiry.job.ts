import { z } from 'zod';
import { objectIdParam } from '../discord/custom-id-params.js';
import { expireMentorshipRequest } from '../services/mentorship-request.service.js';
import { defineJob } from './job.js';
import { requestNoticeQueue } from './mentorship-request-notice.job.js';
import { deliverRequestNotices } from './mentorship-request-notices.js';

/**
 * Expires a request the mentor left unanswered, tells the member, redraws the mentor's DM and tells the
 * mentor once (and, when it paused them, how to resume, and the admins); a no-op if it was answered. A
 * retry finds the request expired and delivers what is left.
 */
export const mentorshipRequestExpiryJob = defineJob({
  name: 'mentorship-request.expire',
  payload: z.object({ requestId: objectIdParam }),
  async run({ requestId }, ctx) {
    const expired = await expireMentorshipRequest(requestId, { clock: ctx.clock, notices: requestNoticeQueue(ctx) });
    if (expired) ctx.logger.info('Expired an unanswered mentorship request', { requestId, guildId: expired.guildId });
    await deliverRequestNotices(requestId, ctx, 'expired');
  },
});
