import { ChannelType, type ChatInputCommandInteraction } from 'discord.js';
import { z } from 'zod';
import { actorOf, guildIdOf } from '../../src/discord/actor.js';
import type { AppContext } from '../../src/discord/context.js';
import { checkSpaceChannel, permissionNames } from '../../src/discord/mentorship-space.js';
import { respond } from '../../src/discord/respond.js';
import { InvalidInputError } from '../../src/errors.js';
import {
  MENTORSHIP_GUIDES,
  mentorshipGuidesOf,
  saveMentorshipGuide,
  setMentorshipChannel,
} from '../../src/services/mentorship-space-settings.service.js';
import { requireAdmin } from '../../src/services/service-input.js';
import { guideEditPanel } from '../../src/views/mentorship-guide.view.js';

/**
 * `/admin mentorship-channel [channel]`: where new pairs get their private thread. A channel the bot
 * cannot open private threads in is refused with the missing permissions named, before any pair misses one.
 */
export async function mentorshipChannelSubcommand(
  interaction: ChatInputCommandInteraction,
  ctx: AppContext,
): Promise<void> {
  const tr = ctx.i18n;
  const channel = interaction.options.getChannel('channel');
  if (channel && interaction.guild) {
    if (channel.type !== ChannelType.GuildText)
      throw new InvalidInputError('channel', 'mentorship.admin.channelNotText');
    const check = checkSpaceChannel(interaction.guild, channel.id);
    if (!check.ok && check.problem === 'missing-permissions') {
      throw new InvalidInputError('channel', 'mentorship.admin.channelMissing', {
        channel: channel.id,
        permissions: permissionNames(tr, check.missing),
      });
    }
  }
  const set = await setMentorshipChannel({
    guildId: guildIdOf(interaction),
    actor: actorOf(interaction),
    channelId: channel?.id ?? null,
  });
  await respond(interaction, {
    content:
      set === null ? tr.t('mentorship.admin.channelCleared') : tr.t('mentorship.admin.channelSet', { channel: set }),
  });
}

/**
 * `/admin mentorship-guide guide [reset]`: shows the guide as new pairs get it with an Edit button (a modal
 * cannot follow this command's private deferral), or puts the default back.
 */
export async function mentorshipGuideSubcommand(
  interaction: ChatInputCommandInteraction,
  ctx: AppContext,
): Promise<void> {
  const guildId = guildIdOf(interaction);
  const guide = z.enum(MENTORSHIP_GUIDES).parse(interaction.options.getString('guide', true));
  if (interaction.options.getBoolean('reset') === true) {
    await saveMentorshipGuide({ guildId, actor: actorOf(interaction), guide, text: null });
    const panel = guideEditPanel(ctx.i18n, guide, await mentorshipGuidesOf(guildId));
    await respond(interaction, {
      ...panel,
      content: ctx.i18n.t('mentorship.admin.guideReset', { guide: ctx.i18n.t(`mentorship.admin.guideNames.${guide}`) }),
    });
    return;
  }
  requireAdmin(actorOf(interaction));
  await respond(interaction, guideEditPanel(ctx.i18n, guide, await mentorshipGuidesOf(guildId)));
}
