import { Events, type Client, type RESTOptions } from 'discord.js';
import mongoose from 'mongoose';
import { commands as productCommands, messageCommands as productMessageCommands } from '../commands/index.js';
import { systemClock, type Clock } from './clock.js';
import { components as productComponents } from './components/index.js';
import type { Config } from './config.js';
import { openDatabase, type DatabaseHandle } from './database.js';
import { createDiscordClient, explainLoginFailure } from './discord/client.js';
import type { MessageCommand, SlashCommand } from './discord/command.js';
import type { ComponentHandler } from './discord/component.js';
import { createInteractionRouter, type InteractionRouter } from './discord/interaction-router.js';
import { registerDirectMessageReplies } from './discord/direct-message-replies.js';
import { registerGuildEvents } from './discord/guild-events.js';
import { inviteUrl } from './discord/invite-permissions.js';
import { jobs as productJobs } from './jobs/index.js';
import type { JobDefinition } from './jobs/job.js';
import { createJobScheduler, type JobScheduler } from './jobs/job-scheduler.js';
import type { RenderLocale } from './i18n/i18n.js';
import { createLogger, type Logger } from './logger.js';
import { createUserLocales } from './services/localization/user-locale.service.js';

export interface AppOptions {
  clock?: Clock;
  logger?: Logger;
  /** Replace the product's lists, e.g. to add a command that only a test needs. */
  commands?: readonly SlashCommand[];
  messageCommands?: readonly MessageCommand[];
  components?: readonly ComponentHandler[];
  jobs?: readonly JobDefinition[];
  jobsProcessEveryMs?: number;
  rest?: Partial<RESTOptions>;
  /** Speak this locale to everyone, whatever their language (tests render the pseudo-locale). */
  forceLocale?: RenderLocale;
}

export interface App {
  readonly client: Client;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Available once `start()` has resolved. */
  readonly jobs: JobScheduler;
  start(): Promise<void>;
  /** Safe to call any number of times, before, during or after `start()`. */
  stop(): Promise<void>;
}

const SHUTDOWN_BUDGET_MS = { interactions: 4_000, jobs: 3_000 };

export function createApp(config: Config, options: AppOptions = {}): App {
  const logger = options.logger ?? createLogger(config);
  const clock = options.clock ?? systemClock;
  const client = createDiscordClient(config.discord, options.rest);
  const locales = createUserLocales(Date.now, options.forceLocale);
  let database: DatabaseHandle | undefined;
  let scheduler: JobScheduler | undefined;
  let router: InteractionRouter | undefined;
  let starting: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;

  client.on(Events.Error, (error) => logger.error('Discord client error', { component: 'discord', error }));
  client.on(Events.Warn, (message) => logger.warn(message, { component: 'discord' }));
  client.on(Events.ShardResume, (shardId, replayed) =>
    logger.info('Gateway resumed', { component: 'discord', shardId, replayed }),
  );
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn('Gateway disconnected', { component: 'discord', shardId, code: event.code }),
  );

  async function startUp(): Promise<void> {
    database = await openDatabase(config.mongo, logger.child({ component: 'database' }));
    const db = mongoose.connection.db;
    if (!db) throw new Error('mongoose connected without a database handle');
    scheduler = createJobScheduler({
      db,
      jobs: options.jobs ?? productJobs,
      clock,
      client,
      locales,
      logger: logger.child({ component: 'jobs' }),
      ...(options.jobsProcessEveryMs ? { processEveryMs: options.jobsProcessEveryMs } : {}),
    });
    const interactionRouter = createInteractionRouter({
      commands: options.commands ?? productCommands,
      messageCommands: options.messageCommands ?? productMessageCommands,
      components: options.components ?? productComponents,
      context: { config, clock, client, jobs: scheduler, locales },
      logger: logger.child({ component: 'interactions' }),
      locales,
      ...(options.forceLocale ? { forceLocale: options.forceLocale } : {}),
    });
    router = interactionRouter;
    client.on(Events.InteractionCreate, (interaction) => {
      void interactionRouter.handle(interaction);
    });
    registerGuildEvents(client, { clock, jobs: scheduler, logger: logger.child({ component: 'guilds' }) });
    registerDirectMessageReplies(client, clock, logger.child({ component: 'direct-messages' }), locales);
    await scheduler.start();

    const ready = new Promise<void>((resolve) =>
      client.once(Events.ClientReady, () => {
        resolve();
      }),
    );
    await client.login(config.discord.token).catch((error: unknown) => {
      throw explainLoginFailure(error);
    });
    await ready;
    logger.info('Ready', {
      user: client.user?.tag,
      guilds: client.guilds.cache.size,
      invite: inviteUrl(config.discord.clientId),
    });
  }

  async function shutdown(): Promise<void> {
    logger.info('Shutting down');
    const step = async (name: string, work: () => Promise<void>) => {
      try {
        await work();
      } catch (error) {
        logger.error(`Shutdown step failed: ${name}`, { error });
      }
    };
    await step('interactions', async () => router?.drain(SHUTDOWN_BUDGET_MS.interactions));
    await step('jobs', async () => scheduler?.stop(SHUTDOWN_BUDGET_MS.jobs));
    await step('gateway', async () => client.destroy());
    await step('database', async () => database?.close());
    logger.info('Stopped');
  }

  return {
    client,
    logger,
    clock,
    get jobs() {
      if (!scheduler) throw new Error('The job scheduler exists once the app has started');
      return scheduler;
    },
    start() {
      starting ??= startUp();
      return starting;
    },
    stop() {
      // A stop during start-up waits for it, so nothing it opens afterwards is left running.
      stopping ??= (starting ?? Promise.resolve()).catch(() => undefined).then(shutdown);
      return stopping;
    },
  };
}
