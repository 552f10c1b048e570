import type { CommandFields } from './command-fields.js';
import type { CursorRegistry } from './cursor-registry.js';
import type { Document } from './document.js';
import type { ServerStore } from './storage/server-store.js';

/** Settings the server exposes through getParameter/setParameter. */
export interface ServerParameters {
  /** Seconds between TTL sweeps (mongod's ttlMonitorSleepSecs; 1 here instead of 60 so tests wait little). */
  ttlMonitorSleepSecs: number;
}

/** What the server knows about itself, for hello, buildInfo, serverStatus and explain. */
export interface ServerIdentity {
  readonly host: string;
  readonly port: number;
  readonly startedAt: Date;
  readonly parameters: ServerParameters;
}

/** Everything a command handler may use; handlers are synchronous so each command runs to completion alone. */
export interface CommandContext {
  readonly databaseName: string;
  readonly fields: CommandFields;
  readonly store: ServerStore;
  readonly cursors: CursorRegistry;
  readonly server: ServerIdentity;
  readonly connectionId: number;
}

export interface CommandDefinition {
  /** The command's name and aliases as they appear as the first field (`findAndModify`, `findandmodify`). */
  readonly names: readonly string[];
  /**
   * Fields this command understands besides its name; anything else is answered NotImplemented.
   * 'any' for commands whose fields are names to look up (getParameter) or flags to ignore (serverStatus).
   */
  readonly fields: readonly string[] | 'any';
  readonly run: (context: CommandContext) => Document;
}
