import { z } from 'zod';
import type { Clock } from '../clock.js';
import { objectIdParam } from '../discord/custom-id-params.js';
import { endInactiveMentorship } from '../services/mentorship-lifecycle.service.js';
import { defineJob } from './job.js';
import type { JobScheduler } from './job-scheduler.js';
import { mentorshipFeedbackAfterEndJob } from './mentorship-feedback-after-end.job.js';

/**
 * Seven days after a fading pair was warned: ends it as inactive, unless anything happened meanwhile
 * (then it does nothing); the end's follow-up (thread archived, both told, feedback asked) is queued.
 */
export const mentorshipFadingEndJob = defineJob({
  name: 'mentorship-fading.end',
  payload: z.object({ mentorshipId: objectIdParam }),
  async run({ mentorshipId }, ctx) {
    const ended = await endInactiveMentorship(mentorshipId, ctx.clock);
    if (!ended) return;
    ctx.logger.info('Ended a mentorship nobody answered for too long', { mentorshipId, guildId: ended.guildId });
    await queueEndFollowUp(ctx, mentorshipId);
  },
});

/** Queues what follows an end; a second queueing of the same end is a no-op. */
export async function queueEndFollowUp(ctx: { jobs: JobScheduler; clock: Clock }, mentorshipId: string): Promise<void> {
  await ctx.jobs.schedule(
    mentorshipFeedbackAfterEndJob,
    ctx.clock.now(),
    { mentorshipId },
    { uniqueBy: ['mentorshipId'], keepExisting: true },
  );
}
