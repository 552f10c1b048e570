import { z } from 'zod';
import type { Clock } from '../clock.js';
import { objectIdParam } from '../discord/custom-id-params.js';
import type { Logger } from '../logger.js';
import { REQUEST_STATUSES } from '../../models/mentorship-request.model.js';
import type { RequestNoticeQueue, RequestStatus } from '../services/mentorship-request.service.js';
import { defineJob } from './job.js';
import type { JobScheduler } from './job-scheduler.js';
import { mentorshipRequestExpiryJob } from './mentorship-request-expiry.job.js';
import { deliverRequestNotices } from './mentorship-request-notices.js';

/**
 * Delivers the notices a request owes for the step it reached (`status`). One job per request and step:
 * a job queued for an earlier step stops as soon as the request has moved on, so two jobs never
 * deliver the same notice.
 */
export const mentorshipRequestNoticeJob = defineJob({
  name: 'mentorship-request.notify',
  payload: z.object({ requestId: objectIdParam, status: z.enum(REQUEST_STATUSES) }),
  async run({ requestId, status }, ctx) {
    await deliverRequestNotices(requestId, ctx, status);
  },
});

/** Queues the delivery of a request's notices now; an existing job for the same step keeps its retries. */
export async function queueRequestNotices(
  ctx: { jobs: JobScheduler; clock: Clock },
  requestId: string,
  status: RequestStatus,
): Promise<void> {
  await ctx.jobs.schedule(
    mentorshipRequestNoticeJob,
    ctx.clock.now(),
    { requestId, status },
    { uniqueBy: ['requestId', 'status'], keepExisting: true },
  );
}

/**
 * The queue the request service hands finished requests to: their expiry job is cancelled and their
 * notices queued. A failure is logged, not thrown: the notices are saved with the request, and the
 * sweep queues them again.
 */
export function requestNoticeQueue(ctx: { jobs: JobScheduler; clock: Clock; logger: Logger }): RequestNoticeQueue {
  return {
    async deliver(requestId, status) {
      try {
        await ctx.jobs.cancel(mentorshipRequestExpiryJob, { requestId });
        await queueRequestNotices(ctx, requestId, status);
      } catch (error) {
        ctx.logger.warn('Could not queue the notices of a request; the sweep will', { requestId, error });
      }
    },
  };
}
