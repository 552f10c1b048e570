import type { RoleFlags } from 'discord-api-types/v10';
import { type APIRole } from 'discord-api-types/v10';
import type { RoleRecord } from '../state/records.js';
import { bitfield } from './bitfield.js';

export function toApiRole(role: RoleRecord): APIRole {
  // Discord still sends the deprecated `color` next to `colors`, and discord.js reads both.
  const legacyColor = { color: role.color };
  return {
    ...legacyColor,
    id: role.id,
    name: role.name,
    colors: { primary_color: role.color, secondary_color: null, tertiary_color: null },
    hoist: role.hoist,
    icon: null,
    unicode_emoji: null,
    position: role.position,
    permissions: role.permissions.toString(),
    managed: role.managed,
    mentionable: role.mentionable,
    ...(role.botId ? { tags: { bot_id: role.botId } } : {}),
    flags: bitfield<RoleFlags>(),
  };
}
