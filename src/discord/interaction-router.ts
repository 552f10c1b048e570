import {
  MessageFlags,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  type AnySelectMenuInteraction,
  type ButtonInteraction,
  type Interaction,
  type ModalSubmitInteraction,
  type RepliableInteraction,
} from 'discord.js';
import { asDatabaseUnavailable, isDatabaseConnected } from '../database-health.js';
import { GuildOnlyError, NotFoundError } from '../errors.js';
import { translatorFor, type Translator } from '../i18n/i18n.js';
import { resolveLocale } from '../i18n/locales.js';
import type { Logger } from '../logger.js';
import type { UserLocales } from '../services/localization/user-locale.service.js';
import type { MessageCommand, SlashCommand } from './command.js';
import { componentKindOf, type ComponentHandler } from './component.js';
import type { AppContext } from './context.js';
import { createCustomIdDecoder, InvalidCustomIdError } from './custom-id.js';
import { replyWithError } from './error-boundary.js';

const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;
/**
 * Discord drops an interaction that is not acknowledged within 3 s of its creation. A handler that does not
 * defer gets this long for the reads before its first answer (the rest is for the answer to travel); then
 * the router answers for it, privately, so a slow or unreachable database never leaves "interaction failed".
 */
export const FIRST_ANSWER_BUDGET_MS = 2_200;
/** Autocomplete cannot be deferred: past this, the member gets no choices rather than an error. */
export const AUTOCOMPLETE_BUDGET_MS = 2_000;
/** A member's chosen language is one small cached read; past this the client's language is used. */
const LOCALE_BUDGET_MS = 250;

export interface InteractionRouter {
  handle(interaction: Interaction): Promise<void>;
  /** Refuses new interactions and waits (up to the timeout) for the ones being handled. */
  drain(timeoutMs: number): Promise<void>;
}

export interface RouterOptions {
  commands: readonly SlashCommand[];
  /** Commands of a message's Apps menu. */
  messageCommands?: readonly MessageCommand[];
  components: readonly ComponentHandler[];
  context: Omit<AppContext, 'logger' | 'commands' | 'i18n'>;
  logger: Logger;
  /** Where members' chosen languages are remembered; without it every reply follows the client's language. */
  locales?: UserLocales;
  /** Answers everyone in this locale (tests render the pseudo-locale with it). */
  forceLocale?: Translator['locale'];
}

export function createInteractionRouter({
  commands,
  messageCommands = [],
  components,
  context,
  logger,
  locales,
  forceLocale,
}: RouterOptions): InteractionRouter {
  const commandsByName = new Map(commands.map((command) => [command.data.name, command]));
  const messageCommandsByName = new Map(messageCommands.map((command) => [command.data.name, command]));
  const handlersByRoute = new Map(components.map((handler) => [handler.route.name, handler]));
  const decodeCustomId = createCustomIdDecoder(components.map((handler) => handler.route));
  const inFlight = new Set<Promise<void>>();
  let draining = false;

  /**
   * The member's own choice of language when it can be known quickly, else their client's. Never slows an
   * answer down: a slow or unreachable database just means the client's language.
   */
  async function translatorOf(interaction: Interaction, scoped: Logger): Promise<Translator> {
    if (forceLocale) return translatorFor(forceLocale);
    const client = resolveLocale(interaction.locale);
    if (!locales) return translatorFor(client);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>(
      (resolve) =>
        (timer = setTimeout(() => {
          resolve(null);
        }, LOCALE_BUDGET_MS)),
    );
    const lookup = locales.forInteraction(interaction.user.id, interaction.locale).catch((error: unknown) => {
      scoped.debug("Could not read the member's language; using their client's", { error });
      return null;
    });
    const chosen = await Promise.race([lookup, late]);
    clearTimeout(timer);
    return translatorFor(chosen ?? client);
  }

  async function scopedContext(interaction: Interaction, name: string): Promise<AppContext> {
    const scoped = logger.child({
      interactionId: interaction.id,
      guildId: interaction.guildId,
      userId: interaction.user.id,
      command: name,
    });
    return { ...context, commands, logger: scoped, i18n: await translatorOf(interaction, scoped) };
  }

  async function runCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const ctx = await scopedContext(interaction, commandPath(interaction));
    let watchdog: FirstAnswerWatchdog | undefined;
    try {
      const command = commandsByName.get(interaction.commandName);
      if (!command) throw new NotFoundError('common.errors.unknownCommand');
      if (!interaction.inGuild()) throw new GuildOnlyError();
      if (command.defer === 'ephemeral') await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      else watchdog = watchFirstAnswer(interaction, ctx);
      await command.execute(interaction, ctx);
    } catch (error) {
      await replyWithError(interaction, error, ctx, { answeredLate: (await watchdog?.answeredLate()) ?? false });
    } finally {
      watchdog?.stop();
    }
  }

  async function runMessageCommand(interaction: MessageContextMenuCommandInteraction): Promise<void> {
    const ctx = await scopedContext(interaction, `${interaction.commandName} (message)`);
    let watchdog: FirstAnswerWatchdog | undefined;
    try {
      const command = messageCommandsByName.get(interaction.commandName);
      if (!command) throw new NotFoundError('common.errors.unknownCommand');
      if (!interaction.inGuild()) throw new GuildOnlyError();
      if (command.defer === 'ephemeral') await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      else watchdog = watchFirstAnswer(interaction, ctx);
      await command.execute(interaction, ctx);
    } catch (error) {
      await replyWithError(interaction, error, ctx, { answeredLate: (await watchdog?.answeredLate()) ?? false });
    } finally {
      watchdog?.stop();
    }
  }

  async function runAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const ctx = await scopedContext(interaction, `${interaction.commandName} (autocomplete)`);
    let choices: Awaited<ReturnType<NonNullable<SlashCommand['autocomplete']>>> = [];
    let timer: NodeJS.Timeout | undefined;
    try {
      const command = commandsByName.get(interaction.commandName);
      const lookup = Promise.resolve(command?.autocomplete?.(interaction, ctx));
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => {
          resolve('late');
        }, AUTOCOMPLETE_BUDGET_MS);
      });
      const found = await Promise.race([lookup, late]);
      if (found === 'late') {
        ctx.logger.warn('Autocomplete took too long; offered no choices', { budgetMs: AUTOCOMPLETE_BUDGET_MS });
        lookup.catch((error: unknown) => ctx.logger.warn('Late autocomplete failed', { error }));
      } else {
        choices = found ?? [];
      }
    } catch (error) {
      if (asDatabaseUnavailable(error))
        ctx.logger.warn('Autocomplete offered no choices: the database is unavailable', { error });
      else ctx.logger.error('Autocomplete failed', { error });
    } finally {
      clearTimeout(timer);
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
    const ctx = await scopedContext(interaction, `component ${interaction.customId.split(':')[1] ?? '?'}`);
    let watchdog: FirstAnswerWatchdog | undefined;
    try {
      const { route, params } = decodeCustomId(interaction.customId);
      const handler = handlersByRoute.get(route.name);
      if (!handler || handler.kind !== componentKindOf(interaction)) {
        throw new InvalidCustomIdError(interaction.customId, 'no handler of that kind');
      }
      if (handler.defer === 'ephemeral') await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      else watchdog = watchFirstAnswer(interaction, ctx);
      await (handler.handle as (i: typeof interaction, p: unknown, c: AppContext) => Promise<void>)(
        interaction,
        params,
        ctx,
      );
    } catch (error) {
      await replyWithError(interaction, error, ctx, { answeredLate: (await watchdog?.answeredLate()) ?? false });
    } finally {
      watchdog?.stop();
    }
  }

  async function dispatch(interaction: Interaction): Promise<void> {
    if (interaction.isChatInputCommand()) return runCommand(interaction);
    if (interaction.isMessageContextMenuCommand()) return runMessageCommand(interaction);
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
              content: translatorFor(forceLocale ?? resolveLocale(interaction.locale)).t('common.errors.restarting'),
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

interface FirstAnswerWatchdog {
  /** Whether the router answered for the handler; waits for that answer to be sent. */
  answeredLate(): Promise<boolean>;
  stop(): void;
}

/**
 * Answers for a handler that has not answered within FIRST_ANSWER_BUDGET_MS: the database message when
 * MongoDB is known to be down, otherwise a note that it is slow. A later `respond()` replaces that note
 * with the real answer (it edits the reply), so a slow database still gets the member their result.
 */
function watchFirstAnswer(
  interaction: RepliableInteraction,
  { logger, i18n }: Pick<AppContext, 'logger' | 'i18n'>,
): FirstAnswerWatchdog {
  let lateAnswer: Promise<boolean> | undefined;
  const timer = setTimeout(() => {
    if (interaction.deferred || interaction.replied) return;
    const databaseConnected = isDatabaseConnected();
    logger.warn('No answer within the first-answer budget; the router answered', {
      budgetMs: FIRST_ANSWER_BUDGET_MS,
      databaseConnected,
    });
    lateAnswer = interaction
      .reply({
        content: i18n.t(databaseConnected ? 'common.errors.slowAnswer' : 'common.errors.databaseUnavailable'),
        flags: MessageFlags.Ephemeral,
      })
      .then(
        () => true,
        (error: unknown) => {
          // The handler answered in the same instant; its answer stands.
          logger.warn('Could not send the late answer', { error });
          return false;
        },
      );
  }, FIRST_ANSWER_BUDGET_MS);
  return {
    answeredLate: () => lateAnswer ?? Promise.resolve(false),
    stop: () => {
      clearTimeout(timer);
    },
  };
}
