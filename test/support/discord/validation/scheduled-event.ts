import {
  ChannelType,
  GuildScheduledEventEntityType,
  GuildScheduledEventPrivacyLevel,
  GuildScheduledEventStatus,
} from 'discord-api-types/v10';
import type { DiscordState } from '../state/discord-state.js';
import type { FormErrors } from './form-errors.js';

/** The fields of an event as they will be after a create or an update, before they are stored. */
export interface ScheduledEventShape {
  guildId: string;
  name: unknown;
  description: unknown;
  privacyLevel: unknown;
  scheduledStartTime: unknown;
  scheduledEndTime: unknown;
  entityType: unknown;
  channelId: unknown;
  entityMetadata: unknown;
  recurrenceRule: unknown;
}

const CHANNEL_FOR_ENTITY: Partial<Record<GuildScheduledEventEntityType, ChannelType>> = {
  [GuildScheduledEventEntityType.StageInstance]: ChannelType.GuildStageVoice,
  [GuildScheduledEventEntityType.Voice]: ChannelType.GuildVoice,
};

/**
 * Discord's field requirements by entity type: voice/stage events need a channel of that type and no
 * location; external events need `entity_metadata.location`, a `scheduled_end_time` and no channel.
 * Recurrence rules are accepted only without `count` and `end`, which apps cannot set.
 */
export function validateScheduledEvent(errors: FormErrors, state: DiscordState, event: ScheduledEventShape): void {
  errors.length(['name'], event.name, 1, 100);
  if (typeof event.description === 'string') errors.maxLength(['description'], event.description, 1000);
  errors.choices(['privacy_level'], event.privacyLevel, [GuildScheduledEventPrivacyLevel.GuildOnly]);
  errors.choices(['entity_type'], event.entityType, [
    GuildScheduledEventEntityType.StageInstance,
    GuildScheduledEventEntityType.Voice,
    GuildScheduledEventEntityType.External,
  ]);
  const start = timestamp(errors, ['scheduled_start_time'], event.scheduledStartTime, true);
  const end = timestamp(
    errors,
    ['scheduled_end_time'],
    event.scheduledEndTime,
    event.entityType === GuildScheduledEventEntityType.External,
  );
  if (start !== null && end !== null && end <= start) {
    errors.add(
      ['scheduled_end_time'],
      'GUILD_SCHEDULED_EVENT_END_BEFORE_START',
      'The end time must be after the start time',
    );
  }
  const location = (event.entityMetadata as { location?: unknown } | null | undefined)?.location;
  if (event.entityType === GuildScheduledEventEntityType.External) {
    if (event.channelId !== null && event.channelId !== undefined) {
      errors.add(['channel_id'], 'GUILD_SCHEDULED_EVENT_CHANNEL_NOT_ALLOWED', 'External events cannot have a channel');
    }
    errors.length(['entity_metadata', 'location'], location, 1, 100);
  } else {
    const expectedType = CHANNEL_FOR_ENTITY[event.entityType as GuildScheduledEventEntityType];
    const channel = typeof event.channelId === 'string' ? state.channel(event.channelId) : undefined;
    if (event.channelId === null || event.channelId === undefined) {
      errors.required(['channel_id']);
    } else if (!channel || channel.guildId !== event.guildId) {
      errors.add(['channel_id'], 'CHANNEL_NOT_FOUND', 'Unknown channel');
    } else if (expectedType !== undefined && channel.type !== expectedType) {
      errors.add(
        ['channel_id'],
        'GUILD_SCHEDULED_EVENT_CHANNEL_TYPE_INVALID',
        `Channel must be of type ${ChannelType[expectedType]}`,
      );
    }
    if (location !== undefined && location !== null) {
      errors.add(
        ['entity_metadata', 'location'],
        'GUILD_SCHEDULED_EVENT_LOCATION_NOT_ALLOWED',
        'Only external events have a location',
      );
    }
  }
  checkRecurrenceRule(errors, event.recurrenceRule);
}

function checkRecurrenceRule(errors: FormErrors, value: unknown): void {
  if (value === null || value === undefined) return;
  const rule = value as { start?: unknown; end?: unknown; count?: unknown; frequency?: unknown; interval?: unknown };
  timestamp(errors, ['recurrence_rule', 'start'], rule.start, true);
  errors.choices(['recurrence_rule', 'frequency'], rule.frequency, [0, 1, 2, 3]);
  errors.range(['recurrence_rule', 'interval'], rule.interval, 1, 1000);
  for (const field of ['count', 'end'] as const) {
    if (rule[field] !== undefined && rule[field] !== null) {
      errors.add(
        ['recurrence_rule', field],
        'GUILD_SCHEDULED_EVENT_RECURRENCE_RULE_FIELD_NOT_SETTABLE',
        `${field} cannot be set by applications`,
      );
    }
  }
}

/** SCHEDULED → ACTIVE → COMPLETED, or SCHEDULED → CANCELED; nothing leaves COMPLETED or CANCELED. */
export function checkStatusTransition(errors: FormErrors, from: GuildScheduledEventStatus, to: unknown): void {
  if (to === undefined || to === from) return;
  const allowed: Record<GuildScheduledEventStatus, GuildScheduledEventStatus[]> = {
    [GuildScheduledEventStatus.Scheduled]: [GuildScheduledEventStatus.Active, GuildScheduledEventStatus.Canceled],
    [GuildScheduledEventStatus.Active]: [GuildScheduledEventStatus.Completed],
    [GuildScheduledEventStatus.Completed]: [],
    [GuildScheduledEventStatus.Canceled]: [],
  };
  const target = allowed[from].find((status) => status === to);
  if (target === undefined) {
    errors.add(
      ['status'],
      'GUILD_SCHEDULED_EVENT_INVALID_STATUS_TRANSITION',
      `Cannot change status from ${GuildScheduledEventStatus[from]} to ${JSON.stringify(to)}`,
    );
  }
}

function timestamp(errors: FormErrors, path: readonly string[], value: unknown, required: boolean): number | null {
  if (value === undefined || value === null) {
    if (required) errors.required(path);
    return null;
  }
  const parsed = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(parsed)) {
    errors.add(path, 'DATE_TIME_TYPE_PARSE', 'Could not parse date. Should be ISO8601.');
    return null;
  }
  return parsed;
}
