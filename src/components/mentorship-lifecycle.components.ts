import { defineComponent } from '../discord/component.js';
import { respond } from '../discord/respond.js';
import { queueEndFollowUp } from '../jobs/mentorship-fading-end.job.js';
import { continueMentorship, endMentorship, getMentorship } from '../services/mentorship-lifecycle.service.js';
import { ForbiddenError } from '../errors.js';
import { isParticipant } from '../services/mentorship.service.js';
import { endReasonLabel, endReasonPicker } from '../views/mentorship-lifecycle.view.js';
import { feedbackButton } from '../views/mentorship-feedback.view.js';
import { continueMentorshipRoute, endQuietMentorshipRoute, endReasonRoute } from './mentorship-lifecycle.routes.js';

/** "Continue" on a fading pair's question or warning: counts as activity, so the sequence starts over. */
export const continueMentorshipButton = defineComponent({
  kind: 'button',
  route: continueMentorshipRoute,
  defer: 'ephemeral',
  async handle(interaction, { mentorshipId }, ctx) {
    await continueMentorship({ mentorshipId, actorId: interaction.user.id }, ctx.clock);
    await respond(interaction, { content: ctx.i18n.t('lifecycle.fading.continued') });
  },
});

/** "End it": the reasons, privately; only the pair may see them. */
export const endQuietMentorshipButton = defineComponent({
  kind: 'button',
  route: endQuietMentorshipRoute,
  defer: 'ephemeral',
  async handle(interaction, { mentorshipId }, ctx) {
    const mentorship = await getMentorship(mentorshipId);
    if (!mentorship || !isParticipant(mentorship, interaction.user.id))
      throw new ForbiddenError('lifecycle.errors.notYours');
    await respond(interaction, endReasonPicker(ctx.i18n, mentorshipId));
  },
});

/** The reason picked after "End it": the same end as `/mentorship end`. */
export const endReasonSelect = defineComponent({
  kind: 'string-select',
  route: endReasonRoute,
  defer: 'ephemeral',
  async handle(interaction, { mentorshipId }, ctx) {
    const reason = interaction.values[0] ?? '';
    const ended = await endMentorship({ mentorshipId, actorId: interaction.user.id, reason }, ctx.clock);
    await queueEndFollowUp(ctx, ended.id);
    await respond(interaction, {
      content: ctx.i18n.t('lifecycle.end.done', { reason: endReasonLabel(ctx.i18n, ended.endReason ?? 'other') }),
      components: [feedbackButton(ctx.i18n, ended.id)],
    });
  },
});
