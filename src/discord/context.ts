import type { Client } from 'discord.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { JobScheduler } from '../jobs/job-scheduler.js';
import type { Logger } from '../logger.js';
import type { SlashCommand } from './command.js';

/** What a command or component handler may use; passed in, never imported, so tests can swap parts. */
export interface AppContext {
  readonly config: Config;
  readonly clock: Clock;
  readonly client: Client;
  readonly jobs: JobScheduler;
  /** The commands this app serves (what `/help` lists). */
  readonly commands: readonly SlashCommand[];
  /** Already scoped to the interaction: guild, user, command and interaction id are on every line. */
  readonly logger: Logger;
}
