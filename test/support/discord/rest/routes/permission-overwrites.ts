import { OverwriteType, PermissionFlagsBits } from 'discord-api-types/v10';
import type { EmulatorCore } from '../../core.js';
import { announceChannel } from '../../domain/announcements.js';
import { requireChannelPermission } from '../../domain/bot-permissions.js';
import { channelPermissions } from '../../permissions.js';
import { isThreadType } from '../../state/discord-state.js';
import type { ChannelRecord } from '../../state/records.js';
import { FormErrors } from '../../validation/form-errors.js';
import { DiscordErrors } from '../discord-error.js';
import { bodyObject, findChannel, findMember, findRole } from '../lookups.js';
import { noContent, type RouteDefinition } from '../router.js';

/**
 * `PUT/DELETE /channels/:id/permissions/:overwriteId`. Needs MANAGE_ROLES in the channel, and the bot can only
 * allow or deny permissions it has there itself (403 50013 otherwise).
 */
export function permissionOverwriteRoutes(core: EmulatorCore): RouteDefinition[] {
  const guildChannel = (channelId: string): ChannelRecord => {
    const channel = findChannel(core, channelId);
    if (!channel.guildId || isThreadType(channel.type)) throw DiscordErrors.unknownChannel();
    requireChannelPermission(core, channel.id, PermissionFlagsBits.ManageRoles);
    return channel;
  };
  return [
    {
      method: 'PUT',
      pattern: '/channels/:channelId/permissions/:overwriteId',
      auth: 'bot',
      handle: ({ params, body }) => {
        const channel = guildChannel(params.channelId ?? '');
        const guildId = channel.guildId ?? '';
        const overwriteId = params.overwriteId ?? '';
        const input = bodyObject(body);
        const errors = new FormErrors();
        errors.choices(['type'], input.type, [OverwriteType.Role, OverwriteType.Member]);
        errors.throwIfAny();
        const type = input.type as OverwriteType;
        if (type === OverwriteType.Role) findRole(core, guildId, overwriteId);
        else findMember(core, guildId, overwriteId);
        const allow = BigInt(typeof input.allow === 'string' || typeof input.allow === 'number' ? input.allow : 0);
        const deny = BigInt(typeof input.deny === 'string' || typeof input.deny === 'number' ? input.deny : 0);
        const own = channelPermissions(core.state, channel.id, core.config.botUserId);
        if (((allow | deny) & ~own) !== 0n) throw DiscordErrors.missingPermissions();
        channel.overwrites = [
          ...channel.overwrites.filter((overwrite) => overwrite.id !== overwriteId),
          { id: overwriteId, type, allow, deny },
        ];
        announceChannel(core, 'update', channel);
        return noContent();
      },
    },
    {
      method: 'DELETE',
      pattern: '/channels/:channelId/permissions/:overwriteId',
      auth: 'bot',
      handle: ({ params }) => {
        const channel = guildChannel(params.channelId ?? '');
        const before = channel.overwrites.length;
        channel.overwrites = channel.overwrites.filter((overwrite) => overwrite.id !== params.overwriteId);
        if (channel.overwrites.length !== before) announceChannel(core, 'update', channel);
        return noContent();
      },
    },
  ];
}
