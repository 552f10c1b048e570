import { z } from 'zod';
import { expireOverdueRequests, requestsOwingNotices } from '../services/mentorship-request.service.js';
import { defineJob } from './job.js';
import { queueRequestNotices, requestNoticeQueue } from './mentorship-request-notice.job.js';

const SWEEP_EVERY_MS = 5 * 60_000;
/** Requests handled per run; the next run takes the rest. */
const SWEEP_BATCH = 200;
/** Notices younger than this are still being delivered by the step that made them due. */
const NOTICE_GRACE_MS = 2 * 60_000;

/**
 * The safety net of the request lifecycle, every few minutes and at start-up: expires pending requests
 * past their lifetime by query (whether or not their expiry job was ever scheduled or ran), and queues
 * notices that were saved but never queued (the process stopped in between).
 */
export const mentorshipRequestSweepJob = defineJob({
  name: 'mentorship-request.sweep',
  payload: z.object({}),
  repeatEveryMs: SWEEP_EVERY_MS,
  async run(_payload, ctx) {
    const queue = requestNoticeQueue(ctx);
    const expired = await expireOverdueRequests({ clock: ctx.clock, notices: queue }, SWEEP_BATCH);
    for (const request of expired) await queue.deliver(request.id, request.status);
    if (expired.length > 0) ctx.logger.info('Expired overdue mentorship requests', { count: expired.length });
    for (const owing of await requestsOwingNotices(ctx.clock, NOTICE_GRACE_MS, SWEEP_BATCH)) {
      await queueRequestNotices(ctx, owing.id, owing.status);
    }
  },
});
