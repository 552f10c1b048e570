import { PermissionFlagsBits, type Locale } from 'discord-api-types/v10';
import mongoose from 'mongoose';
import { commands as productCommands, messageCommands as productMessageCommands } from '../../../commands/index.js';
import { createApp, type App, type AppOptions } from '../../../src/app.js';
import type { Config } from '../../../src/config.js';
import { deployCommands } from '../../../src/discord/command-deployment.js';
import { JOBS_COLLECTION } from '../../../src/jobs/job-scheduler.js';
import { createLogger } from '../../../src/logger.js';
import { startDiscordEmulator, type DiscordEmulator } from '../discord/index.js';
import type { ChannelRecord, GuildRecord, MessageRecord } from '../discord/state/records.js';
import { Actor } from './actor.js';
import { CapturedLogs } from './captured-logs.js';
import { TestClock } from './test-clock.js';
import { startWorldDatabase, type WorldDatabase } from './world-database.js';

export type WorldOptions = Pick<AppOptions, 'commands' | 'messageCommands' | 'components' | 'jobs' | 'forceLocale'> & {
  /** The app asks for the Server Members intent (DISCORD_MEMBERS_INTENT=true); the application has it. */
  membersIntent?: boolean;
};

export interface UserOptions {
  /** Gives the member Manage Server, which the admin commands check. */
  admin?: boolean;
  roles?: string[];
  dmsOpen?: boolean;
  /** The language of the member's Discord client, sent with each of their interactions (default en-US). */
  locale?: Locale;
  /** When they joined the server (default: now). */
  joinedAt?: Date;
}

const AGENDA_POLL_MS = 50;

/**
 * A Discord server with the real bot in it: the test database, the emulator and `createApp()` wired
 * together, and members who act through the emulator as people do.
 */
export class World {
  readonly logs = new CapturedLogs();
  readonly clock = new TestClock();
  readonly #actors = new Map<string, Actor>();
  readonly #channels = new Map<string, ChannelRecord>();
  #app: App | undefined;
  #appOptions: AppOptions = {};

  private constructor(
    readonly emulator: DiscordEmulator,
    readonly database: WorldDatabase,
    readonly guild: GuildRecord,
    readonly config: Config,
  ) {}

  static async start(options: WorldOptions = {}): Promise<World> {
    const database = await startWorldDatabase();
    const emulator = await startDiscordEmulator({ heartbeatIntervalMs: 1_000 }).catch(async (error: unknown) => {
      await database.stop();
      throw error;
    });
    const guild = emulator.world.createGuild({ name: 'Mentor Hub' });
    const config: Config = {
      discord: {
        token: emulator.botToken,
        clientId: emulator.applicationId,
        guildId: guild.id,
        apiBaseUrl: emulator.restBaseUrl,
        membersIntent: options.membersIntent ?? false,
      },
      mongo: { uri: database.appUri, dataDir: './data/test-unused' },
      logLevel: 'debug',
      env: 'test',
    };
    const world = new World(emulator, database, guild, config);
    world.#channels.set('general', emulator.world.createChannel(guild.id, { name: 'general' }));
    world.#channels.set('announcements', emulator.world.createChannel(guild.id, { name: 'announcements' }));

    await deployCommands(config.discord, [
      ...(options.commands ?? productCommands).map((c) => c.data),
      ...(options.messageCommands ?? productMessageCommands).map((c) => c.data),
    ]);
    world.#appOptions = {
      ...options,
      clock: world.clock,
      logger: createLogger(config, world.logs),
      jobsProcessEveryMs: AGENDA_POLL_MS,
      rest: { retries: 1, timeout: 5_000 },
    };
    const app = createApp(config, world.#appOptions);
    world.#app = app;
    try {
      await app.start();
    } catch (error) {
      await world.stop();
      throw error;
    }
    return world;
  }

  /**
   * Stops the bot as a deployment would (jobs drained, gateway and database closed) and starts a new
   * process of it on the same database, emulator and clock: what was scheduled must survive.
   */
  async restart(): Promise<void> {
    await this.#app?.stop();
    const app = createApp(this.config, this.#appOptions);
    this.#app = app;
    await app.start();
  }

  get app(): App {
    if (!this.#app) throw new Error('The app has not started');
    return this.#app;
  }

  /** A member of the server, created the first time a name is used. */
  /**
   * A member with a Staff role at the top of the list carrying Manage Server and Manage Roles: an admin
   * who may choose the roles the bot hands out.
   */
  staffAdmin(name = 'admin'): Actor {
    const staff = this.emulator.world.createRole(this.guild.id, {
      name: 'Staff',
      permissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ManageRoles,
      position: 'top',
    });
    return this.user(name, { roles: [staff.id] });
  }

  user(name: string, options: UserOptions = {}): Actor {
    const known = this.#actors.get(name);
    if (known) return known;
    const user = this.emulator.world.createUser({
      username: name,
      globalName: name,
      dmsOpen: options.dmsOpen ?? true,
      ...(options.locale ? { locale: options.locale } : {}),
    });
    this.emulator.world.addMember(this.guild.id, user.id, {
      roles: options.roles ?? [],
      ...(options.admin ? { permissions: PermissionFlagsBits.ManageGuild } : {}),
      ...(options.joinedAt ? { joinedAt: options.joinedAt } : {}),
    });
    const actor = new Actor(this, user.id, name);
    this.#actors.set(name, actor);
    return actor;
  }

  channel(name: string): ChannelRecord {
    const channel = this.#channels.get(name);
    if (!channel) throw new Error(`No channel #${name} in the test world`);
    return channel;
  }

  messages(channel: string): MessageRecord[] {
    return this.emulator.state.messagesIn(this.channel(channel).id);
  }

  /**
   * Moves the app's clock forward and runs every job that became due, without sleeping: pending jobs
   * are shifted earlier by the same amount, then Agenda's next poll runs them.
   */
  async advanceTime(ms: number): Promise<void> {
    this.clock.advance(ms);
    const jobs = mongoose.connection.collection(JOBS_COLLECTION);
    const pending = await jobs.find({ nextRunAt: { $ne: null } }).toArray();
    for (const job of pending) {
      const nextRunAt = job.nextRunAt as Date;
      await jobs.updateOne({ _id: job._id }, { $set: { nextRunAt: new Date(nextRunAt.getTime() - ms) } });
    }
    await this.jobsSettled();
  }

  /**
   * Waits until no job is due or running, and fails loudly if a job gave up. A job waiting to retry
   * (failed, with a next run) is not due until time is advanced past its backoff.
   */
  async jobsSettled(timeoutMs = 10_000): Promise<void> {
    const jobs = mongoose.connection.collection(JOBS_COLLECTION);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const failed = await jobs.findOne({ failCount: { $gt: 0 }, nextRunAt: null, lockedAt: null });
      if (failed) throw new Error(`Job ${String(failed.name)} failed: ${String(failed.failReason)}`);
      const busy = await jobs.countDocuments({
        $or: [{ lockedAt: { $ne: null } }, { nextRunAt: { $lte: new Date() }, disabled: { $ne: true } }],
      });
      if (busy === 0) return;
      if (Date.now() > deadline) throw new Error(`${busy} job(s) still due or running after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, AGENDA_POLL_MS));
    }
  }

  async stop(): Promise<void> {
    await this.#app?.stop();
    await this.emulator.stop();
    await this.database.stop();
  }
}

export const startWorld = (options?: WorldOptions): Promise<World> => World.start(options);
