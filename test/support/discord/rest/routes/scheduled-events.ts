import { PermissionFlagsBits } from 'discord-api-types/v10';
import type { EmulatorCore } from '../../core.js';
import { createScheduledEvent, deleteScheduledEvent, updateScheduledEvent } from '../../domain/scheduled-events.js';
import { toApiMember } from '../../payloads/member.js';
import { toApiScheduledEvent } from '../../payloads/scheduled-event.js';
import { toApiUser } from '../../payloads/user.js';
import { guildPermissions, hasPermission } from '../../permissions.js';
import { compareIds } from '../../state/discord-state.js';
import type { ScheduledEventRecord } from '../../state/records.js';
import { DiscordErrors } from '../discord-error.js';
import { bodyObject, findGuild, queryNumber } from '../lookups.js';
import { noContent, ok, type RouteDefinition, type RouteRequest } from '../router.js';

const BASE = '/guilds/:guildId/scheduled-events';

/**
 * Scheduled events. Creating needs CREATE_EVENTS or MANAGE_EVENTS; editing and deleting need MANAGE_EVENTS,
 * or CREATE_EVENTS for events the bot created itself.
 */
export function scheduledEventRoutes(core: EmulatorCore): RouteDefinition[] {
  const { state, config } = core;
  const botHas = (guildId: string, permission: bigint): boolean =>
    hasPermission(guildPermissions(state, guildId, config.botUserId), permission);
  const findEvent = ({ params }: RouteRequest): ScheduledEventRecord => {
    const guild = findGuild(core, params.guildId ?? '');
    const event = state.scheduledEvent(params.eventId ?? '');
    if (event?.guildId !== guild.id) throw DiscordErrors.unknownScheduledEvent();
    return event;
  };
  const requireManage = (event: ScheduledEventRecord): void => {
    const ownEvent = event.creatorId === config.botUserId && botHas(event.guildId, PermissionFlagsBits.CreateEvents);
    if (!ownEvent && !botHas(event.guildId, PermissionFlagsBits.ManageEvents)) throw DiscordErrors.missingPermissions();
  };
  return [
    {
      method: 'GET',
      pattern: BASE,
      auth: 'bot',
      handle: ({ params, query }) => {
        const guild = findGuild(core, params.guildId ?? '');
        const withUserCount = query.get('with_user_count') === 'true';
        return ok(
          state.guildScheduledEvents(guild.id).map((event) => toApiScheduledEvent(state, event, { withUserCount })),
        );
      },
    },
    {
      method: 'POST',
      pattern: BASE,
      auth: 'bot',
      handle: ({ params, body }) => {
        const guild = findGuild(core, params.guildId ?? '');
        if (
          !botHas(guild.id, PermissionFlagsBits.CreateEvents) &&
          !botHas(guild.id, PermissionFlagsBits.ManageEvents)
        ) {
          throw DiscordErrors.missingPermissions();
        }
        return ok(toApiScheduledEvent(state, createScheduledEvent(core, guild.id, config.botUserId, bodyObject(body))));
      },
    },
    {
      method: 'GET',
      pattern: `${BASE}/:eventId`,
      auth: 'bot',
      handle: (request) =>
        ok(
          toApiScheduledEvent(state, findEvent(request), {
            withUserCount: request.query.get('with_user_count') === 'true',
          }),
        ),
    },
    {
      method: 'PATCH',
      pattern: `${BASE}/:eventId`,
      auth: 'bot',
      handle: (request) => {
        const event = findEvent(request);
        requireManage(event);
        return ok(toApiScheduledEvent(state, updateScheduledEvent(core, event, bodyObject(request.body))));
      },
    },
    {
      method: 'DELETE',
      pattern: `${BASE}/:eventId`,
      auth: 'bot',
      handle: (request) => {
        const event = findEvent(request);
        requireManage(event);
        deleteScheduledEvent(core, event);
        return noContent();
      },
    },
    {
      method: 'GET',
      pattern: `${BASE}/:eventId/users`,
      auth: 'bot',
      handle: (request) => {
        const event = findEvent(request);
        const { query } = request;
        const limit = Math.min(Math.max(queryNumber(query, 'limit', 100), 1), 100);
        const before = query.get('before');
        const after = query.get('after');
        const withMember = query.get('with_member') === 'true';
        const userIds = [...event.userIds]
          .sort(compareIds)
          .filter((id) => (before ? compareIds(id, before) < 0 : true) && (after ? compareIds(id, after) > 0 : true))
          .slice(0, limit);
        return ok(
          userIds.flatMap((userId) => {
            const user = state.user(userId);
            if (!user) return [];
            const member = withMember ? state.member(event.guildId, userId) : undefined;
            return [
              {
                guild_scheduled_event_id: event.id,
                user: toApiUser(user),
                ...(member ? { member: toApiMember(state, member) } : {}),
              },
            ];
          }),
        );
      },
    },
  ];
}
