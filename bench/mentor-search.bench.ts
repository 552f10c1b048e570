/**
 * What members feel when they look for a mentor, measured through the real bot and the Discord emulator:
 * `/mentors find` and its page button with 1, 20 and 100 members acting at the same moment, and single
 * searches of specialties with 100, 1,000 and 5,000 mentors, with and without the `available` filters.
 * Every figure stands beside a trivial command (and button) answered through the same emulator, the floor
 * that discord.js, the emulator and the loopback add whatever the bot does. Times run from the member's
 * action to the answer they can read (results shown, page updated); Discord allows 3 s for the first one.
 * Then the search alone, without Discord: its CPU cost per search, from the service.
 */
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { commands as productCommands } from '../commands/index.js';
import { components as productComponents } from '../src/components/index.js';
import { defineCommand } from '../src/discord/command.js';
import { defineComponent } from '../src/discord/component.js';
import { defineRoute, encodeCustomId } from '../src/discord/custom-id.js';
import { setMemberTimezone } from '../src/services/member-profile.service.js';
import { findMentors } from '../src/services/mentor-search.service.js';
import { mentorDirectory } from '../src/services/mentor-search/mentor-directory.js';
import { FIXTURE_TIMEZONES } from '../test/support/fixtures/mentors.js';
import type { Actor } from '../test/support/world/actor.js';
import { Seen } from '../test/support/world/seen.js';
import { startWorld, type World } from '../test/support/world/world.js';
import { insertMentors } from './bulk-mentors.js';

const DEADLINE_MS = 3_000;
/** Mentors per specialty; the crowds search the middle one. */
const SIZES = [
  { mentors: 100, specialty: 'mobile' },
  { mentors: 1_000, specialty: 'data-science' },
  { mentors: 5_000, specialty: 'devops-sre' },
] as const;
const CROWD_SPECIALTY = 'data-science';
/** Members acting at once, and how many times each crowd acts (so every row has a few hundred samples). */
const CROWDS = [
  { size: 1, rounds: 100 },
  { size: 20, rounds: 10 },
  { size: 100, rounds: 4 },
] as const;
const SINGLE_RUNS = 60;
const SERVICE_RUNS = 300;
const FILTERS = [undefined, 'now', 'this-week'] as const;

const againRoute = defineRoute('bench.again', {});

/** The floor: a command that answers at once with a private message and a button, like a search does. */
const pingCommand = defineCommand({
  data: new SlashCommandBuilder().setName('bench-ping').setDescription('Answers at once').toJSON(),
  defer: 'none',
  async execute(interaction) {
    await interaction.reply({ content: 'pong', components: [againRow()], flags: MessageFlags.Ephemeral });
  },
});

/** The floor for buttons: updates its message at once, like a page turn does. */
const againButton = defineComponent({
  kind: 'button',
  route: againRoute,
  defer: 'none',
  async handle(interaction) {
    await interaction.update({ content: `pong ${interaction.id}`, components: [againRow()] });
  },
});

function againRow(): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(encodeCustomId(againRoute, {})).setLabel('Again').setStyle(ButtonStyle.Secondary),
  );
}

interface Figures {
  p50: number;
  p95: number;
  p99: number;
  inTime: number;
  count: number;
}

function figures(samples: readonly number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return {
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    inTime: sorted.filter((ms) => ms <= DEADLINE_MS).length,
    count: sorted.length,
  };
}

/** Other work on the machine moves every figure; the load average says how much there was. */
function machineLoad(): string {
  const [oneMinute = 0] = loadavg();
  return `load average ${oneMinute.toFixed(1)} on ${availableParallelism()} cores`;
}

const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

function row(label: string, measured: Figures, floor?: Figures): string {
  const base = `${label.padEnd(34)} p50 ${ms(measured.p50)}  p95 ${ms(measured.p95)}  p99 ${ms(measured.p99)}`;
  const inTime = `  ≤3 s ${String(measured.inTime).padStart(4)}/${String(measured.count).padEnd(4)}`;
  const vsFloor = floor ? `  (floor p50 ${ms(floor.p50)}, p99 ${ms(floor.p99)})` : '';
  return base + inTime + vsFloor;
}

/** Far past Discord's deadline: a slow answer is measured, not abandoned. */
const PATIENCE_MS = 60_000;

/** A member runs a command; resolves once they can read the answer. */
async function slash(member: Actor, name: string, options: Record<string, string> = {}): Promise<Seen> {
  const handle = member.world.emulator.interactions.chatInput({
    userId: member.id,
    channelId: member.world.channel('general').id,
    name,
    options,
  });
  return new Seen(member, handle, await handle.reply({ timeoutMs: PATIENCE_MS }));
}

/** The member presses a button on the message they were shown; resolves once the message shows the answer. */
async function press(seen: Seen, label: string): Promise<Seen> {
  const button = seen.buttons().find((candidate) => candidate.label === label);
  if (!button) throw new Error(`No button "${label}" on the message`);
  const handle = seen.actor.world.emulator.interactions.button({
    userId: seen.actor.id,
    message: seen.message,
    customId: button.customId,
  });
  return new Seen(seen.actor, handle, await handle.reply({ timeoutMs: PATIENCE_MS }));
}

/** Starts every action of a round at the same moment and times each to the answer its member sees. */
async function round<T>(actions: readonly (() => Promise<T>)[], samples: number[]): Promise<T[]> {
  const started = performance.now();
  return Promise.all(
    actions.map(async (act) => {
      const result = await act();
      samples.push(performance.now() - started);
      return result;
    }),
  );
}

async function crowds(world: World, members: readonly Actor[]): Promise<void> {
  console.log(`\n${CROWD_SPECIALTY} (1,000 mentors): members acting at the same moment`);
  for (const { size, rounds } of CROWDS) {
    const crowd = members.slice(0, size);
    const ping: number[] = [];
    const find: number[] = [];
    const again: number[] = [];
    const page: number[] = [];
    let pings: Seen[] = [];
    let results: Seen[] = [];
    for (let r = 0; r < rounds; r += 1) {
      pings = await round(
        crowd.map((member) => () => slash(member, 'bench-ping')),
        ping,
      );
      results = await round(
        crowd.map((member) => () => slash(member, 'mentors find', { specialty: CROWD_SPECIALTY })),
        find,
      );
    }
    for (let r = 0; r < rounds; r += 1) {
      await round(
        pings.map((seen) => () => press(seen, 'Again')),
        again,
      );
      await round(
        results.map((seen) => () => press(seen, r % 2 === 0 ? 'Next' : 'Previous')),
        page,
      );
    }
    const floorCommand = figures(ping);
    const floorButton = figures(again);
    console.log(row(`${String(size).padStart(3)} at once: trivial command`, floorCommand));
    console.log(row(`${String(size).padStart(3)} at once: /mentors find`, figures(find), floorCommand));
    console.log(row(`${String(size).padStart(3)} at once: trivial button`, floorButton));
    console.log(row(`${String(size).padStart(3)} at once: page button`, figures(page), floorButton));
  }
}

async function sizes(member: Actor): Promise<void> {
  console.log('\nOne member searching specialties of different sizes');
  const ping: number[] = [];
  for (let i = 0; i < SINGLE_RUNS; i += 1) await round([() => slash(member, 'bench-ping')], ping);
  const floor = figures(ping);
  console.log(row('trivial command', floor));
  for (const { mentors, specialty } of SIZES) {
    for (const available of FILTERS) {
      const samples: number[] = [];
      const options = { specialty, ...(available ? { available } : {}) };
      for (let i = 0; i < SINGLE_RUNS; i += 1) await round([() => slash(member, 'mentors find', options)], samples);
      console.log(row(`${String(mentors).padStart(5)} mentors, ${available ?? 'no filter'}`, figures(samples), floor));
    }
  }
}

async function serviceCost(world: World, member: Actor): Promise<void> {
  console.log('\nThe search alone (findMentors, no Discord): CPU per search and wall time');
  for (const { mentors, specialty } of SIZES) {
    for (const available of FILTERS) {
      const input = {
        guildId: world.guild.id,
        askerId: member.id,
        specialty,
        skill: 'python',
        ...(available ? { available } : {}),
      };
      await findMentors(input, world.clock);
      const wall: number[] = [];
      const cpu = process.cpuUsage();
      for (let i = 0; i < SERVICE_RUNS; i += 1) {
        const started = performance.now();
        await findMentors(input, world.clock);
        wall.push(performance.now() - started);
      }
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000 / SERVICE_RUNS;
      const { p50, p99 } = figures(wall);
      console.log(
        `${`${String(mentors).padStart(5)} mentors, ${available ?? 'no filter'}`.padEnd(34)} CPU ${ms(cpuMs)} per search   wall p50 ${ms(p50)}  p99 ${ms(p99)}`,
      );
    }
  }
}

export default async function (): Promise<void> {
  // No jobs: the test world polls them every 50 ms, which would weigh on every figure here and is not search.
  const world = await startWorld({
    commands: [...productCommands, pingCommand],
    components: [...productComponents, againButton],
    jobs: [],
  });
  try {
    const seeding = performance.now();
    let first = 0;
    for (const { mentors, specialty } of SIZES) {
      await insertMentors(world, { count: mentors, specialty, firstIndex: first }, world.clock);
      first += mentors;
    }
    const members = Array.from({ length: 100 }, (_, i) => world.user(`member-${i}`));
    for (const [i, member] of members.entries()) {
      await setMemberTimezone({
        guildId: world.guild.id,
        userId: member.id,
        timezone: FIXTURE_TIMEZONES[i % FIXTURE_TIMEZONES.length] ?? 'UTC',
      });
    }
    console.log(
      `backend: ${world.database.backend}; ${first} mentors in ${SIZES.length} specialties written in ${((performance.now() - seeding) / 1000).toFixed(1)} s; ${machineLoad()}`,
    );
    mentorDirectory.clear();
    const building = performance.now();
    await findMentors({ guildId: world.guild.id, askerId: members[0]!.id, specialty: 'mobile' }, world.clock);
    console.log(
      `first search after a start: the directory of ${first} mentors built in ${(performance.now() - building).toFixed(0)} ms`,
    );
    // Warm-up: code paths, the emulator's connections, the members' names.
    for (const member of members) await slash(member, 'mentors find', { specialty: CROWD_SPECIALTY });
    await slash(members[0]!, 'bench-ping');

    await crowds(world, members);
    await sizes(members[0]!);
    await serviceCost(world, members[0]!);
    console.log(`\nat the end: ${machineLoad()}`);
  } finally {
    await world.stop();
  }
}
