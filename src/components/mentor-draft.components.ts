import { guildIdOf } from '../discord/actor.js';
import { defineComponent } from '../discord/component.js';
import { announceApplication } from '../discord/applications-channel.js';
import { displayNameOf } from '../discord/display-name.js';
import { reconcileMemberRoles } from '../discord/member-roles.js';
import { requireOwner } from '../discord/ownership.js';
import {
  getMentorDraft,
  pickDraftFormats,
  pickDraftSpecialties,
  submitMentorDraft,
} from '../services/mentor-draft.service.js';
import { getGuildSettings } from '../services/guild-settings.service.js';
import { mentorDraftModal, mentorDraftPanel } from '../views/mentor-draft.view.js';
import { findableNote, mentorProfileEmbed } from '../views/mentor-profile.view.js';
import { memberRoleNote } from '../views/role-report.view.js';
import {
  draftContinueRoute,
  draftFormatsRoute,
  draftSpecialtiesRoute,
  draftSubmitRoute,
} from './mentor-draft.routes.js';

const NOT_YOURS = 'mentor.errors.formNotYours';

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
      requireOwner(interaction, userId, NOT_YOURS);
      const panel = await pick({ guildId: guildIdOf(interaction), userId, values: interaction.values }, ctx.clock);
      await interaction.update(mentorDraftPanel(ctx.i18n, panel));
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
    requireOwner(interaction, userId, NOT_YOURS);
    const draft = await getMentorDraft(guildIdOf(interaction), userId, ctx.clock);
    await interaction.showModal(mentorDraftModal(ctx.i18n, draft));
  },
});

export const draftSubmitModal = defineComponent({
  kind: 'modal',
  route: draftSubmitRoute,
  defer: 'ephemeral',
  async handle(interaction, { userId }, ctx) {
    requireOwner(interaction, userId, NOT_YOURS);
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
    const guild = interaction.guild;
    const displayName = displayNameOf(interaction.member, interaction.user);
    const roles = guild
      ? memberRoleNote(ctx.i18n, await reconcileMemberRoles(guild, { userIds: [userId] }, ctx.logger))
      : '';
    if (guild && change.newApplication) {
      const { applicationsChannelId } = await getGuildSettings(guild.id);
      await announceApplication(guild, applicationsChannelId, change.view, displayName, ctx);
    }
    const saved = ctx.i18n.t(change.newApplication ? 'mentor.draft.applicationSaved' : 'mentor.draft.profileSaved');
    await interaction.editReply({
      content: `${saved} ${findableNote(ctx.i18n, change.view)}${roles}`,
      embeds: [mentorProfileEmbed(ctx.i18n, change.view, displayName)],
    });
  },
});
