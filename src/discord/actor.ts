import { PermissionFlagsBits, type BaseInteraction } from 'discord.js';
import { GuildOnlyError } from '../errors.js';
import type { Actor } from '../services/service-input.js';

/** Who is acting, from Discord's own view of their permissions in this channel. */
export function actorOf(interaction: BaseInteraction): Actor {
  return {
    userId: interaction.user.id,
    isAdmin: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    canManageRoles: interaction.memberPermissions?.has(PermissionFlagsBits.ManageRoles) ?? false,
  };
}

/** The server an interaction came from; a button pressed in a DM that needs one gets a clear refusal. */
export function guildIdOf(interaction: BaseInteraction): string {
  if (!interaction.guildId) throw new GuildOnlyError();
  return interaction.guildId;
}
