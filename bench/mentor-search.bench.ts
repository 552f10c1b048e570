/**
 * What members feel: `/mentors find` and the autocompletes, measured through the real bot and the
 * Discord emulator on a server with 500 mentors. Discord allows 3 s for an answer; autocomplete
 * should feel instant (target 300 ms).
 */
import { performance } from 'node:perf_hooks';
import { seedMentors } from '../test/support/fixtures/mentors.js';
import { startWorld } from '../test/support/world/world.js';

const MENTORS = 500;
const RUNS = 40;

function summary(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1);
  return `${label.padEnd(44)} n=${String(samples.length).padStart(3)}  p50 ${at(0.5).padStart(7)} ms  p95 ${at(0.95).padStart(7)} ms`;
}

async function time(run: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples;
}

export default async function (): Promise<void> {
  const world = await startWorld();
  try {
    const seeding = performance.now();
    await seedMentors({ guildId: world.guild.id, count: MENTORS, specialty: 'devops-sre' }, world.clock);
    console.log(
      `backend: ${world.database.backend}; seeded ${MENTORS} mentors in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );
    const member = world.user('bench');
    await member.slash('me timezone', { timezone: 'Europe/Berlin' });
    await member.slash('mentors find', { specialty: 'devops-sre' });

    console.log(
      summary(
        '/mentors find (500 candidates), to reply',
        await time(() => member.slash('mentors find', { specialty: 'devops-sre', skill: 'kubernetes' })),
      ),
    );
    const results = await member.slash('mentors find', { specialty: 'devops-sre' });
    console.log(summary('page button, to update', await time(() => results.click('Next'))));
    console.log(
      summary('specialty autocomplete', await time(() => member.autocomplete('mentors find', 'specialty', 'dev'))),
    );
    console.log(
      summary(
        'skill autocomplete',
        await time(() => member.autocomplete('mentors find', 'skill', 'ku', { specialty: 'devops-sre' })),
      ),
    );
    console.log(
      summary('timezone autocomplete', await time(() => member.autocomplete('me timezone', 'timezone', 'berl'))),
    );
  } finally {
    await world.stop();
  }
}
