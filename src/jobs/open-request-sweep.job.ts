import { z } from 'zod';
import { openRequestsDueToExpire } from '../services/open-request.service.js';
import { defineJob } from './job.js';
import { openRequestExpiryJob } from './open-request-expiry.job.js';

const SWEEP_EVERY_MS = 5 * 60_000;
const SWEEP_BATCH = 200;

/**
 * The safety net for open requests, every few minutes and at start-up: any open request past its time,
 * or expired with its member not yet told (its expiry job was lost, or gave up), gets its expiry job.
 */
export const openRequestSweepJob = defineJob({
  name: 'open-request.sweep',
  payload: z.object({}),
  repeatEveryMs: SWEEP_EVERY_MS,
  async run(_payload, ctx) {
    for (const requestId of await openRequestsDueToExpire(ctx.clock, SWEEP_BATCH)) {
      await ctx.jobs.schedule(
        openRequestExpiryJob,
        ctx.clock.now(),
        { requestId },
        { uniqueBy: ['requestId'], keepExisting: true },
      );
    }
  },
});
