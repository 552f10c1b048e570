import type { ChatInputCommandInteraction } from 'discord.js';
import { guildIdOf } from '../../src/discord/actor.js';
import type { AppContext } from '../../src/discord/context.js';
import { serverNameOf, tellMember } from '../../src/discord/mentorship-pair-messages.js';
import { respond } from '../../src/discord/respond.js';
import { otherSide, pauseMentorship } from '../../src/services/mentorship-lifecycle.service.js';
import { findMentorshipFor } from '../../src/services/mentorship.service.js';

/** The mentorship a `/mentorship` subcommand is about: the thread it runs in, the `with` option, or the only one. */
export async function mentorshipOfCommand(interaction: ChatInputCommandInteraction) {
  return findMentorshipFor(guildIdOf(interaction), interaction.user.id, {
    threadId: interaction.channel?.isThread() ? interaction.channelId : null,
    otherId: interaction.options.getUser('with')?.id ?? null,
  });
}

/** Tells the other side by DM; a failure is logged, the change stands. */
export async function tellOtherSide(
  ctx: AppContext,
  guildId: string,
  otherId: string,
  content: (tr: AppContext['i18n'], server: string) => string,
): Promise<void> {
  const server = serverNameOf(ctx, guildId);
  await tellMember(ctx, guildId, otherId, (tr) => ({ content: content(tr, server) })).catch((error: unknown) => {
    ctx.logger.warn('Could not tell the other side of a mentorship', { targetUserId: otherId, error });
  });
}

/** `/mentorship pause`: either side; check-ins stop, the place is kept, the other side is told. */
export async function pauseCommand(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const mentorship = await mentorshipOfCommand(interaction);
  const paused = await pauseMentorship({ mentorshipId: mentorship.id, actorId: interaction.user.id }, ctx.clock);
  await respond(interaction, { content: ctx.i18n.t('lifecycle.pause.done') });
  await tellOtherSide(ctx, paused.guildId, otherSide(paused, interaction.user.id), (tr, server) =>
    tr.t('lifecycle.pause.toOther', { actor: `<@${interaction.user.id}>`, server }),
  );
}
