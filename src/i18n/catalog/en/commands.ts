/**
 * Names and descriptions of slash commands, subcommands, options and choices. Names: lowercase, no
 * spaces, at most 32 characters; descriptions at most 100 (Discord refuses longer ones).
 */
export const commands = {
  help: { name: 'help', description: 'What this bot can do for you, and where to start' },
} as const;
