import type { ChatInputCommandInteraction } from 'discord.js';
import { guildIdOf } from '../../src/discord/actor.js';
import type { AppContext } from '../../src/discord/context.js';
import { pairNames, postInMentorshipThread } from '../../src/discord/mentorship-space.js';
import { respond } from '../../src/discord/respond.js';
import { keepSummaryCurrent } from '../../src/jobs/mentorship-space-refresh.job.js';
import { setAgreement } from '../../src/services/mentorship-space.service.js';
import { mentorshipSummary } from '../../src/views/mentorship-summary.view.js';

export interface CommandTarget {
  guildId: string;
  actorId: string;
  threadId: string | null;
  otherId: string | null;
}

/** Who runs a `/mentorship` subcommand and which pair it is about: the thread it runs in, or `with`. */
export function commandTarget(interaction: ChatInputCommandInteraction): CommandTarget {
  return {
    guildId: guildIdOf(interaction),
    actorId: interaction.user.id,
    threadId: interaction.channel?.isThread() ? interaction.channelId : null,
    otherId: interaction.options.getUser('with')?.id ?? null,
  };
}

/**
 * `/mentorship agreement [cadence] [length] [format] [with]`: without options, the agreement as it is;
 * with them, the change, which asks both sides to confirm again (the thread is told, the summary redrawn).
 */
export async function agreementCommand(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const { mentorship, changed } = await setAgreement(
    {
      ...commandTarget(interaction),
      cadence: interaction.options.getString('cadence'),
      expectedWeeks: interaction.options.getInteger('length'),
      format: interaction.options.getString('format'),
    },
    ctx.clock,
  );
  const names = await pairNames(interaction.guild, mentorship);
  const summary = mentorshipSummary(ctx.i18n, mentorship, names);
  await respond(interaction, {
    content: changed ? ctx.i18n.t('mentorship.agreement.changed') : ctx.i18n.t('mentorship.agreement.current'),
    ...(summary.embeds ? { embeds: summary.embeds } : {}),
  });
  if (!changed) return;
  await keepSummaryCurrent(ctx, mentorship.id);
  const other = interaction.user.id === mentorship.mentorId ? mentorship.menteeId : mentorship.mentorId;
  await postInMentorshipThread(ctx, mentorship, (tr) => ({
    content: tr.t('mentorship.thread.agreementChanged', { actor: `<@${interaction.user.id}>`, other: `<@${other}>` }),
    allowedMentions: { users: [other] },
  })).catch((error: unknown) => {
    ctx.logger.warn('Could not tell the pair’s thread about an agreement change', {
      mentorshipId: mentorship.id,
      error,
    });
  });
}
