import { MessageFlags, type InteractionEditReplyOptions, type RepliableInteraction } from 'discord.js';

export interface ReplyPayload {
  content?: string;
  embeds?: NonNullable<InteractionEditReplyOptions['embeds']>;
  components?: NonNullable<InteractionEditReplyOptions['components']>;
}

/**
 * Answers an interaction whatever state the router left it in: edits the deferred reply, or sends
 * the first reply. `ephemeral` only matters for a first reply; a deferral already fixed it.
 */
export async function respond(
  interaction: RepliableInteraction,
  payload: ReplyPayload,
  ephemeral = true,
): Promise<void> {
  if (interaction.deferred || interaction.replied) {
    await interaction.editReply(payload);
    return;
  }
  await interaction.reply({ ...payload, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
}

/** A private note to the user who acted, whatever happened to the interaction before. */
export async function respondPrivately(interaction: RepliableInteraction, content: string): Promise<void> {
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply({ content, flags: MessageFlags.Ephemeral });
  } else if (interaction.deferred && !interaction.replied && interaction.ephemeral === true) {
    await interaction.editReply({ content, embeds: [], components: [] });
  } else {
    await interaction.followUp({ content, flags: MessageFlags.Ephemeral });
  }
}
