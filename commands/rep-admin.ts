import { ChannelType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { actorOf, guildIdOf } from '../src/discord/actor.js';
import { applicationsChannelProblem } from '../src/discord/applications-channel.js';
import { defineCommand } from '../src/discord/command.js';
import { localized } from '../src/discord/command-localization.js';
import { requireAssignableRole } from '../src/discord/assignable-role.js';
import { reconcileMemberRoles } from '../src/discord/member-roles.js';
import { refreshReputationRoles } from '../src/discord/reputation-roles.js';
import { respond } from '../src/discord/respond.js';
import { adminRoleReport } from '../src/views/role-report.view.js';
import { InvalidInputError } from '../src/errors.js';
import {
  MAX_ADJUSTMENT,
  MAX_REASON_LENGTH,
  adjustReputation,
  reverseReputationEvent,
} from '../src/services/reputation/ledger.service.js';
import {
  reputationSettings,
  setReputationRole,
  updateReputationSettings,
} from '../src/services/reputation/settings.service.js';
import { RING_WINDOW_DAYS, recentRings } from '../src/services/reputation/thanks.service.js';
import { requireAdmin } from '../src/services/service-input.js';
import { reputationSettingsText, ringsText } from '../src/views/reputation.view.js';

const subcommand = z.enum([
  'settings',
  'points',
  'thanks-rules',
  'channel',
  'adjust',
  'reverse',
  'rings',
  'role-threshold',
]);

export const repAdminCommand = defineCommand({
  data: localized(new SlashCommandBuilder(), 'commands.repAdmin')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((sub) => localized(sub, 'commands.repAdmin.settings'))
    .addSubcommand((sub) =>
      localized(sub, 'commands.repAdmin.points')
        .addNumberOption((o) =>
          localized(o, 'commands.repAdmin.points.options.session').setMinValue(0).setMaxValue(100),
        )
        .addNumberOption((o) => localized(o, 'commands.repAdmin.points.options.thanks').setMinValue(0).setMaxValue(100))
        .addNumberOption((o) =>
          localized(o, 'commands.repAdmin.points.options.unrelated').setMinValue(0).setMaxValue(100),
        )
        .addNumberOption((o) =>
          localized(o, 'commands.repAdmin.points.options.feedback').setMinValue(0).setMaxValue(100),
        ),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.repAdmin.thanksRules')
        .addIntegerOption((o) =>
          localized(o, 'commands.repAdmin.thanksRules.options.cooldown')
            .setMinValue(1)
            .setMaxValue(24 * 30),
        )
        .addIntegerOption((o) =>
          localized(o, 'commands.repAdmin.thanksRules.options.cap').setMinValue(1).setMaxValue(100),
        )
        .addIntegerOption((o) =>
          localized(o, 'commands.repAdmin.thanksRules.options.days').setMinValue(0).setMaxValue(365),
        ),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.repAdmin.channel').addChannelOption((o) =>
        localized(o, 'commands.repAdmin.channel.options.channel').addChannelTypes(
          ChannelType.GuildText,
          ChannelType.GuildAnnouncement,
        ),
      ),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.repAdmin.adjust')
        .addUserOption((o) => localized(o, 'commands.repAdmin.adjust.options.user').setRequired(true))
        .addIntegerOption((o) =>
          localized(o, 'commands.repAdmin.adjust.options.amount')
            .setRequired(true)
            .setMinValue(-MAX_ADJUSTMENT)
            .setMaxValue(MAX_ADJUSTMENT),
        )
        .addStringOption((o) =>
          localized(o, 'commands.repAdmin.adjust.options.reason').setRequired(true).setMaxLength(MAX_REASON_LENGTH),
        ),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.repAdmin.reverse')
        .addStringOption((o) => localized(o, 'commands.repAdmin.reverse.options.id').setRequired(true).setMaxLength(24))
        .addStringOption((o) =>
          localized(o, 'commands.repAdmin.reverse.options.reason').setRequired(true).setMaxLength(MAX_REASON_LENGTH),
        ),
    )
    .addSubcommand((sub) => localized(sub, 'commands.repAdmin.rings'))
    .addSubcommand((sub) =>
      localized(sub, 'commands.repAdmin.role')
        .addRoleOption((o) => localized(o, 'commands.repAdmin.role.options.role').setRequired(true))
        .addIntegerOption((o) =>
          localized(o, 'commands.repAdmin.role.options.points').setRequired(true).setMinValue(0).setMaxValue(1_000_000),
        ),
    )
    .toJSON(),
  defer: 'ephemeral',
  async execute(interaction, ctx) {
    const tr = ctx.i18n;
    const guildId = guildIdOf(interaction);
    const actor = actorOf(interaction);
    const sub = subcommand.parse(interaction.options.getSubcommand());
    /** The options given, by the setting they change; the others keep their value. */
    const given = (fields: Record<string, string>, read: (name: string) => number | null) =>
      Object.fromEntries(
        Object.entries(fields).flatMap(([name, field]) => {
          const value = read(name);
          return value === null ? [] : [[field, value]];
        }),
      );
    switch (sub) {
      case 'settings':
        requireAdmin(actor);
        await respond(interaction, { content: reputationSettingsText(tr, await reputationSettings(guildId)) });
        return;
      case 'points':
      case 'thanks-rules': {
        const changes =
          sub === 'points'
            ? given(
                {
                  session: 'sessionPoints',
                  thanks: 'thanksPoints',
                  'thanks-unrelated': 'thanksUnrelatedPoints',
                  'rating-per-star': 'feedbackPointsPerStar',
                },
                (name) => interaction.options.getNumber(name),
              )
            : given(
                {
                  'cooldown-hours': 'thanksCooldownHours',
                  'daily-cap': 'thanksDailyCap',
                  'min-days': 'thanksMinMemberDays',
                },
                (name) => interaction.options.getInteger(name),
              );
        const settings = await updateReputationSettings({ guildId, actor, ...changes });
        await respond(interaction, { content: reputationSettingsText(tr, settings) });
        return;
      }
      case 'channel': {
        const channel = interaction.options.getChannel('channel');
        const problem =
          channel && interaction.guild ? applicationsChannelProblem(tr, interaction.guild, channel.id) : null;
        if (problem !== null) throw new InvalidInputError('channel', problem.key, problem.params);
        const settings = await updateReputationSettings({ guildId, actor, announcementChannelId: channel?.id ?? null });
        await respond(interaction, { content: reputationSettingsText(tr, settings) });
        return;
      }
      case 'adjust': {
        const user = interaction.options.getUser('user', true);
        const { event, recorded } = await adjustReputation(
          {
            guildId,
            actor,
            userId: user.id,
            amount: interaction.options.getInteger('amount', true),
            reason: interaction.options.getString('reason', true),
            requestId: interaction.id,
          },
          ctx.clock,
        );
        await refreshReputationRoles(interaction.guild, [user.id], ctx.logger);
        await respond(interaction, {
          content: recorded
            ? tr.t('reputation.admin.adjusted', { amount: tr.number(event.deltas.points), user: user.id, id: event.id })
            : tr.t('reputation.admin.alreadyAdjusted', { id: event.id }),
        });
        return;
      }
      case 'reverse': {
        const reversal = await reverseReputationEvent(
          {
            guildId,
            actor,
            eventId: interaction.options.getString('id', true).trim(),
            reason: interaction.options.getString('reason', true),
          },
          ctx.clock,
        );
        await refreshReputationRoles(interaction.guild, [reversal.userId], ctx.logger);
        await respond(interaction, { content: tr.t('reputation.admin.reversed', { id: reversal.id }) });
        return;
      }
      case 'role-threshold': {
        const role = interaction.options.getRole('role', true);
        const points = interaction.options.getInteger('points', true);
        if (points > 0) requireAssignableRole(tr, interaction, role.id);
        const { settings, removed } = await setReputationRole({ guildId, actor, roleId: role.id, points });
        const report = interaction.guild
          ? adminRoleReport(
              tr,
              await reconcileMemberRoles(interaction.guild, { formerRoleIds: removed ? [role.id] : [] }, ctx.logger),
            )
          : '';
        await respond(interaction, { content: `${reputationSettingsText(tr, settings)}\n${report}` });
        return;
      }
      case 'rings':
        await respond(interaction, {
          content: ringsText(tr, await recentRings({ guildId, actor }, ctx.clock), RING_WINDOW_DAYS),
        });
        return;
    }
  },
});
