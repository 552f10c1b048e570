import type {
  ApplicationCommandOptionChoiceData,
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { AppContext } from './context.js';

/**
 * How the router acknowledges a command before running it. Deferring first keeps a slow command
 * inside Discord's 3-second deadline. Commands that answer with a modal, or that answer in public
 * after quick reads, do not defer: a public deferral would make any later error public too.
 */
export type DeferMode = 'ephemeral' | 'none';

export interface SlashCommand {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  readonly defer: DeferMode;
  execute(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void>;
  /** Returns the choices; the router caps and sends them, and answers [] if this throws. */
  autocomplete?(interaction: AutocompleteInteraction, ctx: AppContext): Promise<ApplicationCommandOptionChoiceData[]>;
}

export function defineCommand(command: SlashCommand): SlashCommand {
  return command;
}

/** A command in a message's Apps menu: it runs on the message the member right-clicked. */
export interface MessageCommand {
  readonly data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  readonly defer: DeferMode;
  execute(interaction: MessageContextMenuCommandInteraction, ctx: AppContext): Promise<void>;
}

export function defineMessageCommand(command: MessageCommand): MessageCommand {
  return command;
}
