import { CommandError, notImplemented } from './command-error.js';
import type { CommandContext, CommandDefinition, ServerIdentity } from './command-context.js';
import { CommandFields } from './command-fields.js';
import type { CursorRegistry } from './cursor-registry.js';
import type { Document } from './document.js';
import { isMongoDbCommand } from './mongodb-commands.js';
import type { ServerStore } from './storage/server-store.js';

/**
 * Fields any command may carry that change nothing on a standalone server without auth: sessions,
 * cluster time gossip, read/write concerns, API versioning, time limits and comments.
 */
const GENERIC_FIELDS = new Set([
  '$db',
  'lsid',
  'txnNumber',
  '$clusterTime',
  '$readPreference',
  'readConcern',
  'writeConcern',
  'apiVersion',
  'apiStrict',
  'apiDeprecationErrors',
  'maxTimeMS',
  'comment',
  '$audit',
  'mayBypassWriteBlocking',
]);

export interface DispatchTarget {
  readonly store: ServerStore;
  readonly cursors: CursorRegistry;
  readonly server: ServerIdentity;
  readonly connectionId: number;
}

/** Finds the handler for a command document and turns every outcome into a MongoDB reply document. */
export class CommandDispatcher {
  private readonly byName = new Map<string, CommandDefinition>();

  constructor(definitions: readonly CommandDefinition[]) {
    for (const definition of definitions) {
      for (const name of definition.names) this.byName.set(name.toLowerCase(), definition);
    }
  }

  dispatch(databaseName: string, body: Document, target: DispatchTarget): Document {
    try {
      return { ...this.run(databaseName, body, target), ok: 1 };
    } catch (error) {
      if (error instanceof CommandError) return error.toReply();
      const message = error instanceof Error ? error.message : String(error);
      return new CommandError('InternalError', `in-process test server failed: ${message}`).toReply();
    }
  }

  private run(databaseName: string, body: Document, target: DispatchTarget): Document {
    const commandName = Object.keys(body)[0];
    if (commandName === undefined) throw new CommandError('FailedToParse', 'Empty command object');
    rejectTransactions(body);
    const definition = this.byName.get(commandName.toLowerCase());
    if (!definition) {
      if (isMongoDbCommand(commandName)) throw notImplemented(`command '${commandName}'`);
      throw new CommandError('CommandNotFound', `no such command: '${commandName}'`);
    }
    if (definition.fields !== 'any') {
      const known = new Set(definition.fields);
      for (const field of Object.keys(body).slice(1)) {
        if (!known.has(field) && !GENERIC_FIELDS.has(field))
          throw notImplemented(`field '${field}' of command '${commandName}'`);
      }
    }
    const context: CommandContext = { databaseName, fields: new CommandFields(commandName, body), ...target };
    return definition.run(context);
  }
}

/**
 * Multi-document transactions need a replica set, which this server is not. A standalone mongod answers
 * IllegalOperation, which the driver rewords as a puzzling retryable-writes message; NotImplemented
 * reaches the caller as is and says what is missing.
 */
function rejectTransactions(body: Document): void {
  if (body.startTransaction === true || body.autocommit === false) {
    throw notImplemented('multi-document transactions (they need a replica set)');
  }
}
