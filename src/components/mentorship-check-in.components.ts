import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import { notifyAdmins } from '../discord/admin-notices.js';
import { defineComponent } from '../discord/component.js';
import type { AppContext } from '../discord/context.js';
import { respond } from '../discord/respond.js';
import {
  answerCheckInPulse,
  answerCheckInRating,
  type CheckInAnswerResult,
} from '../services/mentorship-check-in.service.js';
import { recordSession } from '../services/reputation/session.service.js';
import { checkInAnswerNote, flaggedPairNotice, pulseLabel } from '../views/mentorship-check-in.view.js';
import { checkInPulseRoute, checkInRatingRoute } from './mentorship-check-in.routes.js';

/** Tells a formal program's admins about the pair when this answer flagged it; a failure is logged. */
async function flagIfNeeded(result: CheckInAnswerResult, ctx: AppContext): Promise<void> {
  if (!result.flagAdmins) return;
  await notifyAdmins(ctx, result.checkIn.guildId, (tr) => flaggedPairNotice(tr, result)).catch((error: unknown) => {
    ctx.logger.warn('Could not tell the admins about a pair that needs help', { checkInId: result.checkIn.id, error });
  });
}

/**
 * A check-in both sides answered counts as a session of the pair (once, by its key); a failure is
 * logged, the answers stand.
 */
async function recordSessionIfComplete(result: CheckInAnswerResult, ctx: AppContext): Promise<void> {
  if (!result.completed) return;
  const { checkIn } = result;
  await recordSession(
    {
      guildId: checkIn.guildId,
      mentorId: checkIn.mentorId,
      attendeeIds: [checkIn.menteeId],
      heldAt: ctx.clock.now(),
      source: 'check-in',
      key: `check-in:${checkIn.id}`,
      mentorshipId: checkIn.mentorshipId,
    },
    ctx.clock,
  ).catch((error: unknown) => {
    ctx.logger.warn('Could not record a check-in as a session', { checkInId: checkIn.id, error });
  });
}

async function answered(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  result: CheckInAnswerResult,
  recorded: string,
  ctx: AppContext,
): Promise<void> {
  await flagIfNeeded(result, ctx);
  await recordSessionIfComplete(result, ctx);
  await respond(interaction, { content: checkInAnswerNote(ctx.i18n, result, recorded) });
}

/** On a check-in prompt: each side's private pulse, once; anyone else is refused by the service. */
export const checkInPulseButton = defineComponent({
  kind: 'button',
  route: checkInPulseRoute,
  defer: 'ephemeral',
  async handle(interaction, { checkInId, pulse }, ctx) {
    const result = await answerCheckInPulse({ checkInId, actorId: interaction.user.id, pulse }, ctx.clock);
    await answered(
      interaction,
      result,
      ctx.i18n.t('lifecycle.checkIns.recorded', { pulse: pulseLabel(ctx.i18n, pulse) }),
      ctx,
    );
  },
});

/** On a review check-in: each side's private 1–5 rating, once. */
export const checkInRatingSelect = defineComponent({
  kind: 'string-select',
  route: checkInRatingRoute,
  defer: 'ephemeral',
  async handle(interaction, { checkInId }, ctx) {
    const rating = interaction.values[0] ?? '';
    const result = await answerCheckInRating({ checkInId, actorId: interaction.user.id, rating }, ctx.clock);
    const given = result.checkIn[result.side].rating ?? 0;
    await answered(interaction, result, ctx.i18n.t('lifecycle.checkIns.rated', { rating: given }), ctx);
  },
});
