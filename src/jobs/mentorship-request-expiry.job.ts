import { z } from 'zod';
import { objectIdParam } from '../discord/custom-id-params.js';
import { sendDirectMessage } from '../discord/direct-message.js';
import { expireMentorshipRequest } from '../services/mentorship-request.service.js';
import { requestOutcomeForMentee } from '../views/mentorship-request.view.js';
import { defineJob } from './job.js';

/** Expires a request the mentor left unanswered and tells the member; a no-op if it was answered. */
export const mentorshipRequestExpiryJob = defineJob({
  name: 'mentorship-request.expire',
  payload: z.object({ requestId: objectIdParam }),
  async run({ requestId }, ctx) {
    const expired = await expireMentorshipRequest(requestId, ctx.clock);
    if (!expired) return;
    await sendDirectMessage(ctx.client, expired.menteeId, { content: requestOutcomeForMentee(expired) }, ctx.logger);
    ctx.logger.info('Expired an unanswered mentorship request', { requestId, guildId: expired.guildId });
  },
});
