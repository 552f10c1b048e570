import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { actorOf, guildIdOf } from '../src/discord/actor.js';
import { defineCommand } from '../src/discord/command.js';
import { localized } from '../src/discord/command-localization.js';
import { displayNames } from '../src/discord/member-names.js';
import { respond } from '../src/discord/respond.js';
import { reputationSummary } from '../src/services/reputation/leaderboard.service.js';
import { reputationEmbed } from '../src/views/reputation.view.js';

export const repCommand = defineCommand({
  data: localized(new SlashCommandBuilder(), 'commands.rep')
    .setContexts(InteractionContextType.Guild)
    .addUserOption((o) => localized(o, 'commands.rep.options.user'))
    .toJSON(),
  defer: 'ephemeral',
  async execute(interaction, ctx) {
    const user = interaction.options.getUser('user') ?? interaction.user;
    const summary = await reputationSummary(
      { guildId: guildIdOf(interaction), actor: actorOf(interaction), userId: user.id },
      ctx.clock,
    );
    const names = await displayNames(interaction.guild, [user.id]);
    await respond(interaction, { embeds: [reputationEmbed(ctx.i18n, summary, names.get(user.id) ?? user.username)] });
  },
});
