import {
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { z } from 'zod';
import { actorOf, guildIdOf } from '../src/discord/actor.js';
import { requireAssignableRole } from '../src/discord/assignable-role.js';
import { defineCommand } from '../src/discord/command.js';
import { localized } from '../src/discord/command-localization.js';
import { reconcileMemberRoles } from '../src/discord/member-roles.js';
import { respond } from '../src/discord/respond.js';
import {
  addSpecialty,
  archiveSpecialty,
  catalogForAdmin,
  listSpecialties,
  renameSpecialty,
  restoreSpecialty,
  searchSpecialties,
  setSpecialtyRole,
  type ServerEmoji,
} from '../src/services/specialty.service.js';
import { specialtyLabel } from '../src/views/labels.js';
import { adminRoleReport } from '../src/views/role-report.view.js';
import { specialtyCatalogPages, specialtyChoiceLabel } from '../src/views/specialty-catalog.view.js';

/** Typed specialty references are slugs or names (≤ 50); anything longer is not one. */
const MAX_REFERENCE_LENGTH = 100;

/**
 * The server's custom emojis, read only when the admin typed one (`<:name:id>`), so the service can check
 * that it belongs to this server.
 */
async function serverEmojisFor(interaction: ChatInputCommandInteraction, emoji: string | null): Promise<ServerEmoji[]> {
  if (emoji === null || !emoji.includes('<') || !interaction.guild) return [];
  const emojis = await interaction.guild.emojis.fetch();
  return emojis.map((e) => ({ id: e.id, name: e.name, animated: e.animated }));
}

const subcommand = z.enum(['list', 'add', 'rename', 'archive', 'restore', 'role']);

export const specialtyCommand = defineCommand({
  data: localized(new SlashCommandBuilder(), 'commands.specialty')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((sub) => localized(sub, 'commands.specialty.list'))
    .addSubcommand((sub) =>
      localized(sub, 'commands.specialty.add')
        .addStringOption((o) => localized(o, 'commands.specialty.add.options.name').setRequired(true).setMaxLength(50))
        .addStringOption((o) => localized(o, 'commands.specialty.add.options.emoji').setMaxLength(64))
        .addRoleOption((o) => localized(o, 'commands.specialty.add.options.role')),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.specialty.rename')
        .addStringOption((o) =>
          localized(o, 'commands.specialty.rename.options.specialty')
            .setAutocomplete(true)
            .setRequired(true)
            .setMaxLength(MAX_REFERENCE_LENGTH),
        )
        .addStringOption((o) =>
          localized(o, 'commands.specialty.rename.options.name').setRequired(true).setMaxLength(50),
        )
        .addStringOption((o) => localized(o, 'commands.specialty.rename.options.emoji').setMaxLength(64)),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.specialty.archive').addStringOption((o) =>
        localized(o, 'commands.specialty.archive.options.specialty')
          .setAutocomplete(true)
          .setRequired(true)
          .setMaxLength(MAX_REFERENCE_LENGTH),
      ),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.specialty.restore').addStringOption((o) =>
        localized(o, 'commands.specialty.restore.options.specialty')
          .setAutocomplete(true)
          .setRequired(true)
          .setMaxLength(MAX_REFERENCE_LENGTH),
      ),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.specialty.role')
        .addStringOption((o) =>
          localized(o, 'commands.specialty.role.options.specialty')
            .setAutocomplete(true)
            .setRequired(true)
            .setMaxLength(MAX_REFERENCE_LENGTH),
        )
        .addRoleOption((o) => localized(o, 'commands.specialty.role.options.role')),
    )
    .toJSON(),
  defer: 'ephemeral',
  async execute(interaction, ctx) {
    const guildId = guildIdOf(interaction);
    const actor = actorOf(interaction);
    const slug = () => interaction.options.getString('specialty', true);
    const emoji = interaction.options.getString('emoji');
    switch (subcommand.parse(interaction.options.getSubcommand())) {
      case 'list': {
        const [first, ...rest] = specialtyCatalogPages(ctx.i18n, await catalogForAdmin({ guildId, actor }));
        await respond(interaction, { embeds: first ? [first] : [] });
        for (const page of rest) await interaction.followUp({ embeds: [page], flags: MessageFlags.Ephemeral });
        return;
      }
      case 'add': {
        const role = interaction.options.getRole('role');
        if (role) requireAssignableRole(ctx.i18n, interaction, role.id);
        const added = await addSpecialty({
          guildId,
          actor,
          name: interaction.options.getString('name', true),
          serverEmojis: await serverEmojisFor(interaction, emoji),
          ...(emoji === null ? {} : { emoji }),
          ...(role === null ? {} : { roleId: role.id }),
        });
        await respond(interaction, {
          content: ctx.i18n.t('specialty.added', { specialty: specialtyLabel(added), slug: added.slug }),
        });
        return;
      }
      case 'rename': {
        const renamed = await renameSpecialty({
          guildId,
          actor,
          slug: slug(),
          name: interaction.options.getString('name', true),
          serverEmojis: await serverEmojisFor(interaction, emoji),
          ...(emoji === null ? {} : { emoji }),
        });
        await respond(interaction, {
          content: ctx.i18n.t('specialty.renamed', { specialty: specialtyLabel(renamed) }),
        });
        return;
      }
      case 'archive': {
        const archived = await archiveSpecialty({ guildId, actor, slug: slug() }, ctx.clock);
        await respond(interaction, {
          content: ctx.i18n.t('specialty.archived', { specialty: specialtyLabel(archived) }),
        });
        return;
      }
      case 'restore': {
        const restored = await restoreSpecialty({ guildId, actor, slug: slug() });
        await respond(interaction, {
          content: ctx.i18n.t('specialty.restored', { specialty: specialtyLabel(restored) }),
        });
        return;
      }
      case 'role': {
        const role = interaction.options.getRole('role');
        if (role) requireAssignableRole(ctx.i18n, interaction, role.id);
        const change = await setSpecialtyRole({ guildId, actor, slug: slug(), roleId: role?.id ?? null });
        const report = interaction.guild
          ? adminRoleReport(
              ctx.i18n,
              await reconcileMemberRoles(
                interaction.guild,
                { formerRoleIds: change.previousRoleId === null ? [] : [change.previousRoleId] },
                ctx.logger,
              ),
            )
          : '';
        const label = specialtyLabel(change.specialty);
        const what = change.specialty.roleId
          ? ctx.i18n.t('specialty.roleSet', { specialty: label, role: change.specialty.roleId })
          : ctx.i18n.t('specialty.roleCleared', { specialty: label });
        await respond(interaction, { content: `${what}\n${report}` });
        return;
      }
    }
  },
  async autocomplete(interaction, ctx) {
    const guildId = guildIdOf(interaction);
    const query = interaction.options.getFocused();
    const archivedToo = ['restore', 'rename', 'role'].includes(interaction.options.getSubcommand());
    const found = archivedToo
      ? (await listSpecialties(guildId, { includeArchived: true })).filter((s) =>
          `${s.name} ${s.slug}`.toLowerCase().includes(query.toLowerCase()),
        )
      : await searchSpecialties(guildId, query);
    return found.map((s) => ({ name: specialtyChoiceLabel(ctx.i18n, s), value: s.slug }));
  },
});
