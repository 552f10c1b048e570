import { z } from 'zod';
import { objectIdParam } from '../discord/custom-id-params.js';
import { serverNameOf, tellMember } from '../discord/mentorship-pair-messages.js';
import { feedbackRevealed, feedbackToReveal } from '../services/mentorship-feedback.service.js';
import { revealedFeedbackMessage } from '../views/mentorship-feedback.view.js';
import { defineJob } from './job.js';

/**
 * Shows each side the other's feedback by DM, once it may be shown: when both answered (queued by the
 * second answer) or 14 days after the end (scheduled at the end). Each piece is marked as shown once
 * delivered (or undeliverable), so a retry sends only what is left.
 */
export const mentorshipFeedbackRevealJob = defineJob({
  name: 'mentorship-feedback.reveal',
  payload: z.object({ mentorshipId: objectIdParam }),
  async run({ mentorshipId }, ctx) {
    for (const feedback of await feedbackToReveal(mentorshipId, ctx.clock)) {
      const server = serverNameOf(ctx, feedback.guildId);
      await tellMember(ctx, feedback.guildId, feedback.toId, (tr) => revealedFeedbackMessage(tr, feedback, server));
      await feedbackRevealed(feedback.id, ctx.clock);
    }
  },
});
