import { RoleFlags, type APIRole } from 'discord-api-types/v10';
import type { RoleRecord } from '../state/records.js';

export function toApiRole(role: RoleRecord): APIRole {
  return {
    id: role.id,
    name: role.name,
    color: role.color,
    colors: { primary_color: role.color, secondary_color: null, tertiary_color: null },
    hoist: role.hoist,
    icon: null,
    unicode_emoji: null,
    position: role.position,
    permissions: role.permissions.toString(),
    managed: role.managed,
    mentionable: role.mentionable,
    ...(role.botId ? { tags: { bot_id: role.botId } } : {}),
    flags: 0 as RoleFlags,
  };
}
