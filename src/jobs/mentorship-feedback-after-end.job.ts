import { z } from 'zod';
import { objectIdParam } from '../discord/custom-id-params.js';
import { serverNameOf, tellMember } from '../discord/mentorship-pair-messages.js';
import { archiveMentorshipThread, postInMentorshipThread } from '../discord/mentorship-space.js';
import { FEEDBACK_REVEAL_AFTER_MS } from '../services/mentorship-feedback.service.js';
import { endFollowedUp, getMentorship } from '../services/mentorship-lifecycle.service.js';
import { endedDirectMessage } from '../views/mentorship-feedback.view.js';
import { defineJob } from './job.js';
import { mentorshipFeedbackRevealJob } from './mentorship-feedback-reveal.job.js';

/**
 * After a mentorship ended (by either side, or as inactive): a closing note in the thread, which is then
 * archived; a DM to each side saying so with the private feedback form; and the 14-day reveal scheduled.
 * Queued by whatever ended it, right after the end was recorded; the check-in sweep queues it again if
 * the bot stopped in between.
 */
export const mentorshipFeedbackAfterEndJob = defineJob({
  name: 'mentorship-feedback.after-end',
  payload: z.object({ mentorshipId: objectIdParam }),
  async run({ mentorshipId }, ctx) {
    const mentorship = await getMentorship(mentorshipId);
    if (mentorship?.status !== 'ended' || mentorship.endedAt === null) return;
    await ctx.jobs.schedule(
      mentorshipFeedbackRevealJob,
      new Date(mentorship.endedAt.getTime() + FEEDBACK_REVEAL_AFTER_MS),
      { mentorshipId },
      { uniqueBy: ['mentorshipId'], keepExisting: true },
    );
    await postInMentorshipThread(ctx, mentorship, (tr) => ({ content: tr.t('lifecycle.end.inThread') }));
    await archiveMentorshipThread(ctx, mentorship);
    const server = serverNameOf(ctx, mentorship.guildId);
    for (const userId of [mentorship.menteeId, mentorship.mentorId]) {
      await tellMember(ctx, mentorship.guildId, userId, (tr) => endedDirectMessage(tr, mentorship, userId, server));
    }
    await endFollowedUp(mentorshipId);
  },
});
