import type {
  ApplicationCommandOptionChoiceData,
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { AppContext } from './context.js';

/**
 * How the router acknowledges a command before running it. Deferring first keeps every command
 * inside Discord's 3-second deadline; only commands that answer with a modal must not defer.
 */
export type DeferMode = 'ephemeral' | 'public' | 'none';

export interface SlashCommand {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  readonly defer: DeferMode | ((interaction: ChatInputCommandInteraction) => DeferMode);
  execute(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void>;
  /** Returns the choices; the router caps and sends them, and answers [] if this throws. */
  autocomplete?(interaction: AutocompleteInteraction, ctx: AppContext): Promise<ApplicationCommandOptionChoiceData[]>;
}

export function defineCommand(command: SlashCommand): SlashCommand {
  return command;
}
