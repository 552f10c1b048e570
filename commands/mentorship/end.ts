import type { ChatInputCommandInteraction } from 'discord.js';
import type { AppContext } from '../../src/discord/context.js';
import { respond } from '../../src/discord/respond.js';
import { queueEndFollowUp } from '../../src/jobs/mentorship-fading-end.job.js';
import { endMentorship } from '../../src/services/mentorship-lifecycle.service.js';
import { feedbackButton } from '../../src/views/mentorship-feedback.view.js';
import { endReasonLabel } from '../../src/views/mentorship-lifecycle.view.js';
import { mentorshipOfCommand } from './pause.js';

/**
 * `/mentorship end reason:…`: either side. The end is recorded first (the place is free at once); the
 * follow-up (thread archived, both told by DM with the feedback form, the 14-day reveal) is a job.
 */
export async function endCommand(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const mentorship = await mentorshipOfCommand(interaction);
  const ended = await endMentorship(
    {
      mentorshipId: mentorship.id,
      actorId: interaction.user.id,
      reason: interaction.options.getString('reason', true),
    },
    ctx.clock,
  );
  // The end is saved and owes its follow-up until done, so the check-in sweep queues it again if this fails.
  await queueEndFollowUp(ctx, ended.id).catch((error: unknown) => {
    ctx.logger.warn('Could not queue the follow-up of an ended mentorship; the sweep will', {
      mentorshipId: ended.id,
      error,
    });
  });
  await respond(interaction, {
    content: ctx.i18n.t('lifecycle.end.done', { reason: endReasonLabel(ctx.i18n, ended.endReason ?? 'other') }),
    components: [feedbackButton(ctx.i18n, ended.id)],
  });
}
