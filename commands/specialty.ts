import { EmbedBuilder, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { actorOf, guildIdOf } from '../src/discord/actor.js';
import { requireAssignableRole } from '../src/discord/assignable-role.js';
import { defineCommand } from '../src/discord/command.js';
import { applyRoleChanges } from '../src/discord/member-roles.js';
import { respond } from '../src/discord/respond.js';
import {
  addSpecialty,
  archiveSpecialty,
  listSpecialties,
  renameSpecialty,
  restoreSpecialty,
  searchSpecialties,
  setSpecialtyRole,
} from '../src/services/specialty.service.js';
import { BRAND_COLOR } from '../src/views/brand.js';
import { specialtyLabel } from '../src/views/labels.js';

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
        .addStringOption((o) => o.setName('emoji').setDescription('An emoji shown beside it').setMaxLength(64))
        .addRoleOption((o) => o.setName('role').setDescription('A role its mentors get')),
    )
    .addSubcommand((sub) =>
      sub
        .setName('rename')
        .setDescription('Rename a specialty (mentors keep it)')
        .addStringOption((o) =>
          o.setName('specialty').setDescription('Which one').setAutocomplete(true).setRequired(true),
        )
        .addStringOption((o) => o.setName('name').setDescription('The new name').setRequired(true).setMaxLength(50))
        .addStringOption((o) => o.setName('emoji').setDescription('A new emoji').setMaxLength(64)),
    )
    .addSubcommand((sub) =>
      sub
        .setName('archive')
        .setDescription('Stop offering a specialty; profiles that have it keep it')
        .addStringOption((o) =>
          o.setName('specialty').setDescription('Which one').setAutocomplete(true).setRequired(true),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('restore')
        .setDescription('Offer an archived specialty again')
        .addStringOption((o) =>
          o.setName('specialty').setDescription('Which one').setAutocomplete(true).setRequired(true),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('role')
        .setDescription('Set or clear the role its mentors get')
        .addStringOption((o) =>
          o.setName('specialty').setDescription('Which one').setAutocomplete(true).setRequired(true),
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
        const all = await listSpecialties(guildId, { includeArchived: true });
        const line = (s: (typeof all)[number]) =>
          `${specialtyLabel(s)} \`${s.slug}\`${s.roleId ? ` <@&${s.roleId}>` : ''}${s.archivedAt ? ' (archived)' : ''}`;
        await respond(interaction, {
          embeds: [
            new EmbedBuilder()
              .setColor(BRAND_COLOR)
              .setTitle('Specialties')
              .setDescription(all.map(line).join('\n').slice(0, 4_000)),
          ],
        });
        return;
      }
      case 'add': {
        const role = interaction.options.getRole('role');
        if (role) requireAssignableRole(interaction, role.id);
        const added = await addSpecialty({
          guildId,
          actor,
          name: interaction.options.getString('name', true),
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
        const guild = interaction.guild;
        let failures = 0;
        if (guild) {
          for (const userId of change.mentorUserIds) {
            const result = await applyRoleChanges(
              guild,
              userId,
              {
                rolesToAdd: change.specialty.roleId ? [change.specialty.roleId] : [],
                rolesToRemove: change.previousRoleId ? [change.previousRoleId] : [],
              },
              ctx.logger,
            );
            failures += result.failed.length;
          }
        }
        const what = change.specialty.roleId ? `now gives <@&${change.specialty.roleId}>` : 'gives no role now';
        await respond(interaction, {
          content:
            `${specialtyLabel(change.specialty)} ${what}; ${change.mentorUserIds.length} mentor(s) updated.` +
            (failures > 0 ? `\n${failures} role change(s) failed: move my role above the specialty roles.` : ''),
        });
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
