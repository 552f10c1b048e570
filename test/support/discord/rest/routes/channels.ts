import { PermissionFlagsBits, ThreadAutoArchiveDuration } from 'discord-api-types/v10';
import type { EmulatorCore } from '../../core.js';
import { announceChannel } from '../../domain/announcements.js';
import { requireChannelPermission } from '../../domain/bot-permissions.js';
import { toApiChannel } from '../../payloads/channel.js';
import { isThreadType } from '../../state/discord-state.js';
import type { ChannelRecord } from '../../state/records.js';
import { FormErrors } from '../../validation/form-errors.js';
import { bodyObject, findChannel, findGuild } from '../lookups.js';
import { ok, type RouteDefinition } from '../router.js';

const ARCHIVE_DURATIONS = [
  ThreadAutoArchiveDuration.OneHour,
  ThreadAutoArchiveDuration.OneDay,
  ThreadAutoArchiveDuration.ThreeDays,
  ThreadAutoArchiveDuration.OneWeek,
];

/** Reading and editing channels and threads. */
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
