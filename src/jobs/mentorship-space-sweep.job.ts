import { z } from 'zod';
import { unopenedSpaces } from '../services/mentorship-space-opening.service.js';
import { defineJob } from './job.js';
import { queueMentorshipSpace } from './mentorship-space-open.job.js';

/**
 * The safety net of opening spaces, every few minutes and at start-up: a mentorship whose accept was
 * recorded but whose opening job was never queued (the process stopped in between), or gave up, is
 * queued again.
 */
export const mentorshipSpaceSweepJob = defineJob({
  name: 'mentorship-space.sweep',
  payload: z.object({}),
  repeatEveryMs: 5 * 60_000,
  async run(_payload, ctx) {
    const unopened = await unopenedSpaces(ctx.clock);
    for (const mentorship of unopened) await queueMentorshipSpace(ctx, mentorship.requestId);
    if (unopened.length > 0) ctx.logger.info('Queued unopened mentorship spaces again', { count: unopened.length });
  },
});
