import {
  DiscordAPIError,
  MessageFlags,
  RESTJSONErrorCodes,
  type ButtonInteraction,
  type Guild,
  type ModalBuilder,
  type ModalSubmitInteraction,
} from 'discord.js';
import { guildIdOf } from '../discord/actor.js';
import { defineComponent } from '../discord/component.js';
import type { AppContext } from '../discord/context.js';
import { deliverDirectMessage } from '../discord/direct-message.js';
import { displayNameOf } from '../discord/display-name.js';
import { handleMemberDeparture } from '../discord/member-departure.js';
import { ForbiddenError, RequestRefusedError } from '../errors.js';
import { translatorFor } from '../i18n/i18n.js';
import { mentorshipRequestExpiryJob } from '../jobs/mentorship-request-expiry.job.js';
import { queueRequestNotices, requestNoticeQueue } from '../jobs/mentorship-request-notice.job.js';
import { queueMentorshipSpace } from '../jobs/mentorship-space-open.job.js';
import { blockMember } from '../services/mentor-block.service.js';
import {
  REQUEST_LIFETIME_MS,
  acceptMentorship,
  checkCanRequest,
  declineMentorship,
  noticeDelivered,
  pendingRequestsOf,
  refreshRequestFigures,
  requestMentorship,
  getMentorshipRequest,
  withdrawMentorshipRequest,
  type MentorshipRequest,
} from '../services/mentorship-request.service.js';
import {
  declineModal,
  goalsModal,
  memberRequestsView,
  requestForMentor,
  requestSentNote,
  withdrawnNote,
} from '../views/mentorship-request.view.js';
import {
  acceptRequestRoute,
  blockRequestRoute,
  declineReasonRoute,
  declineRequestRoute,
  requestGoalsInRoute,
  requestGoalsRoute,
  requestMentorInRoute,
  requestMentorRoute,
  withdrawRequestRoute,
} from './mentorship-request.routes.js';

/**
 * How long the Request button waits for the refusal checks before opening the form anyway: a modal must
 * be the first answer, within Discord's 3 s, and the checks run again when the form is sent.
 */
const CHECK_BUDGET_MS = 1_500;

/**
 * The mentor's display name. A mentor who left the server cannot be asked: Discord answers 10007, they
 * are retired and their requests closed. Forced, since without the Server Members intent the member
 * cache never hears that someone left.
 */
async function mentorNameIn(guild: Guild | null, mentorId: string, ctx: AppContext): Promise<string | null> {
  if (!guild) return null;
  try {
    return (await guild.members.fetch({ user: mentorId, force: true })).displayName;
  } catch (error) {
    if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMember) {
      await handleMemberDeparture(guild.id, mentorId, ctx);
      throw new RequestRefusedError('mentor-left', { mentorId });
    }
    ctx.logger.warn('Could not read the mentor’s display name', { mentorId, error });
    return null;
  }
}

/**
 * A request was accepted, by its Accept button or by a mentor claiming an open request: the mentorship
 * has begun (its `requestId` is this request's id). The member and the mentor's DM are seen to by a
 * durable job; whatever else a new mentorship starts belongs here too.
 */
export async function mentorshipStarted(ctx: AppContext, request: MentorshipRequest): Promise<void> {
  await requestNoticeQueue(ctx).deliver(request.id, request.status);
  await queueMentorshipSpace(ctx, request.id);
}

/**
 * After a mentor's answer: the member and the mentor's DM are seen to by a durable job (queued first),
 * the pressed message shows the answer, then the figures search reads move.
 */
async function afterAnswer(
  interaction: ButtonInteraction | ModalSubmitInteraction,
  acknowledged: boolean,
  request: MentorshipRequest,
  ctx: AppContext,
  blocked = false,
): Promise<void> {
  if (request.status === 'accepted') await mentorshipStarted(ctx, request);
  else await requestNoticeQueue(ctx).deliver(request.id, request.status);
  await redrawPressed(interaction, acknowledged, request, ctx, blocked);
  await refreshFigures(request.guildId, request.mentorId, ctx);
}

/**
 * Acknowledges a press on the mentor's request message at once (a deferred update), so a slow database
 * cannot make Discord show "interaction failed". If even that fails, the decision is still recorded:
 * the notice job redraws the mentor's DM.
 */
async function acknowledgeUpdate(interaction: ButtonInteraction | ModalSubmitInteraction, ctx: AppContext) {
  try {
    await interaction.deferUpdate();
    return true;
  } catch (error) {
    ctx.logger.warn('Could not acknowledge a press; going on with the decision', { error });
    return false;
  }
}

/** Shows the request as it now is on the message that was pressed; a failure is logged, the DM is redrawn anyway. */
async function redrawPressed(
  interaction: ButtonInteraction | ModalSubmitInteraction,
  acknowledged: boolean,
  request: MentorshipRequest,
  ctx: AppContext,
  blocked = false,
): Promise<void> {
  if (!acknowledged) return;
  await interaction.editReply(requestForMentor(ctx.i18n, request, blocked)).catch((error: unknown) => {
    ctx.logger.warn('Could not redraw the answered request', { requestId: request.id, error });
  });
}

/**
 * A press on a request that is no longer pending (a replay, a second tab, an expiry meanwhile): its
 * message is brought up to date before the refusal is shown.
 */
async function redrawIfDecided(
  interaction: ButtonInteraction | ModalSubmitInteraction,
  acknowledged: boolean,
  requestId: string,
  error: unknown,
  ctx: AppContext,
): Promise<never> {
  if (error instanceof RequestRefusedError && error.refusal === 'already-answered') {
    const request = await getMentorshipRequest(requestId);
    if (request && request.mentorId === interaction.user.id)
      await redrawPressed(interaction, acknowledged, request, ctx);
  }
  throw error;
}

/**
 * Checks what does not depend on the member's goals, then opens the form (a modal must be the first
 * answer, within Discord's 3 s, so slow checks give way and run again when the form is sent).
 */
async function openGoalsForm(
  interaction: ButtonInteraction,
  guildId: string,
  mentorId: string,
  form: ModalBuilder,
  ctx: AppContext,
): Promise<void> {
  const menteeId = interaction.user.id;
  // From a DM the presser's membership is not known from the interaction: it is checked first.
  const check = (interaction.inGuild() ? Promise.resolve() : memberOfServer(guildId, menteeId, ctx)).then(() =>
    checkCanRequest({ guildId, menteeId, mentorId }, ctx.clock),
  );
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<'slow'>((resolve) => {
    timer = setTimeout(() => {
      resolve('slow');
    }, CHECK_BUDGET_MS);
  });
  try {
    if ((await Promise.race([check.then(() => 'checked' as const), budget])) === 'slow') {
      check.catch(() => undefined);
      ctx.logger.warn('Request checks were slow; opened the form and will check on submit', { mentorId });
    }
  } finally {
    clearTimeout(timer);
  }
  await interaction.showModal(form);
}

/**
 * The server a press from a direct message is about, and the presser's display name there. Someone who
 * is no longer a member (Discord answers 10007) cannot ask its mentors.
 */
async function memberOfServer(
  guildId: string,
  userId: string,
  ctx: AppContext,
): Promise<{ guild: Guild; name: string | null }> {
  const guild = ctx.client.guilds.cache.get(guildId);
  if (!guild) throw new ForbiddenError('requests.errors.notOnServer');
  try {
    return { guild, name: (await guild.members.fetch({ user: userId, force: true })).displayName };
  } catch (error) {
    if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMember) {
      throw new ForbiddenError('requests.errors.notOnServer');
    }
    throw error;
  }
}

/**
 * Saves the request, schedules its expiry and sends the mentor their DM (a job retries if it cannot),
 * then tells the member where it stands.
 */
async function sendRequest(
  interaction: ModalSubmitInteraction,
  input: { guildId: string; guild: Guild | null; mentorId: string; menteeName: string | null },
  ctx: AppContext,
): Promise<void> {
  const { guildId, guild, mentorId } = input;
  const request = await requestMentorship(
    {
      guildId,
      menteeId: interaction.user.id,
      mentorId,
      goals: interaction.fields.getTextInputValue('goals'),
      menteeName: input.menteeName,
      mentorName: await mentorNameIn(guild, mentorId, ctx),
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
    ctx.logger.warn('Could not schedule a request’s expiry; the sweep will expire it', {
      requestId: request.id,
      error,
    });
  }
  let mentorDm: 'sent' | 'closed-dms' | 'retrying';
  try {
    // The mentor reads it in their own language, not the asker's.
    const mentorLocale = await ctx.locales.forRecipient(mentorId, guild?.preferredLocale);
    const sent = await deliverDirectMessage(
      ctx.client,
      mentorId,
      requestForMentor(translatorFor(mentorLocale), request),
    );
    await noticeDelivered(request.id, 'send-to-mentor', sent ?? undefined);
    mentorDm = sent ? 'sent' : 'closed-dms';
  } catch (error) {
    ctx.logger.warn('Could not send a request to its mentor yet; a job retries', { requestId: request.id, error });
    mentorDm = 'retrying';
    await queueRequestNotices(ctx, request.id, 'pending').catch((queueError: unknown) => {
      ctx.logger.warn('Could not queue the request DM; the sweep will', { requestId: request.id, error: queueError });
    });
  }
  await interaction.editReply({ content: requestSentNote(ctx.i18n, request, mentorDm) });
  await refreshFigures(guildId, mentorId, ctx);
}

async function refreshFigures(guildId: string, mentorId: string, ctx: AppContext): Promise<void> {
  await refreshRequestFigures(guildId, mentorId).catch((error: unknown) => {
    ctx.logger.warn('Could not refresh a mentor’s request figures', { mentorId, error });
  });
}

/** Anyone who sees a search result may ask; what does not depend on their goals is checked before the form. */
export const requestMentorButton = defineComponent({
  kind: 'button',
  route: requestMentorRoute,
  defer: 'none',
  async handle(interaction, { mentorId }, ctx) {
    await openGoalsForm(interaction, guildIdOf(interaction), mentorId, goalsModal(ctx.i18n, { mentorId }), ctx);
  },
});

export const requestGoalsModal = defineComponent({
  kind: 'modal',
  route: requestGoalsRoute,
  defer: 'ephemeral',
  async handle(interaction, { mentorId }, ctx) {
    await sendRequest(
      interaction,
      {
        guildId: guildIdOf(interaction),
        guild: interaction.guild,
        mentorId,
        menteeName: displayNameOf(interaction.member, interaction.user),
      },
      ctx,
    );
  },
});

/** A Request button in a direct message (mentors suggested after a decline or expiry): members only. */
export const requestMentorInButton = defineComponent({
  kind: 'button',
  route: requestMentorInRoute,
  defer: 'none',
  async handle(interaction, { guildId, mentorId }, ctx) {
    await openGoalsForm(interaction, guildId, mentorId, goalsModal(ctx.i18n, { guildId, mentorId }), ctx);
  },
});

export const requestGoalsInModal = defineComponent({
  kind: 'modal',
  route: requestGoalsInRoute,
  defer: 'ephemeral',
  async handle(interaction, { guildId, mentorId }, ctx) {
    const { guild, name } = await memberOfServer(guildId, interaction.user.id, ctx);
    await sendRequest(
      interaction,
      { guildId, guild, mentorId, menteeName: name ?? displayNameOf(null, interaction.user) },
      ctx,
    );
  },
});

/** In the mentor's DMs or their `/mentor requests` list; the service checks that the presser is the mentor. */
export const acceptRequestButton = defineComponent({
  kind: 'button',
  route: acceptRequestRoute,
  defer: 'none',
  async handle(interaction, { requestId }, ctx) {
    const acknowledged = await acknowledgeUpdate(interaction, ctx);
    const accepted = await acceptMentorship({ requestId, actorId: interaction.user.id }, ctx.clock).catch(
      (error: unknown) => redrawIfDecided(interaction, acknowledged, requestId, error, ctx),
    );
    await afterAnswer(interaction, acknowledged, accepted, ctx);
  },
});

export const declineRequestButton = defineComponent({
  kind: 'button',
  route: declineRequestRoute,
  defer: 'none',
  async handle(interaction, { requestId }, ctx) {
    await interaction.showModal(declineModal(ctx.i18n, requestId));
  },
});

export const declineReasonModal = defineComponent({
  kind: 'modal',
  route: declineReasonRoute,
  defer: 'none',
  async handle(interaction, { requestId }, ctx) {
    if (!interaction.isFromMessage()) {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    }
    const acknowledged = interaction.isFromMessage() ? await acknowledgeUpdate(interaction, ctx) : true;
    const declined = await declineMentorship(
      { requestId, actorId: interaction.user.id, reason: interaction.fields.getTextInputValue('reason') },
      ctx.clock,
    ).catch((error: unknown) => redrawIfDecided(interaction, acknowledged, requestId, error, ctx));
    await afterAnswer(interaction, acknowledged, declined, ctx);
  },
});

/** Declines the request and keeps the member from asking this mentor again; the member is told only of the decline. */
export const blockRequestButton = defineComponent({
  kind: 'button',
  route: blockRequestRoute,
  defer: 'none',
  async handle(interaction, { requestId }, ctx) {
    const acknowledged = await acknowledgeUpdate(interaction, ctx);
    const declined = await declineMentorship({ requestId, actorId: interaction.user.id }, ctx.clock).catch(
      (error: unknown) => redrawIfDecided(interaction, acknowledged, requestId, error, ctx),
    );
    await blockMember(
      { guildId: declined.guildId, mentorId: declined.mentorId, memberId: declined.menteeId },
      ctx.clock,
    );
    await afterAnswer(interaction, acknowledged, declined, ctx, true);
  },
});

/** On the member's `/me requests` list; only the member who asked can withdraw (the service checks). */
export const withdrawRequestButton = defineComponent({
  kind: 'button',
  route: withdrawRequestRoute,
  defer: 'none',
  async handle(interaction, { requestId }, ctx) {
    await interaction.deferUpdate();
    const withdrawn = await withdrawMentorshipRequest({ requestId, actorId: interaction.user.id }, ctx.clock);
    await requestNoticeQueue(ctx).deliver(withdrawn.id, withdrawn.status);
    await refreshFigures(withdrawn.guildId, withdrawn.mentorId, ctx);
    const { requests, total } = await pendingRequestsOf(withdrawn.guildId, interaction.user.id);
    await interaction.editReply(memberRequestsView(ctx.i18n, requests, total, withdrawnNote(ctx.i18n, withdrawn)));
  },
});
