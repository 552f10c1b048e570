import { PermissionFlagsBits, type BaseInteraction } from 'discord.js';
import type { Actor } from '../services/service-input.js';

/** Who is acting, from Discord's own view of their permissions in this channel. */
export function actorOf(interaction: BaseInteraction): Actor {
  return {
    userId: interaction.user.id,
    isAdmin: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
  };
}

/** The server an interaction came from; commands are registered for servers only. */
export function guildIdOf(interaction: BaseInteraction): string {
  if (!interaction.guildId) throw new Error('A guild-only interaction arrived without a guild id');
  return interaction.guildId;
}
