import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findMentorProfile } from '../../models/mentor-profile.model.js';
import { createApp } from '../../src/app.js';
import type { Config } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { registerMentor } from '../../src/services/mentor-profile.service.js';
import { startDiscordEmulator } from '../support/discord/index.js';
import { startTestDatabase } from '../support/mongo/index.js';
import type { Actor } from '../support/world/actor.js';
import { CapturedLogs } from '../support/world/captured-logs.js';
import type { Seen } from '../support/world/seen.js';
import { startWorld, type World } from '../support/world/world.js';

async function registerAsMentor(world: World, mentor: Actor, headline: string): Promise<void> {
  await registerMentor(
    {
      guildId: world.guild.id,
      userId: mentor.id,
      specialties: ['web-development'],
      formats: ['one-on-one'],
      headline,
      yearsExperience: 6,
      timezone: 'UTC',
      availability: 'mon-sun 00:00-23:59',
    },
    world.clock,
  );
}

/** The member finds mentors and asks the one whose headline matches, with goals; returns what they saw. */
async function requestMentor(world: World, member: Actor, headline: string): Promise<Seen> {
  const results = await member.slash('mentors find', { specialty: 'web-development' });
  const blocks = (results.embeds[0]?.description ?? '').split('\n\n');
  const rank = blocks.findIndex((block) => block.includes(headline)) + 1;
  expect(rank, `${headline} is offered`).toBeGreaterThan(0);
  const form = await results.click(`Request ${rank}`);
  return form.submitModal({ goals: 'Get my first frontend job within six months' });
}

const offered = async (member: Actor, headline: string) =>
  (await member.slash('mentors find', { specialty: 'web-development' })).text.includes(headline);

describe('a mentor who leaves the server, with the Server Members intent', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld({ membersIntent: true });
  });
  afterAll(async () => {
    await world.stop();
  });

  it('is retired as "left the server" at once, no longer offered, and whoever asked them is told', async () => {
    const alice = world.user('alice');
    const bob = world.user('bob');
    await registerAsMentor(world, alice, 'Frontend lead');
    await requestMentor(world, bob, 'Frontend lead');
    await alice.dmMatching(/would like you to mentor them/);

    world.emulator.world.removeMember(world.guild.id, alice.id);

    await world.emulator.waitFor(() => world.logs.find('info', /A mentor left the server/), {
      description: 'the departure to be handled',
    });
    const profile = await findMentorProfile(world.guild.id, alice.id);
    expect(profile).toMatchObject({ status: 'retired', retiredReason: 'left-server' });
    expect(await offered(bob, 'Frontend lead')).toBe(false);
    await world.jobsSettled();
    const notice = await bob.dmMatching(/no longer on this server|left the server/i);
    expect(notice.content + JSON.stringify(notice.embeds)).toContain(alice.id);
  });
});

describe('a mentor who leaves the server, without the Server Members intent', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await world.stop();
  });

  it('is found gone when someone asks them: retired, refused clearly, and the earlier asker told', async () => {
    const alice = world.user('alice');
    const bob = world.user('bob');
    const carol = world.user('carol');
    await registerAsMentor(world, alice, 'Frontend lead');
    await requestMentor(world, bob, 'Frontend lead');
    const results = await carol.slash('mentors find', { specialty: 'web-development' });

    world.emulator.world.removeMember(world.guild.id, alice.id);
    expect(world.logs.find('info', /A mentor left the server/)).toBeUndefined();

    const form = await results.click('Request 1');
    const refused =
      form.kind === 'modal' ? await form.submitModal({ goals: 'Learn React the right way, from zero' }) : form;
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(/no longer on this server/);
    expect(await findMentorProfile(world.guild.id, alice.id)).toMatchObject({
      status: 'retired',
      retiredReason: 'left-server',
    });
    expect(await offered(carol, 'Frontend lead')).toBe(false);
    await world.jobsSettled();
    await bob.dmMatching(/no longer on this server|left the server/i);
  });
});

describe('the Server Members intent asked for but not enabled for the application', () => {
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stops.reverse()) await stop();
    stops.length = 0;
  });

  it('Discord closes the gateway with 4014 and the bot stops at start-up saying how to fix it', async () => {
    const database = await startTestDatabase();
    stops.push(() => database.stop());
    const emulator = await startDiscordEmulator({ privilegedIntents: [] });
    stops.push(() => emulator.stop());
    const config: Config = {
      discord: {
        token: emulator.botToken,
        clientId: emulator.applicationId,
        guildId: undefined,
        apiBaseUrl: emulator.restBaseUrl,
        membersIntent: true,
      },
      mongo: { uri: database.uri, dataDir: './data/unused' },
      logLevel: 'debug',
      env: 'test',
    };
    const logs = new CapturedLogs();
    const app = createApp(config, { logger: createLogger(config, logs), rest: { retries: 0, timeout: 5_000 } });
    stops.push(() => app.stop());
    await expect(app.start()).rejects.toThrow(/Server Members Intent.*DISCORD_MEMBERS_INTENT/s);
    expect(logs.find('warn', 'Gateway disconnected')).toMatchObject({ code: 4014 });
  });
});
