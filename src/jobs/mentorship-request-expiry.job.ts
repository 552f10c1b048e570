import { z } from 'zod';
import { objectIdParam } from '../discord/custom-id-params.js';
import { expireMentorshipRequest } from '../services/mentorship-request.service.js';
import { defineJob } from './job.js';
import { requestNoticeQueue } from './mentorship-request-notice.job.js';
import { deliverRequestNotices } from './mentorship-request-notices.js';

/**
 * Expires a request the mentor left unanswered, tells the member, redraws the mentor's DM and tells the
 * mentor once (and, when it paused them, how to resume, and the admins); a no-op if it was answered.
 */
export const mentorshipRequestExpiryJob = defineJob({
  name: 'mentorship-request.expire',
  payload: z.object({ requestId: objectIdParam }),
  async run({ requestId }, ctx) {
    const expired = await expireMentorshipRequest(requestId, { clock: ctx.clock, notices: requestNoticeQueue(ctx) });
    // One that the sweep expired (or that was answered) is seen to by whoever ended it; notices a failed
    // delivery left behind are queued again by the sweep.
    if (!expired) return;
    ctx.logger.info('Expired an unanswered mentorship request', { requestId, guildId: expired.guildId });
    await deliverRequestNotices(requestId, ctx, 'expired');
  },
});
