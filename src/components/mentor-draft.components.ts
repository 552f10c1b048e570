import { guildIdOf } from '../discord/actor.js';
import { defineComponent } from '../discord/component.js';
import { applyRoleChanges, roleFailureNote } from '../discord/member-roles.js';
import { requireOwner } from '../discord/ownership.js';
import {
  getMentorDraft,
  pickDraftFormats,
  pickDraftSpecialties,
  submitMentorDraft,
} from '../services/mentor-draft.service.js';
import { mentorDraftModal, mentorDraftPanel } from '../views/mentor-draft.view.js';
import { mentorProfileEmbed } from '../views/mentor-profile.view.js';
import {
  draftContinueRoute,
  draftFormatsRoute,
  draftSpecialtiesRoute,
  draftSubmitRoute,
} from './mentor-draft.routes.js';

const FORM = 'This registration form';

/** Both selects of the panel save their pick into the draft and redraw the panel. */
function draftPickSelect(
  route: typeof draftSpecialtiesRoute | typeof draftFormatsRoute,
  pick: typeof pickDraftSpecialties,
) {
  return defineComponent({
    kind: 'string-select',
    route,
    defer: 'none',
    async handle(interaction, { userId }, ctx) {
      requireOwner(interaction, userId, FORM);
      const panel = await pick({ guildId: guildIdOf(interaction), userId, values: interaction.values }, ctx.clock);
      await interaction.update(mentorDraftPanel(panel));
    },
  });
}

export const draftSpecialtiesSelect = draftPickSelect(draftSpecialtiesRoute, pickDraftSpecialties);
export const draftFormatsSelect = draftPickSelect(draftFormatsRoute, pickDraftFormats);

/** Opens the modal: it must be the first answer, so this handler does not defer. */
export const draftContinueButton = defineComponent({
  kind: 'button',
  route: draftContinueRoute,
  defer: 'none',
  async handle(interaction, { userId }, ctx) {
    requireOwner(interaction, userId, FORM);
    const draft = await getMentorDraft(guildIdOf(interaction), userId, ctx.clock);
    await interaction.showModal(mentorDraftModal(draft));
  },
});

export const draftSubmitModal = defineComponent({
  kind: 'modal',
  route: draftSubmitRoute,
  defer: 'ephemeral',
  async handle(interaction, { userId }, ctx) {
    requireOwner(interaction, userId, FORM);
    const field = (id: string) => interaction.fields.getTextInputValue(id);
    const change = await submitMentorDraft(
      {
        guildId: guildIdOf(interaction),
        userId,
        headline: field('headline'),
        bio: field('bio'),
        skills: field('skills'),
        availability: field('availability'),
      },
      ctx.clock,
    );
    const roles = interaction.guild
      ? await applyRoleChanges(interaction.guild, userId, change, ctx.logger)
      : { failed: [] };
    const pending = change.view.profile.approval.state === 'pending';
    const headline = pending
      ? 'Thanks! Your application is saved and waits for an admin to approve it; you will get a message when they decide.'
      : 'Your mentor profile is saved. Members can find you with `/mentors find` now.';
    await interaction.editReply({
      content: headline + roleFailureNote(roles),
      embeds: [mentorProfileEmbed(change.view, interaction.user.displayName)],
    });
  },
});
