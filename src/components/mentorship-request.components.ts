import { MessageFlags } from 'discord.js';
import { guildIdOf } from '../discord/actor.js';
import { defineComponent } from '../discord/component.js';
import { sendDirectMessage } from '../discord/direct-message.js';
import { mentorshipRequestExpiryJob } from '../jobs/mentorship-request-expiry.job.js';
import {
  REQUEST_LIFETIME_MS,
  acceptMentorship,
  declineMentorship,
  requestMentorship,
} from '../services/mentorship-request.service.js';
import {
  declineModal,
  goalsModal,
  requestForMentor,
  requestOutcomeForMentee,
} from '../views/mentorship-request.view.js';
import {
  acceptRequestRoute,
  declineReasonRoute,
  declineRequestRoute,
  requestGoalsRoute,
  requestMentorRoute,
} from './mentorship-request.routes.js';

/** Anyone who sees a search result may ask; the service decides whether the mentor can be asked. */
export const requestMentorButton = defineComponent({
  kind: 'button',
  route: requestMentorRoute,
  defer: 'none',
  async handle(interaction, { mentorId }) {
    await interaction.showModal(goalsModal(mentorId));
  },
});

export const requestGoalsModal = defineComponent({
  kind: 'modal',
  route: requestGoalsRoute,
  defer: 'ephemeral',
  async handle(interaction, { mentorId }, ctx) {
    const request = await requestMentorship(
      {
        guildId: guildIdOf(interaction),
        menteeId: interaction.user.id,
        mentorId,
        goals: interaction.fields.getTextInputValue('goals'),
      },
      ctx.clock,
    );
    await ctx.jobs.schedule(
      mentorshipRequestExpiryJob,
      new Date(request.createdAt.getTime() + REQUEST_LIFETIME_MS),
      { requestId: request.id },
      { uniqueBy: ['requestId'] },
    );
    const delivered = await sendDirectMessage(ctx.client, mentorId, requestForMentor(request), ctx.logger);
    await interaction.editReply({
      content: delivered
        ? `Your request is on its way to <@${mentorId}>. You'll get a direct message when they answer (within 7 days).`
        : `Your request is saved, but <@${mentorId}> doesn't accept direct messages; they'll see it with \`/mentor requests\`. You'll hear back within 7 days.`,
    });
  },
});

/** In the mentor's DMs or their `/mentor requests` list; the service checks that the presser is the mentor. */
export const acceptRequestButton = defineComponent({
  kind: 'button',
  route: acceptRequestRoute,
  defer: 'none',
  async handle(interaction, { requestId }, ctx) {
    const accepted = await acceptMentorship({ requestId, actorId: interaction.user.id }, ctx.clock);
    await interaction.update(requestForMentor(accepted));
    await sendDirectMessage(ctx.client, accepted.menteeId, { content: requestOutcomeForMentee(accepted) }, ctx.logger);
  },
});

export const declineRequestButton = defineComponent({
  kind: 'button',
  route: declineRequestRoute,
  defer: 'none',
  async handle(interaction, { requestId }) {
    await interaction.showModal(declineModal(requestId));
  },
});

export const declineReasonModal = defineComponent({
  kind: 'modal',
  route: declineReasonRoute,
  defer: 'none',
  async handle(interaction, { requestId }, ctx) {
    const declined = await declineMentorship(
      { requestId, actorId: interaction.user.id, reason: interaction.fields.getTextInputValue('reason') },
      ctx.clock,
    );
    if (interaction.isFromMessage()) await interaction.update(requestForMentor(declined));
    else await interaction.reply({ ...requestForMentor(declined), flags: MessageFlags.Ephemeral });
    await sendDirectMessage(ctx.client, declined.menteeId, { content: requestOutcomeForMentee(declined) }, ctx.logger);
  },
});
