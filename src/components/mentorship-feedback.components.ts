import { defineComponent } from '../discord/component.js';
import { respond } from '../discord/respond.js';
import { mentorshipFeedbackRevealJob } from '../jobs/mentorship-feedback-reveal.job.js';
import { checkCanGiveFeedback, giveFeedback } from '../services/mentorship-feedback.service.js';
import { recordReputationEvent } from '../services/reputation/ledger.service.js';
import { feedbackModal } from '../views/mentorship-feedback.view.js';
import { feedbackButtonRoute, feedbackFormRoute } from './mentorship-feedback.routes.js';

/** Opens the private feedback form for a side that has not answered yet (checked again, atomically, on submit). */
export const feedbackButton = defineComponent({
  kind: 'button',
  route: feedbackButtonRoute,
  defer: 'none',
  async handle(interaction, { mentorshipId }, ctx) {
    await checkCanGiveFeedback(mentorshipId, interaction.user.id);
    await interaction.showModal(feedbackModal(ctx.i18n, mentorshipId));
  },
});

/**
 * Records the feedback once. The second side's answer reveals both now (a job, so a failed DM is retried);
 * otherwise the reveal scheduled at the end shows it after 14 days.
 */
export const feedbackForm = defineComponent({
  kind: 'modal',
  route: feedbackFormRoute,
  defer: 'ephemeral',
  async handle(interaction, { mentorshipId }, ctx) {
    const given = await giveFeedback(
      {
        mentorshipId,
        actorId: interaction.user.id,
        rating: interaction.fields.getTextInputValue('rating'),
        comment: interaction.fields.getTextInputValue('comment'),
      },
      ctx.clock,
    );
    if (given.feedback.fromRole === 'mentee') {
      // The mentee's rating of their mentor counts toward the mentor's reputation, once (by its key).
      await recordReputationEvent(
        {
          guildId: given.mentorship.guildId,
          userId: given.mentorship.mentorId,
          kind: 'feedback',
          key: `feedback:${given.feedback.id}`,
          actorId: given.feedback.fromId,
          rating: given.feedback.rating,
          sourceId: given.mentorship.id,
        },
        ctx.clock,
      ).catch((error: unknown) => {
        ctx.logger.warn('Could not record end feedback as reputation', { mentorshipId, error });
      });
    }
    if (given.bothAnswered) {
      await ctx.jobs.schedule(
        mentorshipFeedbackRevealJob,
        ctx.clock.now(),
        { mentorshipId },
        { uniqueBy: ['mentorshipId'] },
      );
    }
    const other = `<@${given.feedback.toId}>`;
    await respond(interaction, {
      content: given.bothAnswered
        ? ctx.i18n.t('lifecycle.feedback.thanksRevealed')
        : ctx.i18n.t('lifecycle.feedback.thanks', { other }),
    });
  },
});
