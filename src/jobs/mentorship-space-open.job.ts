import { z } from 'zod';
import type { Clock } from '../clock.js';
import { openMentorshipSpace } from '../discord/mentorship-space-opening.js';
import type { Logger } from '../logger.js';
import { defineJob } from './job.js';
import type { JobScheduler } from './job-scheduler.js';
import { CONFIRM_REMINDER_DELAY_MS, mentorshipSpaceReminderJob } from './mentorship-space-reminder.job.js';

/**
 * Opens the pair's space (thread, pinned summary, DMs with guides) for the mentorship a request started.
 * Keyed by the request, so queueing it twice runs it once; each step is recorded, so a retry after a
 * Discord failure or a restart does only what is missing.
 */
export const mentorshipSpaceOpenJob = defineJob({
  name: 'mentorship-space.open',
  payload: z.object({ requestId: z.string().min(1).max(64) }),
  async run({ requestId }, ctx) {
    const opened = await openMentorshipSpace(ctx, requestId);
    if (!opened) return;
    await ctx.jobs.schedule(
      mentorshipSpaceReminderJob,
      new Date(ctx.clock.now().getTime() + CONFIRM_REMINDER_DELAY_MS),
      { mentorshipId: opened.id },
      { uniqueBy: ['mentorshipId'], keepExisting: true },
    );
  },
});

/**
 * Queues the opening of a new mentorship's space. A failure is logged, not thrown: the mentorship is
 * saved, and the space sweep queues its opening again.
 */
export async function queueMentorshipSpace(
  ctx: { jobs: JobScheduler; clock: Clock; logger: Logger },
  requestId: string,
): Promise<void> {
  try {
    await ctx.jobs.schedule(
      mentorshipSpaceOpenJob,
      ctx.clock.now(),
      { requestId },
      { uniqueBy: ['requestId'], keepExisting: true },
    );
  } catch (error) {
    ctx.logger.warn('Could not queue the opening of a mentorship space; the sweep will', { requestId, error });
  }
}
