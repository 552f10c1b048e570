import { SlashCommandBuilder, InteractionContextType } from 'discord.js';
import { defineCommand } from '../src/discord/command.js';
import { respond } from '../src/discord/respond.js';
import { helpEmbed } from '../src/views/help.view.js';

export const helpCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('help')
    .setDescription('What this bot can do for you, and where to start')
    .setContexts(InteractionContextType.Guild)
    .toJSON(),
  defer: 'none',
  async execute(interaction) {
    await respond(interaction, { embeds: [helpEmbed()] });
  },
});
