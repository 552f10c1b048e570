import type { SlashCommand } from '../src/discord/command.js';
import { helpCommand } from './help.js';

/** Every top-level slash command; the router and `npm run deploy-commands` both read this list. */
export const commands: readonly SlashCommand[] = [helpCommand];
