import { ChannelType, OverwriteType, PermissionFlagsBits, ThreadAutoArchiveDuration } from 'discord-api-types/v10';
import type { EmulatorCore } from '../../core.js';
import { announceChannel } from '../../domain/announcements.js';
import { requireChannelPermission, requireGrantable, requireGuildPermission } from '../../domain/bot-permissions.js';
import { createGuildChannel } from '../../domain/guild-channels.js';
import { toApiChannel } from '../../payloads/channel.js';
import { isThreadType } from '../../state/discord-state.js';
import type { ChannelRecord, PermissionOverwriteRecord } from '../../state/records.js';
import { FormErrors } from '../../validation/form-errors.js';
import { bodyObject, findChannel, findGuild } from '../lookups.js';
import { created, ok, type RouteDefinition } from '../router.js';

const ARCHIVE_DURATIONS = [
  ThreadAutoArchiveDuration.OneHour,
  ThreadAutoArchiveDuration.OneDay,
  ThreadAutoArchiveDuration.ThreeDays,
  ThreadAutoArchiveDuration.OneWeek,
];

/** Channel types a bot may create in a guild. */
const CREATABLE_TYPES = [
  ChannelType.GuildText,
  ChannelType.GuildVoice,
  ChannelType.GuildCategory,
  ChannelType.GuildAnnouncement,
  ChannelType.GuildStageVoice,
  ChannelType.GuildForum,
];

/** Creating, reading and editing channels and threads. */
export function channelRoutes(core: EmulatorCore): RouteDefinition[] {
  const { state, config } = core;
  const visible = (channelId: string): ChannelRecord => {
    const channel = findChannel(core, channelId);
    if (channel.guildId) requireChannelPermission(core, channel.id, PermissionFlagsBits.ViewChannel);
    return channel;
  };
  return [
    {
      method: 'GET',
      pattern: '/channels/:channelId',
      auth: 'bot',
      handle: ({ params }) => ok(toApiChannel(state, visible(params.channelId ?? ''))),
    },
    {
      method: 'GET',
      pattern: '/guilds/:guildId/channels',
      auth: 'bot',
      handle: ({ params }) =>
        ok(
          state.guildChannels(findGuild(core, params.guildId ?? '').id).map((channel) => toApiChannel(state, channel)),
        ),
    },
    {
      method: 'POST',
      pattern: '/guilds/:guildId/channels',
      auth: 'bot',
      handle: ({ params, body }) => {
        const guild = findGuild(core, params.guildId ?? '');
        requireGuildPermission(core, guild.id, PermissionFlagsBits.ManageChannels);
        const input = bodyObject(body);
        const errors = new FormErrors();
        errors.length(['name'], input.name, 1, 100);
        const type = input.type ?? ChannelType.GuildText;
        errors.choices(['type'], type, CREATABLE_TYPES);
        if (typeof input.topic === 'string') errors.maxLength(['topic'], input.topic, 1024);
        const parent = typeof input.parent_id === 'string' ? state.channel(input.parent_id) : undefined;
        if (
          typeof input.parent_id === 'string' &&
          (parent?.guildId !== guild.id || parent.type !== ChannelType.GuildCategory)
        ) {
          errors.add(['parent_id'], 'CHANNEL_PARENT_INVALID', 'Parent must be a category of this guild');
        }
        const overwrites = readOverwrites(errors, input.permission_overwrites);
        errors.throwIfAny();
        for (const overwrite of overwrites) requireGrantable(core, guild.id, overwrite.allow | overwrite.deny);
        const channel = createGuildChannel(core, {
          guildId: guild.id,
          name: String(input.name),
          type: CREATABLE_TYPES.find((candidate) => candidate === type) ?? ChannelType.GuildText,
          parentId: parent?.id ?? null,
          topic: typeof input.topic === 'string' ? input.topic : null,
          overwrites,
        });
        return created(toApiChannel(state, channel));
      },
    },
    {
      method: 'PATCH',
      pattern: '/channels/:channelId',
      auth: 'bot',
      handle: ({ params, body }) => {
        const channel = visible(params.channelId ?? '');
        const changes = bodyObject(body);
        const errors = new FormErrors();
        if ('name' in changes) errors.length(['name'], changes.name, 1, 100);
        if (typeof changes.topic === 'string') errors.maxLength(['topic'], changes.topic, 1024);
        if ('auto_archive_duration' in changes)
          errors.choices(['auto_archive_duration'], changes.auto_archive_duration, ARCHIVE_DURATIONS);
        errors.throwIfAny();
        if (channel.thread) {
          // Owners may rename and archive their own thread; locking or touching others' needs MANAGE_THREADS.
          const ownsThread = channel.thread.ownerId === config.botUserId;
          if (!ownsThread || 'locked' in changes)
            requireChannelPermission(core, channel.id, PermissionFlagsBits.ManageThreads);
          if (typeof changes.archived === 'boolean' && changes.archived !== channel.thread.archived) {
            channel.thread.archived = changes.archived;
            channel.thread.archivedAt = core.clock.now();
          }
          if (typeof changes.locked === 'boolean') channel.thread.locked = changes.locked;
          if (typeof changes.invitable === 'boolean') channel.thread.invitable = changes.invitable;
          const duration = ARCHIVE_DURATIONS.find((candidate) => candidate === changes.auto_archive_duration);
          if (duration !== undefined) channel.thread.autoArchiveDuration = duration;
        } else if (channel.guildId) {
          requireChannelPermission(core, channel.id, PermissionFlagsBits.ManageChannels);
          if ('topic' in changes) channel.topic = typeof changes.topic === 'string' ? changes.topic : null;
          if ('parent_id' in changes)
            channel.parentId = typeof changes.parent_id === 'string' ? changes.parent_id : null;
        }
        if (typeof changes.name === 'string') channel.name = changes.name;
        if (typeof changes.rate_limit_per_user === 'number') channel.rateLimitPerUser = changes.rate_limit_per_user;
        announceChannel(core, 'update', channel);
        return ok(toApiChannel(state, channel));
      },
    },
    {
      method: 'DELETE',
      pattern: '/channels/:channelId',
      auth: 'bot',
      handle: ({ params }) => {
        const channel = visible(params.channelId ?? '');
        if (channel.guildId) {
          const needed = isThreadType(channel.type)
            ? PermissionFlagsBits.ManageThreads
            : PermissionFlagsBits.ManageChannels;
          requireChannelPermission(core, channel.id, needed);
        }
        channel.deleted = true;
        announceChannel(core, 'delete', channel);
        return ok(toApiChannel(state, channel));
      },
    },
  ];
}

function readOverwrites(errors: FormErrors, value: unknown): PermissionOverwriteRecord[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  return list.map((overwrite, index) => {
    errors.choices(['permission_overwrites', index, 'type'], overwrite.type, [
      OverwriteType.Role,
      OverwriteType.Member,
    ]);
    return {
      id: typeof overwrite.id === 'string' ? overwrite.id : '',
      type: overwrite.type === OverwriteType.Member ? OverwriteType.Member : OverwriteType.Role,
      allow: toBits(overwrite.allow),
      deny: toBits(overwrite.deny),
    };
  });
}

function toBits(value: unknown): bigint {
  return typeof value === 'string' || typeof value === 'number' ? BigInt(value) : 0n;
}
