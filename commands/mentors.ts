import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { MENTOR_FORMATS } from '../models/mentor-profile.model.js';
import { guildIdOf } from '../src/discord/actor.js';
import { defineCommand } from '../src/discord/command.js';
import { localized, localizedChoice } from '../src/discord/command-localization.js';
import { deferIfSlow } from '../src/discord/defer-if-slow.js';
import { displayNames } from '../src/discord/member-names.js';
import { respond } from '../src/discord/respond.js';
import { searchLanguages } from '../src/services/languages.js';
import { startMentorSearch } from '../src/services/mentor-finder.service.js';
import { checkCanPostOpenRequest } from '../src/services/open-request.service.js';
import { autocompleteSkills } from '../src/services/mentor-search.service.js';
import { parseInput } from '../src/services/service-input.js';
import { searchSpecialties } from '../src/services/specialty.service.js';
import { FORMAT_KEYS, specialtyChoiceName } from '../src/views/labels.js';
import { mentorSearchMessage } from '../src/views/mentor-search.view.js';
import { openRequestGoalsModal } from '../src/views/open-request.view.js';

const findOptions = z.object({
  specialty: z.string().trim().min(1).max(64),
  skill: z.string().trim().max(32).nullable(),
  format: z.enum(MENTOR_FORMATS).nullable(),
  language: z.string().trim().max(32).nullable(),
  available: z.enum(['now', 'this-week']).nullable(),
});

export const mentorsCommand = defineCommand({
  data: localized(new SlashCommandBuilder(), 'commands.mentors')
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) =>
      localized(sub, 'commands.mentors.find')
        .addStringOption((o) =>
          localized(o, 'commands.mentors.find.options.specialty')
            .setAutocomplete(true)
            .setRequired(true)
            .setMaxLength(64),
        )
        .addStringOption((o) =>
          localized(o, 'commands.mentors.find.options.skill').setAutocomplete(true).setMaxLength(32),
        )
        .addStringOption((o) =>
          localized(o, 'commands.mentors.find.options.format').addChoices(
            MENTOR_FORMATS.map((format) => localizedChoice(FORMAT_KEYS[format], format)),
          ),
        )
        .addStringOption((o) =>
          localized(o, 'commands.mentors.find.options.language').setAutocomplete(true).setMaxLength(32),
        )
        .addStringOption((o) =>
          localized(o, 'commands.mentors.find.options.available').addChoices(
            localizedChoice('commands.mentors.find.options.available.choices.now', 'now'),
            localizedChoice('commands.mentors.find.options.available.choices.thisWeek', 'this-week'),
          ),
        ),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.mentors.request').addStringOption((o) =>
        localized(o, 'commands.mentors.request.options.specialty')
          .setAutocomplete(true)
          .setRequired(true)
          .setMaxLength(64),
      ),
    )
    .toJSON(),
  // Results are private (a button shares a page in the channel). A quick search answers in one private
  // reply; one that queues behind a crowd is deferred privately first (defer-if-slow.ts), so a refusal
  // stays private either way.
  defer: 'none',
  async execute(interaction, ctx) {
    const guildId = guildIdOf(interaction);
    const o = interaction.options;
    if (o.getSubcommand() === 'request') {
      // Refused before the form when the server takes no open requests or the specialty is unknown.
      const { specialty } = await checkCanPostOpenRequest(guildId, o.getString('specialty', true));
      await interaction.showModal(openRequestGoalsModal(ctx.i18n, specialty.slug));
      return;
    }
    const query = parseInput(findOptions, {
      specialty: o.getString('specialty', true),
      skill: o.getString('skill'),
      format: o.getString('format'),
      language: o.getString('language'),
      available: o.getString('available'),
    });
    const message = await deferIfSlow(
      interaction,
      (async () => {
        const page = await startMentorSearch(guildId, interaction.user.id, query, ctx.clock);
        return mentorSearchMessage(
          ctx.i18n,
          page,
          await displayNames(
            interaction.guild,
            page.results.map((r) => r.mentor.userId),
          ),
        );
      })(),
    );
    await respond(interaction, message);
  },
  async autocomplete(interaction, ctx) {
    const guildId = guildIdOf(interaction);
    const focused = interaction.options.getFocused(true);
    switch (focused.name) {
      case 'specialty':
        return (await searchSpecialties(guildId, focused.value)).map((s) => ({
          name: specialtyChoiceName(s),
          value: s.slug,
        }));
      case 'skill':
        return (await autocompleteSkills(guildId, focused.value)).map((tag) => ({
          name: `${tag.tag} (${tag.mentorCount})`,
          value: tag.tag,
        }));
      case 'language':
        return searchLanguages(focused.value, ctx.i18n.locale).map((language) => ({
          name: language.name,
          value: language.code,
        }));
      default:
        return [];
    }
  },
});
