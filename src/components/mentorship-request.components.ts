import { MessageFlags } from 'discord.js';
import { guildIdOf } from '../discord/actor.js';
import { defineComponent } from '../discord/component.js';
import type { AppContext } from '../discord/context.js';
import { sendDirectMessage } from '../discord/direct-message.js';
import { mentorshipRequestExpiryJob } from '../jobs/mentorship-request-expiry.job.js';
import {
  REQUEST_LIFETIME_MS,
  acceptMentorship,
  declineMentorship,
  refreshResponseStats,
  requestMentorship,
  withdrawMentorshipRequest,
  type MentorshipRequest,
} from '../services/mentorship-request.service.js';
import {
  declineModal,
  goalsModal,
  requestForMentor,
  requestOutcomeForMentee,
  requestSentNote,
} from '../views/mentorship-request.view.js';
import {
  acceptRequestRoute,
  declineReasonRoute,
  declineRequestRoute,
  requestGoalsRoute,
  requestMentorRoute,
} from './mentorship-request.routes.js';

/** Bookkeeping after the user has their answer; a failure here is logged, not shown. */
async function afterAnswer(request: MentorshipRequest, ctx: AppContext): Promise<void> {
  await sendDirectMessage(ctx.client, request.menteeId, { content: requestOutcomeForMentee(request) }, ctx.logger);
  try {
    await ctx.jobs.cancel(mentorshipRequestExpiryJob, { requestId: request.id });
    await refreshResponseStats(request.guildId, request.mentorId);
  } catch (error) {
    ctx.logger.error('Could not finish the bookkeeping of an answered request', { requestId: request.id, error });
  }
}

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
    try {
      await ctx.jobs.schedule(
        mentorshipRequestExpiryJob,
        new Date(request.createdAt.getTime() + REQUEST_LIFETIME_MS),
        { requestId: request.id },
        { uniqueBy: ['requestId'] },
      );
    } catch (error) {
      // A request that could never expire would hold the member's place forever.
      await withdrawMentorshipRequest(request.id);
      throw error;
    }
    const delivered = await sendDirectMessage(ctx.client, mentorId, requestForMentor(request), ctx.logger);
    await interaction.editReply({ content: requestSentNote(request, delivered) });
    await refreshResponseStats(request.guildId, mentorId).catch((error: unknown) => {
      ctx.logger.error('Could not refresh response stats', { mentorId, error });
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
    await afterAnswer(accepted, ctx);
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
    await afterAnswer(declined, ctx);
  },
});
