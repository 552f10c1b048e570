import type { Client } from 'discord.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Translator } from '../i18n/i18n.js';
import type { JobScheduler } from '../jobs/job-scheduler.js';
import type { Logger } from '../logger.js';
import type { UserLocales } from '../services/localization/user-locale.service.js';
import type { SlashCommand } from './command.js';

/** What a command or component handler may use; passed in, never imported, so tests can swap parts. */
export interface AppContext {
  readonly config: Config;
  readonly clock: Clock;
  readonly client: Client;
  readonly jobs: JobScheduler;
  /** Members' languages, for messages to someone other than the one who acted (a DM to the mentor). */
  readonly locales: UserLocales;
  /** The commands this app serves (what `/help` lists). */
  readonly commands: readonly SlashCommand[];
  /** Already scoped to the interaction: guild, user, command and interaction id are on every line. */
  readonly logger: Logger;
  /** Words in the member's language: their own choice, else their Discord client's. */
  readonly i18n: Translator;
}
