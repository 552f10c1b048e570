import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { guildIdOf } from '../src/discord/actor.js';
import { defineCommand } from '../src/discord/command.js';
import { localized, localizedChoice } from '../src/discord/command-localization.js';
import { respond } from '../src/discord/respond.js';
import { leaderboard } from '../src/services/reputation/leaderboard.service.js';
import { PERIOD_KINDS } from '../src/services/reputation/periods.js';
import { searchSpecialties } from '../src/services/specialty.service.js';
import { leaderboardMessage } from '../src/views/leaderboard.view.js';
import { specialtyChoiceName } from '../src/views/labels.js';

const period = z.enum(PERIOD_KINDS);

export const leaderboardCommand = defineCommand({
  data: localized(new SlashCommandBuilder(), 'commands.leaderboard')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((o) =>
      localized(o, 'commands.leaderboard.options.period').addChoices(
        PERIOD_KINDS.map((kind) => localizedChoice(`commands.leaderboard.options.period.choices.${kind}`, kind)),
      ),
    )
    .addStringOption((o) =>
      localized(o, 'commands.leaderboard.options.specialty').setAutocomplete(true).setMaxLength(64),
    )
    .toJSON(),
  // Private, so that only the member who asked turns its pages.
  defer: 'ephemeral',
  async execute(interaction, ctx) {
    const board = await leaderboard(
      {
        guildId: guildIdOf(interaction),
        userId: interaction.user.id,
        kind: period.parse(interaction.options.getString('period') ?? 'week'),
        specialty: interaction.options.getString('specialty'),
      },
      ctx.clock,
    );
    await respond(interaction, leaderboardMessage(ctx.i18n, board));
  },
  async autocomplete(interaction) {
    const focused = interaction.options.getFocused(true);
    if (focused.name !== 'specialty') return [];
    return (await searchSpecialties(guildIdOf(interaction), focused.value)).map((s) => ({
      name: specialtyChoiceName(s),
      value: s.slug,
    }));
  },
});
