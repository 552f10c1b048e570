import type { ButtonInteraction } from 'discord.js';
import { actorOf, guildIdOf } from '../discord/actor.js';
import { defineComponent } from '../discord/component.js';
import type { AppContext } from '../discord/context.js';
import { pairNames, postInMentorshipThread } from '../discord/mentorship-space.js';
import { keepSummaryCurrent } from '../jobs/mentorship-space-refresh.job.js';
import type { Mentorship } from '../services/mentorship.service.js';
import { confirmMentorshipAgreement, isConfirmedByBoth } from '../services/mentorship-space.service.js';
import { mentorshipGuidesOf, saveMentorshipGuide } from '../services/mentorship-space-settings.service.js';
import { requireAdmin } from '../services/service-input.js';
import { guideEditPanel, guideModal, guideTextForEditing } from '../views/mentorship-guide.view.js';
import { memberLabel } from '../views/mentorship-request.view.js';
import { mentorshipSummary } from '../views/mentorship-summary.view.js';
import { confirmAgreementRoute, editGuideRoute, guideTextRoute } from './mentorship-space.routes.js';

/**
 * After a confirmation: the pinned summary shows it (and a summary pressed in a DM is redrawn where it
 * was), and the thread hears who confirmed. A failure to redraw is logged: the confirmation is recorded.
 */
async function showConfirmation(interaction: ButtonInteraction, mentorship: Mentorship, ctx: AppContext) {
  await keepSummaryCurrent(ctx, mentorship.id);
  try {
    const names = await pairNames(interaction.client.guilds.cache.get(mentorship.guildId), mentorship);
    if (interaction.message.id !== mentorship.space.summaryMessageId) {
      await interaction.message.edit(mentorshipSummary(ctx.i18n, mentorship, names));
    }
    const who = interaction.user.id === mentorship.mentorId ? names.mentor : names.mentee;
    await postInMentorshipThread(ctx, mentorship, (tr) => ({
      content: isConfirmedByBoth(mentorship)
        ? tr.t('mentorship.thread.allConfirmed')
        : tr.t('mentorship.thread.confirmed', { name: memberLabel(interaction.user.id, who) }),
    }));
  } catch (error) {
    ctx.logger.warn('Could not show a confirmation in the pair’s space', { mentorshipId: mentorship.id, error });
  }
}

/**
 * A side confirms the agreement, on the pinned summary or the summary in their DM. The service refuses
 * anyone but that side, and a press drawn for an agreement that has changed since; a replay changes nothing.
 */
export const confirmAgreementButton = defineComponent({
  kind: 'button',
  route: confirmAgreementRoute,
  defer: 'ephemeral',
  async handle(interaction, { mentorshipId, side, agreement }, ctx) {
    const { mentorship, outcome } = await confirmMentorshipAgreement(
      { mentorshipId, actorId: interaction.user.id, side, agreementKey: agreement },
      ctx.clock,
    );
    await interaction.editReply({
      content:
        outcome === 'confirmed' ? ctx.i18n.t('mentorship.confirm.done') : ctx.i18n.t('mentorship.confirm.already'),
    });
    if (outcome === 'confirmed') await showConfirmation(interaction, mentorship, ctx);
  },
});

/**
 * Opens the editor of a guide, filled with its current text, for admins only (a panel still on the
 * screen of someone who lost the permission opens nothing); saving checks the admin again.
 */
export const editGuideButton = defineComponent({
  kind: 'button',
  route: editGuideRoute,
  defer: 'none',
  async handle(interaction, { guide }, ctx) {
    requireAdmin(actorOf(interaction));
    const overrides = await mentorshipGuidesOf(guildIdOf(interaction));
    await interaction.showModal(guideModal(ctx.i18n, guide, guideTextForEditing(ctx.i18n, guide, overrides)));
  },
});

export const guideTextModal = defineComponent({
  kind: 'modal',
  route: guideTextRoute,
  defer: 'ephemeral',
  async handle(interaction, { guide }, ctx) {
    const guildId = guildIdOf(interaction);
    await saveMentorshipGuide({
      guildId,
      actor: actorOf(interaction),
      guide,
      text: interaction.fields.getTextInputValue('text'),
    });
    const name = ctx.i18n.t(`mentorship.admin.guideNames.${guide}`);
    const panel = guideEditPanel(ctx.i18n, guide, await mentorshipGuidesOf(guildId));
    await interaction.editReply({ ...panel, content: ctx.i18n.t('mentorship.admin.guideSaved', { guide: name }) });
  },
});
