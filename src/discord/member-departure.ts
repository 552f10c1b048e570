import type { Clock } from '../clock.js';
import { requestNoticeQueue } from '../jobs/mentorship-request-notice.job.js';
import type { JobScheduler } from '../jobs/job-scheduler.js';
import type { Logger } from '../logger.js';
import { recordMemberDeparture } from '../services/member-departure.service.js';

export interface DepartureContext {
  readonly clock: Clock;
  readonly jobs: JobScheduler;
  /** Scoped to where the departure was noticed (member events, or an interaction). */
  readonly logger: Logger;
}

/**
 * Retires a member who left as a mentor and closes the requests waiting for them; logs what it did.
 * Called on Discord's member-remove event, and by the request flow when Discord answers 10007 Unknown
 * Member for the mentor (servers where the bot has no Server Members intent).
 */
export async function handleMemberDeparture(guildId: string, userId: string, ctx: DepartureContext): Promise<void> {
  const outcome = await recordMemberDeparture(
    { guildId, userId },
    { clock: ctx.clock, notices: requestNoticeQueue(ctx) },
  );
  if (outcome.retired || outcome.closedRequests > 0) {
    ctx.logger.info('A mentor left the server: retired, and their waiting requests closed', {
      guildId,
      userId,
      closedRequests: outcome.closedRequests,
    });
  }
}
