import type { CommandDefinition } from './command-context.js';
import { aggregateCommand } from './commands/aggregate-command.js';
import { collectionCommands } from './commands/collection-commands.js';
import { countCommand, distinctCommand } from './commands/count-commands.js';
import { deleteCommand } from './commands/delete-command.js';
import { explainCommand } from './commands/explain-command.js';
import { findAndModifyCommand } from './commands/find-and-modify-command.js';
import { findCommand, getMoreCommand, killCursorsCommand } from './commands/find-command.js';
import { indexCommands } from './commands/index-commands.js';
import { insertCommand } from './commands/insert-command.js';
import { serverCommands } from './commands/server-commands.js';
import { updateCommand } from './commands/update-command.js';

/** Every command the server answers; anything else is NotImplemented. */
export const COMMANDS: readonly CommandDefinition[] = [
  ...serverCommands,
  insertCommand,
  findCommand,
  getMoreCommand,
  killCursorsCommand,
  updateCommand,
  deleteCommand,
  findAndModifyCommand,
  aggregateCommand,
  countCommand,
  distinctCommand,
  explainCommand,
  ...collectionCommands,
  ...indexCommands,
];
