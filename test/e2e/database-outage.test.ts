import mongoose from 'mongoose';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/catalog/en/index.js';
import { registerMentor } from '../../src/services/mentor-profile.service.js';
import { jobs as productJobs } from '../../src/jobs/index.js';
import { defineJob } from '../../src/jobs/job.js';
import type { InteractionHandle } from '../support/discord/interactions/interaction-handle.js';
import type { Actor } from '../support/world/actor.js';
import type { Seen } from '../support/world/seen.js';
import { startWorld, type World } from '../support/world/world.js';

const DISCORD_DEADLINE_MS = 3_000;
const OUTAGE_MS = 10_000;

const probeRuns: string[] = [];
const probeJob = defineJob({
  name: 'outage-probe',
  payload: z.object({ label: z.string() }),
  run: ({ label }) => {
    probeRuns.push(label);
    return Promise.resolve();
  },
});

/** How long after its dispatch the bot's first answer came, on the emulator's clock. */
function firstAnswerMs(handle: InteractionHandle): number {
  const callback = handle.record.callback;
  if (!callback) throw new Error('The interaction was never answered');
  return callback.at.getTime() - handle.record.dispatchedAtMs;
}

/** Acts again every half second until the answer satisfies `done`, as a member retrying would. */
async function retryUntil(act: () => Promise<Seen>, done: (seen: Seen) => boolean, timeoutMs: number): Promise<Seen> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = await act();
    if (done(seen)) return seen;
    if (Date.now() > deadline) throw new Error(`Still answered "${seen.content}" after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function register(alice: Actor, world: World): Promise<void> {
  await registerMentor(
    {
      guildId: world.guild.id,
      userId: alice.id,
      specialties: ['web-development'],
      formats: ['one-on-one'],
      headline: 'Frontend lead',
      yearsExperience: 6,
      timezone: 'UTC',
      availability: 'mon-sun 00:00-23:59',
    },
    world.clock,
  );
}

describe('MongoDB stopped for 10 seconds while members use the bot', () => {
  let world: World;
  let alice: Actor;
  let bob: Actor;
  let results: Seen;

  beforeAll(async () => {
    world = await startWorld({ jobs: [...productJobs, probeJob] });
    alice = world.user('alice');
    bob = world.user('bob');
    await register(alice, world);
    results = await bob.slash('mentors find', { specialty: 'web-development' });
    expect(results.text).toContain('Frontend lead');
  });
  afterAll(async () => {
    await world.stop();
  });

  it('answers every interaction in time with the database message, then works again once it is back', async () => {
    // Due during the outage: Agenda must run it once MongoDB is back.
    await world.app.jobs.schedule(probeJob, new Date(world.clock.now().getTime() + 2_000), { label: 'during' });
    await world.database.pause();
    const outageEnds = Date.now() + OUTAGE_MS;

    const tries: { what: string; act: () => Promise<Seen> }[] = [
      {
        what: '/mentors find (answers before any deferral)',
        act: () => bob.slash('mentors find', { specialty: 'web-development' }),
      },
      { what: '/mentor profile (deferred)', act: () => alice.slash('mentor profile') },
      { what: '/me timezone (deferred)', act: () => bob.slash('me timezone', { timezone: 'Europe/Berlin' }) },
      {
        what: 'Request button and the goals form',
        act: async () => {
          const pressed = await results.click(/^Request/);
          return pressed.kind === 'modal'
            ? pressed.submitModal({ goals: 'Review my React app and its tests, please' })
            : pressed;
        },
      },
      {
        what: '/mentor register (shows a panel after reads)',
        act: () => bob.slash('mentor register', { timezone: 'UTC', years: 2 }),
      },
    ];
    // Members keep trying, several at once, for the whole outage.
    let rounds = 0;
    while (Date.now() < outageEnds) {
      rounds += 1;
      const typing = bob.world.emulator.interactions.autocomplete({
        userId: bob.id,
        channelId: world.channel('general').id,
        name: 'mentors find',
        options: { specialty: 'web' },
        focused: 'specialty',
      });
      const [choices, answers] = await Promise.all([
        bob.act(typing),
        Promise.all(tries.map(async ({ what, act }) => ({ what, seen: await act() }))),
      ]);
      expect(choices.choices).toEqual([]);
      expect(firstAnswerMs(typing)).toBeLessThan(DISCORD_DEADLINE_MS);
      for (const { what, seen } of answers) {
        expect({ what, content: seen.content, ephemeral: seen.ephemeral }).toEqual({
          what,
          content: en.common.errors.databaseUnavailable,
          ephemeral: true,
        });
        expect(firstAnswerMs(seen.handle), what).toBeLessThan(DISCORD_DEADLINE_MS);
      }
    }
    expect(rounds).toBeGreaterThan(1);
    expect((await bob.slash('help')).text).toContain('/mentors find');
    expect(probeRuns).toEqual([]);

    await world.database.resume();
    await retryUntil(
      () => bob.slash('mentors find', { specialty: 'web-development' }),
      (seen) => seen.text.includes('Frontend lead'),
      15_000,
    );
    expect((await alice.slash('mentor profile')).text).toContain('Frontend lead');
    expect((await bob.slash('me timezone', { timezone: 'Europe/Berlin' })).content).toMatch(/Europe\/Berlin/);
    expect((await results.click(/^Request/)).kind).toBe('modal');
    expect((await bob.autocomplete('mentors find', 'specialty', 'web')).map((c) => c.value)).toContain(
      'web-development',
    );
    await world.emulator.waitFor(() => probeRuns.includes('during'), {
      timeoutMs: 5_000,
      description: 'the job that fell due during the outage to run',
    });
    await world.app.jobs.schedule(probeJob, world.clock.now(), { label: 'after' });
    await world.emulator.waitFor(() => probeRuns.includes('after'), { description: 'a job scheduled after it' });

    expect(world.logs.find('warn', /Lost the connection to MongoDB/)).toBeDefined();
    expect(world.logs.find('info', 'Reconnected to MongoDB')).toBeDefined();
    const unavailable = world.logs.entries.filter((e) => e.message.startsWith('The database is unavailable'));
    expect(unavailable.length).toBeGreaterThan(0);
    for (const entry of unavailable) {
      expect(typeof entry.interactionId).toBe('string');
      expect(typeof entry.userId).toBe('string');
    }
    // The driver's connection may also report errors of its own; they are logged, never thrown.
    mongoose.connection.emit('error', new Error('payload too large'));
    expect(world.logs.find('warn', 'MongoDB connection error')).toBeDefined();
    // An outage is expected weather, not a bug: warnings with context, no error lines, no line per poll.
    expect(world.logs.entries.filter((entry) => entry.level === 'error')).toEqual([]);
    expect(world.logs.entries.filter((entry) => entry.message.startsWith('Job scheduler error'))).toHaveLength(1);
  }, 60_000);
});
