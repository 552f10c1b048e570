import { z } from 'zod';
import type { Clock } from '../clock.js';
import { objectIdParam } from '../discord/custom-id-params.js';
import { refreshMentorshipSummary, type SpaceContext } from '../discord/mentorship-space.js';
import { defineJob } from './job.js';
import type { JobScheduler } from './job-scheduler.js';

/** Redraws a pinned summary whose redraw failed when the change was made (a Discord 5xx): it retries until it lands. */
export const mentorshipSummaryRefreshJob = defineJob({
  name: 'mentorship-space.refresh-summary',
  payload: z.object({ mentorshipId: objectIdParam }),
  async run({ mentorshipId }, ctx) {
    await refreshMentorshipSummary(ctx, mentorshipId);
  },
});

/**
 * Keeps the pinned summary current after a change: redrawn at once, and if Discord fails, by a job that
 * retries. Never throws: the change itself is saved either way.
 */
export async function keepSummaryCurrent(
  ctx: SpaceContext & { jobs: JobScheduler; clock: Clock },
  mentorshipId: string,
): Promise<void> {
  try {
    await refreshMentorshipSummary(ctx, mentorshipId);
  } catch (error) {
    ctx.logger.warn('Could not redraw a pinned summary; a job retries', { mentorshipId, error });
    await ctx.jobs
      .schedule(mentorshipSummaryRefreshJob, ctx.clock.now(), { mentorshipId }, { uniqueBy: ['mentorshipId'] })
      .catch((queueError: unknown) => {
        ctx.logger.warn('Could not queue a summary redraw', { mentorshipId, error: queueError });
      });
  }
}
