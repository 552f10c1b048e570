import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  ModalBuilder,
  StringSelectMenuBuilder,
} from 'discord.js';
import { MENTOR_FORMATS } from '../../models/mentor-profile.model.js';
import {
  draftContinueRoute,
  draftFormatsRoute,
  draftSpecialtiesRoute,
  draftSubmitRoute,
} from '../components/mentor-draft.routes.js';
import { encodeCustomId } from '../discord/custom-id.js';
import type { ReplyPayload } from '../discord/respond.js';
import type { Translator } from '../i18n/i18n.js';
import type { DraftPanel, MentorDraft } from '../services/mentor-draft.service.js';
import { MAX_SPECIALTIES } from '../services/mentor-profile.service.js';
import { BRAND_COLOR } from './brand.js';
import { userText } from './format.js';
import { textField } from './modal-field.js';
import { buttonLabels, formatLabel, specialtyLabel } from './labels.js';

const MAX_SELECT_OPTIONS = 25;
const MAX_OPTION_LABEL = 100;

/** Step 2: pick specialties and formats, then continue to the modal for the free text. */
export function mentorDraftPanel(tr: Translator, { draft, choices }: DraftPanel): ReplyPayload {
  const verb = tr.t(draft.mode === 'register' ? 'mentor.draft.registerTitle' : 'mentor.draft.editTitle');
  const picked = choices.filter((s) => draft.specialties.includes(s.slug));
  const embed = new EmbedBuilder()
    .setColor(BRAND_COLOR)
    .setTitle(verb)
    .setDescription(tr.t('mentor.draft.instructions', { max: tr.number(MAX_SPECIALTIES) }))
    .addFields(
      {
        name: tr.t('mentor.draft.specialties'),
        value: picked.map(specialtyLabel).join(', ') || tr.t('mentor.draft.noneYet'),
        inline: true,
      },
      {
        name: tr.t('mentor.draft.formats'),
        value: draft.formats.map((format) => formatLabel(tr, format)).join(', ') || tr.t('mentor.draft.noneYet'),
        inline: true,
      },
      {
        name: tr.t('mentor.draft.timezone'),
        value: draft.timezone === null ? tr.t('mentor.draft.timezoneNotSet') : userText(draft.timezone, 60),
        inline: true,
      },
    );
  // The mentor's current specialties come first, so none is lost when a server has more than 25.
  const options = [...picked, ...choices.filter((s) => !draft.specialties.includes(s.slug))].slice(
    0,
    MAX_SELECT_OPTIONS,
  );
  const specialties = new StringSelectMenuBuilder()
    .setCustomId(encodeCustomId(draftSpecialtiesRoute, { userId: draft.userId }))
    .setPlaceholder(tr.t('mentor.draft.specialtiesPlaceholder'))
    .setMinValues(1)
    .setMaxValues(Math.min(MAX_SPECIALTIES, options.length))
    .addOptions(
      options.map((s) => ({
        label: s.name.slice(0, MAX_OPTION_LABEL),
        value: s.slug,
        default: draft.specialties.includes(s.slug),
        emoji:
          s.emoji.id === null
            ? { name: s.emoji.name }
            : { id: s.emoji.id, name: s.emoji.name, animated: s.emoji.animated },
      })),
    );
  const formats = new StringSelectMenuBuilder()
    .setCustomId(encodeCustomId(draftFormatsRoute, { userId: draft.userId }))
    .setPlaceholder(tr.t('mentor.draft.formatsPlaceholder'))
    .setMinValues(1)
    .setMaxValues(MENTOR_FORMATS.length)
    .addOptions(
      MENTOR_FORMATS.map((format) => ({
        label: formatLabel(tr, format),
        value: format,
        default: draft.formats.includes(format),
      })),
    );
  const next = new ButtonBuilder()
    .setCustomId(encodeCustomId(draftContinueRoute, { userId: draft.userId }))
    .setLabel(buttonLabels(tr).continueRegistration)
    .setStyle(ButtonStyle.Primary)
    .setDisabled(draft.specialties.length === 0 || draft.formats.length === 0);
  return {
    embeds: [embed],
    components: [
      new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(specialties),
      new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(formats),
      new ActionRowBuilder<ButtonBuilder>().addComponents(next),
    ],
  };
}

/** Step 3: the free text, pre-filled from the draft so a failed submit costs nothing. */
export function mentorDraftModal(tr: Translator, draft: MentorDraft): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(encodeCustomId(draftSubmitRoute, { userId: draft.userId }))
    .setTitle(tr.t(draft.mode === 'register' ? 'mentor.draft.modalTitleRegister' : 'mentor.draft.modalTitleEdit'))
    .addLabelComponents(
      textField({ id: 'headline', label: tr.t('mentor.draft.headlineLabel'), maxLength: 100, value: draft.headline }),
      textField({
        id: 'bio',
        label: tr.t('mentor.draft.bioLabel'),
        paragraph: true,
        maxLength: 1_000,
        required: false,
        value: draft.bio,
      }),
      textField({
        id: 'skills',
        label: tr.t('mentor.draft.skillsLabel'),
        maxLength: 400,
        required: false,
        value: draft.skills,
      }),
      textField({
        id: 'availability',
        label: tr.t('mentor.draft.availabilityLabel'),
        paragraph: true,
        maxLength: 400,
        value: draft.availability,
      }),
    );
}
