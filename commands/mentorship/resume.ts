import type { ChatInputCommandInteraction } from 'discord.js';
import type { AppContext } from '../../src/discord/context.js';
import { respond } from '../../src/discord/respond.js';
import { otherSide, resumeMentorship } from '../../src/services/mentorship-lifecycle.service.js';
import { mentorshipOfCommand, tellOtherSide } from './pause.js';

const unix = (date: Date | null) => Math.floor((date?.getTime() ?? 0) / 1000);

/** `/mentorship resume`: either side; check-ins start again one cadence from now. */
export async function resumeCommand(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const mentorship = await mentorshipOfCommand(interaction);
  const resumed = await resumeMentorship({ mentorshipId: mentorship.id, actorId: interaction.user.id }, ctx.clock);
  const next = unix(resumed.nextCheckInAt);
  await respond(interaction, { content: ctx.i18n.t('lifecycle.resume.done', { next }) });
  await tellOtherSide(ctx, resumed.guildId, otherSide(resumed, interaction.user.id), (tr, server) =>
    tr.t('lifecycle.resume.toOther', { actor: `<@${interaction.user.id}>`, server, next }),
  );
}
