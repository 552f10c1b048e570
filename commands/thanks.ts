import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
  type APIInteractionGuildMember,
  type ChatInputCommandInteraction,
  type GuildMember,
  type MessageContextMenuCommandInteraction,
  type User,
} from 'discord.js';
import { guildIdOf } from '../src/discord/actor.js';
import { defineCommand, defineMessageCommand } from '../src/discord/command.js';
import { localized, localizedName } from '../src/discord/command-localization.js';
import type { AppContext } from '../src/discord/context.js';
import { deferIfSlow } from '../src/discord/defer-if-slow.js';
import { refreshReputationRoles } from '../src/discord/reputation-roles.js';
import { ForbiddenError } from '../src/errors.js';
import { MAX_REASON_LENGTH } from '../src/services/reputation/ledger.service.js';
import { thankMember } from '../src/services/reputation/thanks.service.js';
import { userText } from '../src/views/format.js';

/** When the member joined the server, as the interaction reports it (cached member or raw API member). */
function joinedAtOf(member: GuildMember | APIInteractionGuildMember | null): Date | null {
  if (member === null) return null;
  if ('joinedAt' in member) return member.joinedAt;
  return member.joined_at ? new Date(member.joined_at) : null;
}

/**
 * Records the thanks and says so in the channel, mentioning (and notifying) only the receiver; refusals
 * are thrown and answered privately. A thanks that weighs less says why, privately. When recording is slow
 * the interaction is first acknowledged privately (so that a refusal stays private); the thanks then
 * comes as a public follow-up.
 */
async function thank(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  receiver: User,
  words: { reason: string | null; messageLink: string | null },
  ctx: AppContext,
): Promise<void> {
  const recording = thankMember(
    {
      guildId: guildIdOf(interaction),
      giverId: interaction.user.id,
      receiverId: receiver.id,
      receiverIsBot: receiver.bot,
      giverJoinedAt: joinedAtOf(interaction.member),
      reason: words.reason,
      messageId: words.messageLink?.split('/').at(-1) ?? null,
    },
    ctx.clock,
  );
  const { unrelated } = await deferIfSlow(interaction, recording);
  const tr = ctx.i18n;
  const people = { giver: interaction.user.id, receiver: receiver.id };
  const content =
    words.messageLink !== null
      ? tr.t('thanks.givenFor', { ...people, link: words.messageLink })
      : words.reason
        ? tr.t('thanks.givenReason', { ...people, reason: userText(words.reason, MAX_REASON_LENGTH) })
        : tr.t('thanks.given', people);
  const note = unrelated ? tr.t('thanks.weighsLess') : null;
  if (interaction.deferred) {
    await interaction.editReply({ content: note ?? tr.t('thanks.sent') });
    await interaction.followUp({ content, allowedMentions: { users: [receiver.id] } });
  } else {
    await interaction.reply({ content, allowedMentions: { users: [receiver.id] } });
    if (note !== null) await interaction.followUp({ content: note, flags: MessageFlags.Ephemeral });
  }
  await refreshReputationRoles(interaction.guild, [receiver.id], ctx.logger);
}

export const thanksCommand = defineCommand({
  data: localized(new SlashCommandBuilder(), 'commands.thanks')
    .setContexts(InteractionContextType.Guild)
    .addUserOption((o) => localized(o, 'commands.thanks.options.user').setRequired(true))
    .addStringOption((o) => localized(o, 'commands.thanks.options.reason').setMaxLength(MAX_REASON_LENGTH))
    .toJSON(),
  // The thanks is public; refusals are private, so nothing is deferred in public first.
  defer: 'none',
  async execute(interaction, ctx) {
    // Discord resolves any user id; only a member comes with its member data, and points go to members.
    if (interaction.options.getMember('user') === null) throw new ForbiddenError('thanks.refusals.notMember');
    await thank(
      interaction,
      interaction.options.getUser('user', true),
      { reason: interaction.options.getString('reason'), messageLink: null },
      ctx,
    );
  },
});

/** "Thank for this help" in a message's Apps menu: thanks its author, linking the message. */
export const thankMessageCommand = defineMessageCommand({
  data: localizedName(new ContextMenuCommandBuilder(), 'commands.thanks.message.name')
    .setType(ApplicationCommandType.Message)
    .setContexts(InteractionContextType.Guild)
    .toJSON(),
  defer: 'none',
  async execute(interaction, ctx) {
    const message = interaction.targetMessage;
    if (message.webhookId !== null || message.system) throw new ForbiddenError('thanks.refusals.noAuthor');
    await thank(interaction, message.author, { reason: null, messageLink: message.url }, ctx);
  },
});
