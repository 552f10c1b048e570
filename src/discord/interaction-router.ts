import {
  MessageFlags,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type AnySelectMenuInteraction,
  type ButtonInteraction,
  type Interaction,
  type ModalSubmitInteraction,
} from 'discord.js';
import { UserError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { SlashCommand } from './command.js';
import { componentKindOf, type ComponentHandler } from './component.js';
import type { AppContext } from './context.js';
import { createCustomIdDecoder, InvalidCustomIdError } from './custom-id.js';
import { replyWithError } from './error-boundary.js';

const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

export interface InteractionRouter {
  handle(interaction: Interaction): Promise<void>;
  /** Refuses new interactions and waits (up to the timeout) for the ones being handled. */
  drain(timeoutMs: number): Promise<void>;
}

export interface RouterOptions {
  commands: readonly SlashCommand[];
  components: readonly ComponentHandler[];
  context: Omit<AppContext, 'logger'>;
  logger: Logger;
}

export function createInteractionRouter({ commands, components, context, logger }: RouterOptions): InteractionRouter {
  const commandsByName = new Map(commands.map((command) => [command.data.name, command]));
  const handlersByRoute = new Map(components.map((handler) => [handler.route.name, handler]));
  const decodeCustomId = createCustomIdDecoder(components.map((handler) => handler.route));
  const inFlight = new Set<Promise<void>>();
  let draining = false;

  function scopedContext(interaction: Interaction, name: string): AppContext {
    return {
      ...context,
      logger: logger.child({
        interactionId: interaction.id,
        guildId: interaction.guildId,
        userId: interaction.user.id,
        command: name,
      }),
    };
  }

  async function runCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const ctx = scopedContext(interaction, commandPath(interaction));
    try {
      const command = commandsByName.get(interaction.commandName);
      if (!command)
        throw new UserError('not-found', {
          what: 'that command',
          hint: 'It may have been removed; type / to see what is there.',
        });
      if (!interaction.inGuild()) throw new UserError('guild-only');
      if (command.defer === 'ephemeral') await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await command.execute(interaction, ctx);
    } catch (error) {
      await replyWithError(interaction, error, ctx.logger);
    }
  }

  async function runAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const ctx = scopedContext(interaction, `${interaction.commandName} (autocomplete)`);
    let choices: Awaited<ReturnType<NonNullable<SlashCommand['autocomplete']>>> = [];
    try {
      const command = commandsByName.get(interaction.commandName);
      choices = (await command?.autocomplete?.(interaction, ctx)) ?? [];
    } catch (error) {
      ctx.logger.error('Autocomplete failed', { error });
    }
    try {
      await interaction.respond(
        choices.slice(0, MAX_CHOICES).map((choice) => ({ ...choice, name: choice.name.slice(0, MAX_CHOICE_LENGTH) })),
      );
    } catch (error) {
      ctx.logger.warn('Could not send autocomplete choices', { error });
    }
  }

  async function runComponent(
    interaction: ButtonInteraction | AnySelectMenuInteraction | ModalSubmitInteraction,
  ): Promise<void> {
    const ctx = scopedContext(interaction, `component ${interaction.customId.split(':')[1] ?? '?'}`);
    try {
      const { route, params } = decodeCustomId(interaction.customId);
      const handler = handlersByRoute.get(route.name);
      if (!handler || handler.kind !== componentKindOf(interaction)) {
        throw new InvalidCustomIdError(interaction.customId, 'no handler of that kind');
      }
      if (handler.defer === 'ephemeral') await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await (handler.handle as (i: typeof interaction, p: unknown, c: AppContext) => Promise<void>)(
        interaction,
        params,
        ctx,
      );
    } catch (error) {
      await replyWithError(interaction, error, ctx.logger);
    }
  }

  async function dispatch(interaction: Interaction): Promise<void> {
    if (interaction.isChatInputCommand()) return runCommand(interaction);
    if (interaction.isAutocomplete()) return runAutocomplete(interaction);
    if (interaction.isButton() || interaction.isAnySelectMenu() || interaction.isModalSubmit())
      return runComponent(interaction);
    logger.debug('Ignored an interaction type the bot does not use', { type: interaction.type });
  }

  return {
    async handle(interaction) {
      if (draining) {
        if (interaction.isRepliable()) {
          await interaction
            .reply({
              content: 'The bot is restarting. Please try again in a few seconds.',
              flags: MessageFlags.Ephemeral,
            })
            .catch((error: unknown) => logger.warn('Could not refuse an interaction during shutdown', { error }));
        }
        return;
      }
      const started = performance.now();
      const work = dispatch(interaction).finally(() => {
        inFlight.delete(work);
        logger.debug('Interaction handled', {
          interactionId: interaction.id,
          ms: Math.round(performance.now() - started),
        });
      });
      inFlight.add(work);
      await work;
    },
    async drain(timeoutMs) {
      draining = true;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
      await Promise.race([Promise.allSettled([...inFlight]), timeout]);
      clearTimeout(timer);
    },
  };
}

function commandPath(interaction: ChatInputCommandInteraction): string {
  const group = interaction.options.getSubcommandGroup(false);
  const sub = interaction.options.getSubcommand(false);
  return [interaction.commandName, group, sub].filter(Boolean).join(' ');
}
