/**
 * Thousands of mentors for the benchmark, written in bulk: each profile holds exactly the fields a
 * registration through mentor-profile.service.ts stores (normalised skills and languages, parsed hours and
 * their UTC projection), built from the test fixtures, and every mentor is a member of the emulator's
 * server with a display name. Registering them one by one would take minutes at 5,000.
 */
import type { Clock } from '../src/clock.js';
import { MentorProfileModel, type MentorProfileFields } from '../models/mentor-profile.model.js';
import { parseAvailability, toUtcMinutesOfWeek, utcOffsetMinutes } from '../src/services/availability.js';
import { normaliseLanguages } from '../src/services/languages.js';
import { normaliseSkills } from '../src/services/skill-tags.js';
import { mentorFixtures } from '../test/support/fixtures/mentors.js';
import type { World } from '../test/support/world/world.js';

const BATCH = 1_000;

export async function insertMentors(
  world: World,
  options: { count: number; specialty: string; firstIndex: number },
  clock: Clock,
): Promise<void> {
  const now = clock.now();
  const fixtures = mentorFixtures({ guildId: world.guild.id, ...options });
  const documents = fixtures.map((fixture, offset) => {
    const user = world.emulator.world.createUser({
      username: `mentor-${options.firstIndex + offset}`,
      globalName: `Mentor ${options.firstIndex + offset}`,
    });
    world.emulator.world.addMember(world.guild.id, user.id);
    const availability =
      typeof fixture.availability === 'string' ? parseAvailability(fixture.availability) : fixture.availability;
    // What a registration stores; anything left out takes the schema's default, as it would there.
    const fields: Partial<MentorProfileFields> = {
      specialties: fixture.specialties,
      skills: normaliseSkills(fixture.skills ?? [], 'skills'),
      headline: fixture.headline,
      bio: fixture.bio ?? '',
      yearsExperience: fixture.yearsExperience,
      timezone: fixture.timezone,
      availability,
      utcWindows: toUtcMinutesOfWeek(availability, fixture.timezone, now),
      utcWindowsOffsetMinutes: utcOffsetMinutes(fixture.timezone, now),
      capacity: fixture.capacity ?? 3,
      formats: fixture.formats,
      languages: normaliseLanguages(fixture.languages ?? ['en'], 'languages'),
      status: 'active',
      pausedUntil: null,
      retiredAt: null,
      approval: { state: 'not-required', reason: null, decidedBy: null, decidedAt: null },
    };
    return { guildId: world.guild.id, userId: user.id, ...fields };
  });
  for (let first = 0; first < documents.length; first += BATCH) {
    await MentorProfileModel.insertMany(documents.slice(first, first + BATCH));
  }
}
