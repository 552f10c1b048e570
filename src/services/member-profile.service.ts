/**
 * What any member tells the bot about themselves for matching: their time zone (asked once, then
 * remembered) and optionally the hours they can meet, which mentor search compares with mentors' hours.
 */
import { z } from 'zod';
import { InvalidInputError } from '../errors.js';
import { findMemberProfile, upsertMemberProfile, type MemberProfile } from '../../models/member-profile.model.js';
import { parseAvailability, validateWindows } from './availability.js';
import { availabilityInput, discordId, parseInput } from './service-input.js';
import { normaliseTimezone } from './timezones.js';

export type { MemberProfile } from '../../models/member-profile.model.js';

const memberSchema = z.object({ guildId: discordId, userId: discordId });

export type MemberRef = z.input<typeof memberSchema>;

const timezoneSchema = memberSchema.extend({ timezone: z.string() });

export type SetMemberTimezoneInput = z.input<typeof timezoneSchema>;

const availabilitySchema = memberSchema.extend({
  /** Null forgets the hours. */
  availability: availabilityInput.nullable(),
  /** Sets the time zone in the same step, for members who have not set one yet. */
  timezone: z.string().optional(),
});

export type SetMemberAvailabilityInput = z.input<typeof availabilitySchema>;

export async function setMemberTimezone(input: SetMemberTimezoneInput): Promise<MemberProfile> {
  const { guildId, userId, timezone } = parseInput(timezoneSchema, input);
  return upsertMemberProfile(guildId, userId, { timezone: normaliseTimezone(timezone) });
}

/** Hours are read in the member's time zone, so one must be known or given. */
export async function setMemberAvailability(input: SetMemberAvailabilityInput): Promise<MemberProfile> {
  const { guildId, userId, availability, timezone } = parseInput(availabilitySchema, input);
  if (availability === null) return upsertMemberProfile(guildId, userId, { availability: [] });
  const windows = typeof availability === 'string' ? parseAvailability(availability) : validateWindows(availability);
  if (timezone !== undefined) {
    return upsertMemberProfile(guildId, userId, { timezone: normaliseTimezone(timezone), availability: windows });
  }
  const current = await findMemberProfile(guildId, userId);
  if ((current?.timezone ?? null) === null) {
    throw new InvalidInputError('timezone', 'me.errors.timezoneFirst');
  }
  return upsertMemberProfile(guildId, userId, { availability: windows });
}

/** Null for a member who never told the bot anything. */
export async function getMemberProfile(input: MemberRef): Promise<MemberProfile | null> {
  const { guildId, userId } = parseInput(memberSchema, input);
  return findMemberProfile(guildId, userId);
}
