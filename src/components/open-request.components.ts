import { defineComponent } from '../discord/component.js';
import { guildIdOf } from '../discord/actor.js';
import { displayNameOf } from '../discord/display-name.js';
import { publishOpenRequest, redrawOpenRequestPost } from '../discord/open-request-post.js';
import { openRequestExpiryJob } from '../jobs/open-request-expiry.job.js';
import { refreshRequestFigures } from '../services/mentorship-request.service.js';
import {
  OPEN_REQUEST_LIFETIME_DAYS,
  claimOpenRequest,
  createOpenRequest,
  recordOpenRequestPost,
  withdrawOpenRequest,
} from '../services/open-request.service.js';
import { userText } from '../views/format.js';
import { memberLabel } from '../views/mentorship-request.view.js';
import { mentorshipStarted } from './mentorship-request.components.js';
import { claimOpenRequestRoute, openRequestGoalsRoute, withdrawOpenRequestRoute } from './open-request.routes.js';

/** The member's goals for an open request: saved, posted in the server's channel, its expiry scheduled. */
export const openRequestGoalsModal = defineComponent({
  kind: 'modal',
  route: openRequestGoalsRoute,
  defer: 'ephemeral',
  async handle(interaction, { specialty }, ctx) {
    const menteeId = interaction.user.id;
    const {
      request,
      channelId,
      specialty: chosen,
    } = await createOpenRequest(
      {
        guildId: guildIdOf(interaction),
        menteeId,
        menteeName: displayNameOf(interaction.member, interaction.user),
        specialty,
        goals: interaction.fields.getTextInputValue('goals'),
      },
      ctx.clock,
    );
    let post;
    try {
      post = await publishOpenRequest(ctx, request, channelId);
    } catch (error) {
      // Nobody can see it, so nobody could claim it: it must not stay open.
      await withdrawOpenRequest({ requestId: request.id, actorId: menteeId }, ctx.clock);
      throw error;
    }
    await recordOpenRequestPost(request.id, post);
    try {
      await ctx.jobs.schedule(
        openRequestExpiryJob,
        request.expiresAt,
        { requestId: request.id },
        { uniqueBy: ['requestId'] },
      );
    } catch (error) {
      ctx.logger.warn('Could not schedule an open request’s expiry; the sweep will', { requestId: request.id, error });
    }
    await interaction.editReply({
      content: ctx.i18n.t('openRequests.posted', {
        channelId: post.channelId,
        specialty: userText(chosen.name, 60),
        count: OPEN_REQUEST_LIFETIME_DAYS,
      }),
    });
  },
});

/**
 * A mentor claims an open request from its post; the first claim wins and starts the mentorship as an
 * accept does (the member's DM, the pair's space). Anyone else gets a private refusal.
 */
export const claimOpenRequestButton = defineComponent({
  kind: 'button',
  route: claimOpenRequestRoute,
  defer: 'ephemeral',
  async handle(interaction, { requestId }, ctx) {
    const { openRequest, request } = await claimOpenRequest(
      { requestId, mentorId: interaction.user.id, mentorName: displayNameOf(interaction.member, interaction.user) },
      ctx.clock,
    );
    await mentorshipStarted(ctx, request);
    await interaction.editReply({
      content: ctx.i18n.t('openRequests.claimed', { mentee: memberLabel(request.menteeId, request.menteeName) }),
    });
    await redrawOpenRequestPost(ctx, openRequest).catch((error: unknown) => {
      ctx.logger.warn('Could not redraw a claimed open request', { requestId, error });
    });
    await refreshRequestFigures(request.guildId, request.mentorId).catch((error: unknown) => {
      ctx.logger.warn('Could not refresh a mentor’s request figures', { mentorId: request.mentorId, error });
    });
  },
});

/** Only the member who posted it may withdraw it (the service checks); its post then says so. */
export const withdrawOpenRequestButton = defineComponent({
  kind: 'button',
  route: withdrawOpenRequestRoute,
  defer: 'ephemeral',
  async handle(interaction, { requestId }, ctx) {
    const withdrawn = await withdrawOpenRequest({ requestId, actorId: interaction.user.id }, ctx.clock);
    await ctx.jobs.cancel(openRequestExpiryJob, { requestId }).catch((error: unknown) => {
      ctx.logger.warn('Could not cancel an open request’s expiry; it will find the request withdrawn', { error });
    });
    await redrawOpenRequestPost(ctx, withdrawn);
    await interaction.editReply({ content: ctx.i18n.t('openRequests.withdrawn') });
  },
});
