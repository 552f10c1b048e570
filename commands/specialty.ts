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
import { specialtyCatalogPages } from '../src/views/specialty-catalog.view.js';

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
  data: new SlashCommandBuilder()
    .setName('specialty')
    .setDescription("Shape this server's catalog of mentoring specialties")
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((sub) => sub.setName('list').setDescription('Show every specialty, archived ones too'))
    .addSubcommand((sub) =>
      sub
        .setName('add')
        .setDescription('Add a specialty')
        .addStringOption((o) =>
          o.setName('name').setDescription('Its name, like "Rust"').setRequired(true).setMaxLength(50),
        )
        .addStringOption((o) =>
          o.setName('emoji').setDescription('One emoji, or a custom emoji of this server').setMaxLength(64),
        )
        .addRoleOption((o) => o.setName('role').setDescription('A role its mentors get')),
    )
    .addSubcommand((sub) =>
      sub
        .setName('rename')
        .setDescription('Rename a specialty (mentors keep it)')
        .addStringOption((o) =>
          o
            .setName('specialty')
            .setDescription('Which one')
            .setAutocomplete(true)
            .setRequired(true)
            .setMaxLength(MAX_REFERENCE_LENGTH),
        )
        .addStringOption((o) => o.setName('name').setDescription('The new name').setRequired(true).setMaxLength(50))
        .addStringOption((o) =>
          o
            .setName('emoji')
            .setDescription('A new emoji: one emoji, or a custom emoji of this server')
            .setMaxLength(64),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('archive')
        .setDescription('Stop offering a specialty; profiles that have it keep it')
        .addStringOption((o) =>
          o
            .setName('specialty')
            .setDescription('Which one')
            .setAutocomplete(true)
            .setRequired(true)
            .setMaxLength(MAX_REFERENCE_LENGTH),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('restore')
        .setDescription('Offer an archived specialty again')
        .addStringOption((o) =>
          o
            .setName('specialty')
            .setDescription('Which one')
            .setAutocomplete(true)
            .setRequired(true)
            .setMaxLength(MAX_REFERENCE_LENGTH),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('role')
        .setDescription('Set or clear the role its mentors get')
        .addStringOption((o) =>
          o
            .setName('specialty')
            .setDescription('Which one')
            .setAutocomplete(true)
            .setRequired(true)
            .setMaxLength(MAX_REFERENCE_LENGTH),
        )
        .addRoleOption((o) => o.setName('role').setDescription('The role (leave empty to clear)')),
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
        const [first, ...rest] = specialtyCatalogPages(await catalogForAdmin({ guildId, actor }));
        await respond(interaction, { embeds: first ? [first] : [] });
        for (const page of rest) await interaction.followUp({ embeds: [page], flags: MessageFlags.Ephemeral });
        return;
      }
      case 'add': {
        const role = interaction.options.getRole('role');
        if (role) requireAssignableRole(interaction, role.id);
        const added = await addSpecialty({
          guildId,
          actor,
          name: interaction.options.getString('name', true),
          serverEmojis: await serverEmojisFor(interaction, emoji),
          ...(emoji === null ? {} : { emoji }),
          ...(role === null ? {} : { roleId: role.id }),
        });
        await respond(interaction, { content: `Added ${specialtyLabel(added)} (\`${added.slug}\`).` });
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
        await respond(interaction, { content: `Renamed to ${specialtyLabel(renamed)}.` });
        return;
      }
      case 'archive': {
        const archived = await archiveSpecialty({ guildId, actor, slug: slug() }, ctx.clock);
        await respond(interaction, {
          content: `Archived ${specialtyLabel(archived)}: it is no longer offered, and mentors who have it keep it.`,
        });
        return;
      }
      case 'restore': {
        const restored = await restoreSpecialty({ guildId, actor, slug: slug() });
        await respond(interaction, { content: `${specialtyLabel(restored)} is offered again.` });
        return;
      }
      case 'role': {
        const role = interaction.options.getRole('role');
        if (role) requireAssignableRole(interaction, role.id);
        const change = await setSpecialtyRole({ guildId, actor, slug: slug(), roleId: role?.id ?? null });
        const report = interaction.guild
          ? adminRoleReport(
              await reconcileMemberRoles(
                interaction.guild,
                { formerRoleIds: change.previousRoleId === null ? [] : [change.previousRoleId] },
                ctx.logger,
              ),
            )
          : '';
        const what = change.specialty.roleId ? `now gives <@&${change.specialty.roleId}>` : 'gives no role now';
        await respond(interaction, { content: `${specialtyLabel(change.specialty)} ${what}.\n${report}` });
        return;
      }
    }
  },
  async autocomplete(interaction) {
    const guildId = guildIdOf(interaction);
    const query = interaction.options.getFocused();
    const archivedToo = ['restore', 'rename', 'role'].includes(interaction.options.getSubcommand());
    const found = archivedToo
      ? (await listSpecialties(guildId, { includeArchived: true })).filter((s) =>
          `${s.name} ${s.slug}`.toLowerCase().includes(query.toLowerCase()),
        )
      : await searchSpecialties(guildId, query);
    return found.map((s) => ({ name: `${s.name}${s.archivedAt ? ' (archived)' : ''}`, value: s.slug }));
  },
});
