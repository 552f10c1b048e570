import type { APIGuildScheduledEvent } from 'discord-api-types/v10';
import type { DiscordState } from '../state/discord-state.js';
import type { ScheduledEventRecord } from '../state/records.js';
import { toApiUser } from './user.js';

export function toApiScheduledEvent(
  state: DiscordState,
  event: ScheduledEventRecord,
  options: { withUserCount?: boolean } = {},
): APIGuildScheduledEvent {
  const creator = state.user(event.creatorId);
  // The entity type decides which member of the union this is; the record keeps the fields consistent with it.
  return {
    id: event.id,
    guild_id: event.guildId,
    channel_id: event.channelId,
    creator_id: event.creatorId,
    ...(creator ? { creator: toApiUser(creator) } : {}),
    name: event.name,
    description: event.description,
    scheduled_start_time: event.scheduledStartTime,
    scheduled_end_time: event.scheduledEndTime,
    privacy_level: event.privacyLevel,
    status: event.status,
    entity_type: event.entityType,
    entity_id: null,
    entity_metadata: event.entityMetadata,
    image: null,
    recurrence_rule: event.recurrenceRule,
    ...(options.withUserCount ? { user_count: event.userIds.length } : {}),
  } as APIGuildScheduledEvent;
}
