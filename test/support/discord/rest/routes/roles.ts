import { PermissionFlagsBits } from 'discord-api-types/v10';
import type { EmulatorCore } from '../../core.js';
import { announceRole, announceRoleDelete, withRolePositionUpdates } from '../../domain/announcements.js';
import { requireGrantable, requireGuildPermission, requireManageableRole } from '../../domain/bot-permissions.js';
import { toApiRole } from '../../payloads/role.js';
import type { RoleRecord } from '../../state/records.js';
import { FormErrors } from '../../validation/form-errors.js';
import { DiscordErrors } from '../discord-error.js';
import { bodyObject, findGuild, findRole } from '../lookups.js';
import { noContent, ok, type RouteDefinition } from '../router.js';

/**
 * Guild roles. Creating needs MANAGE_ROLES and only permissions the bot has; editing or deleting also needs
 * the role to sit below the bot's highest role and not be managed (403 50013).
 */
export function roleRoutes(core: EmulatorCore): RouteDefinition[] {
  const { state } = core;
  return [
    {
      method: 'GET',
      pattern: '/guilds/:guildId/roles',
      auth: 'bot',
      handle: ({ params }) => ok(state.guildRoles(findGuild(core, params.guildId ?? '').id).map(toApiRole)),
    },
    {
      method: 'GET',
      pattern: '/guilds/:guildId/roles/:roleId',
      auth: 'bot',
      handle: ({ params }) =>
        ok(toApiRole(findRole(core, findGuild(core, params.guildId ?? '').id, params.roleId ?? ''))),
    },
    {
      method: 'POST',
      pattern: '/guilds/:guildId/roles',
      auth: 'bot',
      handle: ({ params, body }) => {
        const guild = findGuild(core, params.guildId ?? '');
        const input = bodyObject(body);
        requireGuildPermission(core, guild.id, PermissionFlagsBits.ManageRoles);
        const fields = readRoleFields(input);
        if (fields.permissions !== undefined) requireGrantable(core, guild.id, fields.permissions);
        const role: RoleRecord = {
          id: core.ids.next(),
          guildId: guild.id,
          name: fields.name ?? 'new role',
          permissions: fields.permissions ?? 0n,
          position: 1,
          color: fields.color ?? 0,
          hoist: fields.hoist ?? false,
          mentionable: fields.mentionable ?? false,
          managed: false,
          botId: null,
        };
        withRolePositionUpdates(core, guild.id, () => {
          state.roles.set(role.id, role);
          state.normalizeRolePositions(guild.id, { roleId: role.id, position: 1 });
        });
        announceRole(core, 'create', role);
        return ok(toApiRole(role));
      },
    },
    {
      method: 'PATCH',
      pattern: '/guilds/:guildId/roles/:roleId',
      auth: 'bot',
      handle: ({ params, body }) => {
        const guild = findGuild(core, params.guildId ?? '');
        const role = findRole(core, guild.id, params.roleId ?? '');
        requireManageableRole(core, role);
        const fields = readRoleFields(bodyObject(body));
        if (fields.permissions !== undefined) requireGrantable(core, guild.id, fields.permissions);
        Object.assign(role, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
        announceRole(core, 'update', role);
        return ok(toApiRole(role));
      },
    },
    {
      method: 'DELETE',
      pattern: '/guilds/:guildId/roles/:roleId',
      auth: 'bot',
      handle: ({ params }) => {
        const guild = findGuild(core, params.guildId ?? '');
        const role = findRole(core, guild.id, params.roleId ?? '');
        if (role.id === guild.id) throw DiscordErrors.invalidRole();
        requireManageableRole(core, role);
        withRolePositionUpdates(core, guild.id, () => {
          state.roles.delete(role.id);
          for (const member of state.guildMembers(guild.id)) member.roles = member.roles.filter((id) => id !== role.id);
          state.normalizeRolePositions(guild.id);
        });
        announceRoleDelete(core, role);
        return noContent();
      },
    },
  ];
}

interface RoleFields {
  name?: string;
  permissions?: bigint;
  color?: number;
  hoist?: boolean;
  mentionable?: boolean;
}

function readRoleFields(input: Record<string, unknown>): RoleFields {
  const errors = new FormErrors();
  if (typeof input.name === 'string') errors.maxLength(['name'], input.name, 100);
  errors.throwIfAny();
  const fields: RoleFields = {};
  if (typeof input.name === 'string') fields.name = input.name;
  if (typeof input.permissions === 'string' || typeof input.permissions === 'number')
    fields.permissions = BigInt(input.permissions);
  if (typeof input.color === 'number') fields.color = input.color;
  if (typeof input.hoist === 'boolean') fields.hoist = input.hoist;
  if (typeof input.mentionable === 'boolean') fields.mentionable = input.mentionable;
  return fields;
}
