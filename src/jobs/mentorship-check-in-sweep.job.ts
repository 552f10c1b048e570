import { z } from 'zod';
import { tellPair, serverNameOf } from '../discord/mentorship-pair-messages.js';
import {
  checkInDelivered,
  claimDueCheckIns,
  scheduleFirstCheckIns,
  startCheckInDelivery,
  undeliveredCheckIns,
  type MentorshipCheckIn,
} from '../services/mentorship-check-in.service.js';
import { mentorshipsOwingEndFollowUp } from '../services/mentorship-lifecycle.service.js';
import { checkInDirectMessage, checkInThreadPost } from '../views/mentorship-check-in.view.js';
import { defineJob, type JobContext } from './job.js';
import { queueEndFollowUp } from './mentorship-fading-end.job.js';
import { keepSummaryCurrent } from './mentorship-space-refresh.job.js';

const SWEEP_EVERY_MS = 5 * 60_000;
const SWEEP_BATCH = 100;
/** A prompt younger than this is still being delivered by the sweep that made it. */
const DELIVERY_GRACE_MS = 2 * 60_000;

/**
 * Check-ins, every few minutes and at start-up: first check-ins for new pairs, then every check-in that
 * fell due is made (once, under its unique number) and its prompt posted; prompts a stopped sweep left
 * undelivered are posted too, and so are the follow-ups of ends the bot stopped right after. All state is
 * in MongoDB, so a restart at any point loses none and doubles none.
 */
export const mentorshipCheckInSweepJob = defineJob({
  name: 'mentorship-check-in.sweep',
  payload: z.object({}),
  repeatEveryMs: SWEEP_EVERY_MS,
  async run(_payload, ctx) {
    // The pinned summary shows the next check-in, so each pair whose schedule moves gets it redrawn.
    for (const mentorshipId of await scheduleFirstCheckIns(SWEEP_BATCH)) await keepSummaryCurrent(ctx, mentorshipId);
    const due = await claimDueCheckIns(ctx.clock, SWEEP_BATCH);
    const left = await undeliveredCheckIns(ctx.clock, DELIVERY_GRACE_MS, SWEEP_BATCH);
    let failure: Error | null = null;
    for (const checkIn of [...due, ...left]) {
      try {
        await deliverCheckIn(checkIn, ctx);
      } catch (error) {
        ctx.logger.warn('Could not post a check-in yet; the next sweep retries', { checkInId: checkIn.id, error });
        failure ??= error instanceof Error ? error : new Error(String(error));
      }
    }
    if (due.length > 0) ctx.logger.info('Posted due check-ins', { count: due.length });
    // An end whose follow-up was never queued (the bot stopped right after it) is followed up now.
    for (const ended of await mentorshipsOwingEndFollowUp(ctx.clock, DELIVERY_GRACE_MS, SWEEP_BATCH)) {
      await queueEndFollowUp(ctx, ended.id);
    }
    if (failure !== null) throw failure;
  },
});

/** Posts one prompt (thread, else each side's DM) under the delivery lease; a pair that ended gets none. */
async function deliverCheckIn(checkIn: MentorshipCheckIn, ctx: JobContext): Promise<void> {
  const plan = await startCheckInDelivery(checkIn.id, ctx.clock);
  if (plan.action === 'wait') return;
  if (plan.action === 'drop') {
    await checkInDelivered(checkIn.id, [], ctx.clock);
    return;
  }
  const { mentorship } = plan;
  const next = mentorship.nextCheckInAt;
  const server = serverNameOf(ctx, mentorship.guildId);
  const sent = await tellPair(
    ctx,
    mentorship,
    (tr) => checkInThreadPost(tr, plan.checkIn, next),
    (tr, _userId, otherId) => checkInDirectMessage(tr, plan.checkIn, next, server, otherId),
  );
  await checkInDelivered(checkIn.id, sent === 'thread' ? [] : sent, ctx.clock);
  await keepSummaryCurrent(ctx, mentorship.id);
}
