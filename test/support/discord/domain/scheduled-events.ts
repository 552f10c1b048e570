import {
  GatewayDispatchEvents,
  GuildScheduledEventStatus,
  type APIGuildScheduledEventEntityMetadata,
  type APIGuildScheduledEventRecurrenceRule,
  type GuildScheduledEventEntityType,
  type GuildScheduledEventPrivacyLevel,
} from 'discord-api-types/v10';
import type { EmulatorCore } from '../core.js';
import { toApiScheduledEvent } from '../payloads/scheduled-event.js';
import type { ScheduledEventRecord } from '../state/records.js';
import { FormErrors } from '../validation/form-errors.js';
import {
  checkStatusTransition,
  validateScheduledEvent,
  type ScheduledEventShape,
} from '../validation/scheduled-event.js';

type EventBody = Record<string, unknown>;

/** Creates an event from an API body after Discord's checks, and announces it. */
export function createScheduledEvent(
  core: EmulatorCore,
  guildId: string,
  creatorId: string,
  body: EventBody,
): ScheduledEventRecord {
  const shape: ScheduledEventShape = {
    guildId,
    name: body.name,
    description: body.description ?? null,
    privacyLevel: body.privacy_level,
    scheduledStartTime: body.scheduled_start_time,
    scheduledEndTime: body.scheduled_end_time ?? null,
    entityType: body.entity_type,
    channelId: body.channel_id ?? null,
    entityMetadata: body.entity_metadata ?? null,
    recurrenceRule: body.recurrence_rule ?? null,
  };
  const errors = new FormErrors();
  validateScheduledEvent(errors, core.state, shape);
  errors.throwIfAny();
  const event: ScheduledEventRecord = {
    id: core.ids.next(),
    creatorId,
    status: GuildScheduledEventStatus.Scheduled,
    userIds: [],
    deleted: false,
    ...toRecordFields(shape),
  };
  core.state.scheduledEvents.set(event.id, event);
  announce(core, GatewayDispatchEvents.GuildScheduledEventCreate, event);
  return event;
}

/** Applies a PATCH: the merged event must still be valid, and the status may only move forward. */
export function updateScheduledEvent(
  core: EmulatorCore,
  event: ScheduledEventRecord,
  body: EventBody,
): ScheduledEventRecord {
  const pick = (field: string, current: unknown): unknown => (field in body ? body[field] : current);
  const shape: ScheduledEventShape = {
    guildId: event.guildId,
    name: pick('name', event.name),
    description: pick('description', event.description),
    privacyLevel: pick('privacy_level', event.privacyLevel),
    scheduledStartTime: pick('scheduled_start_time', event.scheduledStartTime),
    scheduledEndTime: pick('scheduled_end_time', event.scheduledEndTime),
    entityType: pick('entity_type', event.entityType),
    channelId: pick('channel_id', event.channelId),
    entityMetadata: pick('entity_metadata', event.entityMetadata),
    recurrenceRule: pick('recurrence_rule', event.recurrenceRule),
  };
  const errors = new FormErrors();
  validateScheduledEvent(errors, core.state, shape);
  checkStatusTransition(errors, event.status, body.status);
  errors.throwIfAny();
  Object.assign(event, toRecordFields(shape));
  if (body.status !== undefined) event.status = body.status as GuildScheduledEventStatus;
  announce(core, GatewayDispatchEvents.GuildScheduledEventUpdate, event);
  return event;
}

export function deleteScheduledEvent(core: EmulatorCore, event: ScheduledEventRecord): void {
  event.deleted = true;
  announce(core, GatewayDispatchEvents.GuildScheduledEventDelete, event);
}

/** A user marks themselves "interested" (or stops): GUILD_SCHEDULED_EVENT_USER_ADD / _REMOVE. */
export function setScheduledEventInterest(
  core: EmulatorCore,
  event: ScheduledEventRecord,
  userId: string,
  interested: boolean,
): void {
  const has = event.userIds.includes(userId);
  if (has === interested) return;
  event.userIds = interested ? [...event.userIds, userId] : event.userIds.filter((id) => id !== userId);
  core.gateway.dispatch(
    interested ? GatewayDispatchEvents.GuildScheduledEventUserAdd : GatewayDispatchEvents.GuildScheduledEventUserRemove,
    { guild_scheduled_event_id: event.id, user_id: userId, guild_id: event.guildId },
  );
}

function announce(core: EmulatorCore, name: GatewayDispatchEvents, event: ScheduledEventRecord): void {
  core.gateway.dispatch(name, toApiScheduledEvent(core.state, event));
}

/** Only called after validation, so the loosely typed shape holds the right types. */
function toRecordFields(
  shape: ScheduledEventShape,
): Omit<ScheduledEventRecord, 'id' | 'creatorId' | 'status' | 'userIds' | 'deleted'> {
  return {
    guildId: shape.guildId,
    name: shape.name as string,
    description: (shape.description as string | null | undefined) ?? null,
    privacyLevel: shape.privacyLevel as GuildScheduledEventPrivacyLevel,
    scheduledStartTime: new Date(shape.scheduledStartTime as string).toISOString(),
    scheduledEndTime: shape.scheduledEndTime ? new Date(shape.scheduledEndTime as string).toISOString() : null,
    entityType: shape.entityType as GuildScheduledEventEntityType,
    channelId: (shape.channelId as string | null | undefined) ?? null,
    entityMetadata: (shape.entityMetadata as APIGuildScheduledEventEntityMetadata | null | undefined) ?? null,
    recurrenceRule: (shape.recurrenceRule as APIGuildScheduledEventRecurrenceRule | null | undefined) ?? null,
  };
}
