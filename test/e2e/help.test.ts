import { ApplicationCommandOptionType, type APIApplicationCommandOption } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { registerMentor } from '../../src/services/mentor-profile.service.js';
import { seedMentors } from '../support/fixtures/mentors.js';
import { buttonsOn, type Seen } from '../support/world/seen.js';
import { startWorld, type World } from '../support/world/world.js';

/** Every `/command sub` path a definition declares. */
function pathsOf(name: string, options: readonly APIApplicationCommandOption[] = []): string[] {
  const nested = options.flatMap((option) => {
    if (option.type === ApplicationCommandOptionType.Subcommand) return [`${name} ${option.name}`];
    if (option.type === ApplicationCommandOptionType.SubcommandGroup)
      return pathsOf(`${name} ${option.name}`, option.options);
    return [];
  });
  return nested.length > 0 ? nested : [name];
}

const ADMIN_ONLY = commands.filter((c) => c.data.default_member_permissions != null).map((c) => c.data.name);
const FOR_EVERYONE = commands.filter((c) => c.data.default_member_permissions == null);

/** The buttons the help names: it writes button labels, and nothing else, in bold. */
const boldIn = (text: string) => [...text.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1] ?? '');

describe('/help', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await world.stop();
  });

  it('lists every command a member can use, from the definitions, and no admin command', async () => {
    const help = await world.user('ada').slash('help');
    expect(help.ephemeral).toBe(true);
    expect(ADMIN_ONLY.length).toBeGreaterThan(0);
    for (const command of FOR_EVERYONE) {
      for (const path of pathsOf(command.data.name, command.data.options)) expect(help.text).toContain(`\`/${path}\``);
    }
    for (const name of ADMIN_ONLY) expect(help.text).not.toContain(`/${name} `);
  });

  it('lists the admin commands too for a member with Manage Server', async () => {
    const help = await world.user('root', { admin: true }).slash('help');
    for (const command of commands) {
      for (const path of pathsOf(command.data.name, command.data.options)) expect(help.text).toContain(`\`/${path}\``);
    }
  });

  it('names each button exactly as it is labelled on the messages members see', async () => {
    const help = await world.user('ada').slash('help');
    const named = boldIn(help.embeds.map((e) => (e.fields ?? []).map((f) => f.value).join('\n')).join('\n'));
    expect(named.length).toBeGreaterThan(5);

    const mentor = world.user('mia');
    const member = world.user('max');
    await registerMentor(
      {
        guildId: world.guild.id,
        userId: mentor.id,
        specialties: ['web-development'],
        formats: ['one-on-one'],
        headline: 'Frontend lead',
        yearsExperience: 6,
        timezone: 'UTC',
        availability: 'mon-sun 00:00-23:59',
      },
      world.clock,
    );
    await seedMentors({ guildId: world.guild.id, count: 8 }, world.clock);
    const seen: Seen[] = [];
    const results = await member.slash('mentors find', { specialty: 'web-development' });
    seen.push(results);
    const rank = (results.embeds[0]?.description ?? '').split('\n\n').findIndex((b) => b.includes('Frontend lead')) + 1;
    expect(rank).toBeGreaterThan(0);
    const form = await results.click(`Request ${rank}`);
    await form.submitModal({ goals: 'Ship my first React app to production' });
    const requestDm = await mentor.dmMatching(/would like you to mentor them/);
    seen.push(await member.slash('me requests'));
    seen.push(await world.user('newcomer').slash('mentor register', { timezone: 'UTC', years: 3 }));

    const labels = new Set([
      ...seen.flatMap((s) => s.buttons().map((b) => b.label)),
      ...buttonsOn(requestDm).map((b) => b.label),
    ]);
    for (const name of named) expect([...labels], `"${name}" named by /help`).toContain(name);
  });
});
