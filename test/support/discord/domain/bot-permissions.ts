import { PermissionFlagsBits } from 'discord-api-types/v10';
import type { EmulatorCore } from '../core.js';
import { channelPermissions, guildPermissions, hasPermission, highestRolePosition } from '../permissions.js';
import { DiscordErrors } from '../rest/discord-error.js';
import type { RoleRecord } from '../state/records.js';

/** The bot may act in the guild only with these guild-wide permissions (403 50013 otherwise). */
export function requireGuildPermission(core: EmulatorCore, guildId: string, permission: bigint): void {
  if (!hasPermission(guildPermissions(core.state, guildId, core.config.botUserId), permission)) {
    throw DiscordErrors.missingPermissions();
  }
}

/** Channel-level check: a channel the bot cannot see is 50001 Missing Access, a missing right 50013. */
export function requireChannelPermission(core: EmulatorCore, channelId: string, permission: bigint): void {
  const permissions = channelPermissions(core.state, channelId, core.config.botUserId);
  if (!hasPermission(permissions, PermissionFlagsBits.ViewChannel)) throw DiscordErrors.missingAccess();
  if (!hasPermission(permissions, permission)) throw DiscordErrors.missingPermissions();
}

/**
 * Role hierarchy: the bot needs MANAGE_ROLES and may only touch roles strictly below its highest role, and
 * never managed roles (bot roles, booster roles) or @everyone's membership.
 */
export function requireManageableRole(core: EmulatorCore, role: RoleRecord): void {
  requireGuildPermission(core, role.guildId, PermissionFlagsBits.ManageRoles);
  const guild = core.state.guild(role.guildId);
  if (guild?.ownerId === core.config.botUserId) return;
  if (role.managed || role.position >= highestRolePosition(core.state, role.guildId, core.config.botUserId)) {
    throw DiscordErrors.missingPermissions();
  }
}

/** A bot cannot grant permissions it does not have itself (unless it is an administrator). */
export function requireGrantable(core: EmulatorCore, guildId: string, permissions: bigint): void {
  const own = guildPermissions(core.state, guildId, core.config.botUserId);
  if ((permissions & ~own) !== 0n) throw DiscordErrors.missingPermissions();
}
