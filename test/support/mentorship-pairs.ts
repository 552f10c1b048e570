/** Pairs for the mentorship lifecycle e2e tests: a mentor registered, a member who asks, an accept. */
import { ComponentType } from 'discord-api-types/v10';
import { MentorshipModel } from '../../models/mentorship.model.js';
import { registerMentor } from '../../src/services/mentor-profile.service.js';
import type { MessageRecord } from './discord/state/records.js';
import type { Actor } from './world/actor.js';
import { componentsOn, type Seen } from './world/seen.js';
import type { World } from './world/world.js';

export interface PairOptions {
  specialty: string;
  mentorZone?: string;
  menteeZone?: string;
}

/**
 * Makes `mentor` a mentor, lets `mentee` ask them from search and `mentor` accept from the DM, as people
 * do; returns the mentorship's id.
 */
export async function startPair(world: World, mentor: Actor, mentee: Actor, options: PairOptions): Promise<string> {
  await registerMentor(
    {
      guildId: world.guild.id,
      userId: mentor.id,
      specialties: [options.specialty],
      headline: `${mentor.name} helps with ${options.specialty}`,
      yearsExperience: 6,
      timezone: options.mentorZone ?? 'UTC',
      availability: 'mon-sun 00:00-24:00',
      capacity: 2,
      formats: ['one-on-one'],
    },
    world.clock,
  );
  await mentee.slash('me timezone', { timezone: options.menteeZone ?? 'UTC' });
  const results = await mentee.slash('mentors find', { specialty: options.specialty });
  const button = results.buttons().find((b) => b.customId.endsWith(`:${mentor.id}`));
  if (!button) throw new Error(`${mentor.name} is not offered to ${mentee.name}`);
  const form = await mentee.act(
    world.emulator.interactions.button({ userId: mentee.id, message: results.message, customId: button.customId }),
  );
  await form.submitModal({ goals: 'I want to get my first backend job within the year.' });
  const request = await mentor.dmMatching(new RegExp(`\\(<@${mentee.id}>\\) would like you to mentor them`));
  await mentor.press(request, 'Accept');
  const mentorship = await MentorshipModel.findOne({ mentorId: mentor.id, menteeId: mentee.id, status: 'active' });
  if (!mentorship) throw new Error('The accept made no mentorship');
  await world.jobsSettled();
  return mentorship._id.toHexString();
}

/** Direct messages to `actor` whose text matches, in order. */
export function dmsMatching(actor: Actor, pattern: RegExp): MessageRecord[] {
  return actor.dms().filter((m) => pattern.test(m.content));
}

/** Picks `value` in the select of a message the actor can see (a DM, a thread post). */
export async function choose(actor: Actor, message: MessageRecord, value: string): Promise<Seen> {
  const select = componentsOn(message).find((c) => c.type === ComponentType.StringSelect);
  if (select?.type !== ComponentType.StringSelect) throw new Error('No select on the message');
  return actor.act(
    actor.world.emulator.interactions.select({
      userId: actor.id,
      message,
      customId: select.custom_id,
      values: [value],
    }),
  );
}
