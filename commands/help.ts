import {
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type PermissionsBitField,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { defineCommand } from '../src/discord/command.js';
import { localized } from '../src/discord/command-localization.js';
import { respond } from '../src/discord/respond.js';
import { helpEmbed } from '../src/views/help.view.js';

/**
 * Whether the member may run a command by its default permissions ("0": administrators only). Admins
 * can narrow this per role in the server's integration settings; those overrides are not read here.
 */
function mayUse(
  command: RESTPostAPIChatInputApplicationCommandsJSONBody,
  permissions: Readonly<PermissionsBitField> | null,
): boolean {
  const required = command.default_member_permissions;
  if (required === undefined || required === null) return true;
  if (!permissions) return false;
  return required === '0' ? permissions.has(PermissionFlagsBits.Administrator) : permissions.has(BigInt(required));
}

export const helpCommand = defineCommand({
  data: localized(new SlashCommandBuilder(), 'commands.help').setContexts(InteractionContextType.Guild).toJSON(),
  defer: 'none',
  async execute(interaction, ctx) {
    const usable = ctx.commands
      .map((command) => command.data)
      .filter((data) => mayUse(data, interaction.memberPermissions));
    await respond(interaction, { embeds: [helpEmbed(ctx.i18n, usable)] });
  },
});
