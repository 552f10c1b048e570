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
import type { DraftPanel, MentorDraft } from '../services/mentor-draft.service.js';
import { MAX_SPECIALTIES } from '../services/mentor-profile.service.js';
import { BRAND_COLOR } from './brand.js';
import { userText } from './format.js';
import { textField } from './modal-field.js';
import { FORMAT_LABELS, specialtyLabel } from './labels.js';

const MAX_SELECT_OPTIONS = 25;
const MAX_OPTION_LABEL = 100;

/** Step 2: pick specialties and formats, then continue to the modal for the free text. */
export function mentorDraftPanel({ draft, choices }: DraftPanel): ReplyPayload {
  const verb = draft.mode === 'register' ? 'Register as a mentor' : 'Edit your mentor profile';
  const picked = choices.filter((s) => draft.specialties.includes(s.slug));
  const embed = new EmbedBuilder()
    .setColor(BRAND_COLOR)
    .setTitle(verb)
    .setDescription(
      `Pick up to ${MAX_SPECIALTIES} specialties and the formats you offer, then press **Continue** to write your headline, bio, skills and weekly hours.`,
    )
    .addFields(
      { name: 'Specialties', value: picked.map(specialtyLabel).join(', ') || 'None yet', inline: true },
      {
        name: 'Formats',
        value: draft.formats.map((format) => FORMAT_LABELS[format]).join(', ') || 'None yet',
        inline: true,
      },
      { name: 'Time zone', value: userText(draft.timezone ?? 'not set', 60), inline: true },
    );
  // The mentor's current specialties come first, so none is lost when a server has more than 25.
  const options = [...picked, ...choices.filter((s) => !draft.specialties.includes(s.slug))].slice(
    0,
    MAX_SELECT_OPTIONS,
  );
  const specialties = new StringSelectMenuBuilder()
    .setCustomId(encodeCustomId(draftSpecialtiesRoute, { userId: draft.userId }))
    .setPlaceholder('Your specialties')
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
    .setPlaceholder('Formats you offer')
    .setMinValues(1)
    .setMaxValues(MENTOR_FORMATS.length)
    .addOptions(
      MENTOR_FORMATS.map((format) => ({
        label: FORMAT_LABELS[format],
        value: format,
        default: draft.formats.includes(format),
      })),
    );
  const next = new ButtonBuilder()
    .setCustomId(encodeCustomId(draftContinueRoute, { userId: draft.userId }))
    .setLabel('Continue')
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
export function mentorDraftModal(draft: MentorDraft): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(encodeCustomId(draftSubmitRoute, { userId: draft.userId }))
    .setTitle(draft.mode === 'register' ? 'Your mentor profile' : 'Edit your mentor profile')
    .addLabelComponents(
      textField({ id: 'headline', label: 'Headline: what you help with', maxLength: 100, value: draft.headline }),
      textField({
        id: 'bio',
        label: 'About you (optional)',
        paragraph: true,
        maxLength: 1_000,
        required: false,
        value: draft.bio,
      }),
      textField({
        id: 'skills',
        label: 'Skills, comma-separated',
        maxLength: 400,
        required: false,
        value: draft.skills,
      }),
      textField({
        id: 'availability',
        label: 'Weekly hours, your time (mon 18:00-20:00)',
        paragraph: true,
        maxLength: 400,
        value: draft.availability,
      }),
    );
}
