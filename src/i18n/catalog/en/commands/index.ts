/**
 * Names and descriptions of slash commands, subcommands, options and choices, one file per command.
 * Names: lowercase, no spaces, at most 32 characters; descriptions at most 100 (Discord refuses longer).
 */
import { help } from './help.js';

export const commands = { help } as const;
