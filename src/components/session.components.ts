import type { ButtonInteraction } from 'discord.js';
import { defineComponent } from '../discord/component.js';
import type { AppContext } from '../discord/context.js';
import { deferIfSlow } from '../discord/defer-if-slow.js';
import { sendDirectMessage } from '../discord/direct-message.js';
import { refreshReputationRoles } from '../discord/reputation-roles.js';
import { translatorFor } from '../i18n/i18n.js';
import { answerSession } from '../services/reputation/session.service.js';
import { userText } from '../views/format.js';
import { durationLabel } from '../views/session.view.js';
import { confirmSessionRoute, disputeSessionRoute } from './session.routes.js';

async function answer(
  interaction: ButtonInteraction,
  ids: { guildId: string; sessionId: string },
  choice: 'confirmed' | 'disputed',
  ctx: AppContext,
): Promise<void> {
  const { session, changed } = await deferIfSlow(
    interaction,
    answerSession({ ...ids, actorId: interaction.user.id, answer: choice }, ctx.clock),
  );
  const done = ctx.i18n.t(choice === 'confirmed' ? 'sessions.confirmed' : 'sessions.disputed', {
    mentor: session.mentorId,
  });
  const answered = { content: done, embeds: [], components: [], allowedMentions: { parse: [] } };
  if (interaction.deferred) await interaction.editReply(answered);
  else await interaction.update(answered);
  const guild = ctx.client.guilds.cache.get(ids.guildId);
  if (changed && choice === 'confirmed') await refreshReputationRoles(guild ?? null, [session.mentorId], ctx.logger);
  if (!changed || choice !== 'disputed') return;
  const tr = translatorFor(await ctx.locales.forRecipient(session.mentorId, guild?.preferredLocale));
  await sendDirectMessage(
    ctx.client,
    session.mentorId,
    {
      content: tr.t('sessions.disputedNotice', {
        user: interaction.user.id,
        server: userText(guild?.name ?? '', 100),
        at: Math.floor(session.heldAt.getTime() / 1000),
        duration: durationLabel(tr, session.durationMinutes),
      }),
      allowedMentions: { parse: [] },
    },
    ctx.logger,
  );
}

/** The attendee confirms a logged session: from now it counts for the mentor. */
export const confirmSessionButton = defineComponent({
  kind: 'button',
  route: confirmSessionRoute,
  defer: 'none',
  async handle(interaction, ids, ctx) {
    await answer(interaction, ids, 'confirmed', ctx);
  },
});

/** The attendee says it did not happen: it never counts, and the mentor is told. */
export const disputeSessionButton = defineComponent({
  kind: 'button',
  route: disputeSessionRoute,
  defer: 'none',
  async handle(interaction, ids, ctx) {
    await answer(interaction, ids, 'disputed', ctx);
  },
});
