import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandType,
  ButtonStyle,
  ComponentType,
  GatewayDispatchEvents,
  InteractionType,
  type Locale,
} from 'discord-api-types/v10';
import type { EmulatorCore } from '../core.js';
import { userCanSee } from '../domain/channel-visibility.js';
import { ensureDmChannel } from '../domain/dm-channels.js';
import type {
  ChannelRecord,
  CommandRecord,
  InteractionKind,
  InteractionRecord,
  MessageRecord,
} from '../state/records.js';
import { buildCommandOptions, type OptionValue } from './command-options.js';
import { allComponents, findByCustomId, type FoundComponent } from './component-lookup.js';
import { InteractionHandle } from './interaction-handle.js';
import { buildInteractionPayload } from './interaction-payload.js';
import { toApiMessage } from '../payloads/message.js';
import { ResolvedDataBuilder } from './resolved-data.js';

export interface CommandInput {
  userId: string;
  /** Where the command is typed; omit to use the bot's DMs with the user. */
  channelId?: string;
  /** The full command as typed, subcommands included: `'mentors find'`, `'admin roles add'`. */
  name: string;
  /** Option values by name; users, roles and channels by id. */
  options?: Readonly<Record<string, OptionValue>>;
  locale?: Locale;
}

export interface MessageCommandInput {
  userId: string;
  /** The message right-clicked, as stored (or its id); its channel is where the command runs. */
  message: MessageRecord | string;
  /** The command's name as registered (context-menu names may have spaces and capitals). */
  name: string;
  locale?: Locale;
}

export interface AutocompleteInput extends CommandInput {
  /** The option being typed in; its entry in `options` is the partial text. */
  focused: string;
}

export interface ComponentInput {
  userId: string;
  /** The message carrying the component, as stored (or its id). */
  message: MessageRecord | string;
  customId: string;
  locale?: Locale;
}

export interface SelectInput extends ComponentInput {
  /** Option values for string selects; ids for user, role, channel and mentionable selects. */
  values: readonly string[];
}

export interface ModalSubmitInput {
  /** By the inputs' custom ids: text for text inputs, a list for selects. */
  values: Readonly<Record<string, string | readonly string[]>>;
  locale?: Locale;
}

const ENTITY_SELECTS: ReadonlySet<ComponentType> = new Set([
  ComponentType.UserSelect,
  ComponentType.RoleSelect,
  ComponentType.MentionableSelect,
  ComponentType.ChannelSelect,
]);

/**
 * Acts as a Discord user: builds and dispatches INTERACTION_CREATE for commands, autocomplete, buttons,
 * selects and modal submits. It refuses what the Discord client would not let a user do (unregistered commands,
 * disabled buttons, someone else's ephemeral message, out-of-range selections) by throwing.
 */
export class InteractionDriver {
  constructor(private readonly core: EmulatorCore) {}

  chatInput(input: CommandInput): InteractionHandle {
    return this.#command(input, undefined);
  }

  /**
   * Runs a message command from a message's Apps menu: `data.type` 3, `target_id` the message, and the
   * message itself in `data.resolved.messages`, as Discord sends it.
   */
  messageCommand(input: MessageCommandInput): InteractionHandle {
    const message = this.core.state.message(typeof input.message === 'string' ? input.message : input.message.id);
    if (!message || message.deleted) throw new Error('That message does not exist (any more)');
    if (message.visibleTo !== null) throw new Error('Ephemeral messages have no Apps menu');
    const channel = this.#channel(message.channelId);
    const command = this.#registeredCommand(input.name, channel.guildId, ApplicationCommandType.Message);
    return this.#dispatch({
      kind: 'messageCommand',
      type: InteractionType.ApplicationCommand,
      userId: input.userId,
      channel,
      data: {
        id: command.id,
        name: command.name,
        type: ApplicationCommandType.Message,
        target_id: message.id,
        resolved: { messages: { [message.id]: toApiMessage(this.core.state, message) } },
        ...(command.guildId ? { guild_id: command.guildId } : {}),
      },
      commandName: input.name,
      locale: input.locale,
    });
  }

  autocomplete(input: AutocompleteInput): InteractionHandle {
    return this.#command(input, input.focused);
  }

  button(input: ComponentInput): InteractionHandle {
    const { message, component } = this.#component(input);
    if (component.type !== ComponentType.Button) throw new Error(`"${input.customId}" is not a button`);
    if (component.style === ButtonStyle.Link || component.style === ButtonStyle.Premium) {
      throw new Error(`"${input.customId}" is a link or premium button: clicking it sends no interaction`);
    }
    return this.#dispatch({
      kind: 'button',
      type: InteractionType.MessageComponent,
      userId: input.userId,
      channel: this.#channel(message.channelId),
      data: { custom_id: input.customId, component_type: ComponentType.Button },
      customId: input.customId,
      message,
      locale: input.locale,
    });
  }

  select(input: SelectInput): InteractionHandle {
    const { message, component } = this.#component(input);
    const channel = this.#channel(message.channelId);
    const resolved = new ResolvedDataBuilder(this.core, channel.guildId, channel.id, input.userId);
    checkSelection(component, input.values, resolved);
    return this.#dispatch({
      kind: 'select',
      type: InteractionType.MessageComponent,
      userId: input.userId,
      channel,
      data: {
        custom_id: input.customId,
        component_type: component.type,
        values: [...input.values],
        ...withResolved(resolved),
      },
      customId: input.customId,
      message,
      locale: input.locale,
    });
  }

  /** Submits the modal the bot showed in answer to `opener`, as the same user. */
  modalSubmit(opener: InteractionHandle, input: ModalSubmitInput): InteractionHandle {
    const modal = opener.record.modal;
    if (!modal) throw new Error(`The bot did not answer interaction ${opener.id} with a modal`);
    const channel = this.#channel(opener.record.channelId);
    const resolved = new ResolvedDataBuilder(this.core, channel.guildId, channel.id, opener.record.userId);
    const components = submittedComponents(modal.components, input.values, resolved);
    const message = opener.record.sourceMessageId ? this.core.state.message(opener.record.sourceMessageId) : undefined;
    return this.#dispatch({
      kind: 'modalSubmit',
      type: InteractionType.ModalSubmit,
      userId: opener.record.userId,
      channel,
      data: { custom_id: modal.custom_id, components, ...withResolved(resolved) },
      customId: modal.custom_id,
      message,
      openedBy: opener.id,
      locale: input.locale,
    });
  }

  #command(input: CommandInput, focused: string | undefined): InteractionHandle {
    const [commandName = '', ...subcommandPath] = input.name.trim().split(/\s+/);
    const channel = input.channelId
      ? this.#channel(input.channelId, input.userId)
      : ensureDmChannel(this.core, input.userId);
    const command = this.#registeredCommand(commandName, channel.guildId);
    const resolved = new ResolvedDataBuilder(this.core, channel.guildId, channel.id, input.userId);
    const definition = ('options' in command.definition ? command.definition.options : undefined) ?? [];
    const options = buildCommandOptions(
      commandName,
      definition,
      { subcommandPath, values: input.options ?? {}, ...(focused !== undefined ? { focused } : {}) },
      resolved,
    );
    return this.#dispatch({
      kind: focused === undefined ? 'chatInput' : 'autocomplete',
      type: focused === undefined ? InteractionType.ApplicationCommand : InteractionType.ApplicationCommandAutocomplete,
      userId: input.userId,
      channel,
      data: {
        id: command.id,
        name: command.name,
        type: ApplicationCommandType.ChatInput,
        ...(options.length > 0 ? { options } : {}),
        ...(focused === undefined ? withResolved(resolved) : {}),
        ...(command.guildId ? { guild_id: command.guildId } : {}),
      },
      commandName: input.name.trim(),
      locale: input.locale,
    });
  }

  /** Guild commands shadow global ones, as in the Discord client. */
  #registeredCommand(
    name: string,
    guildId: string | null,
    type: ApplicationCommandType = ApplicationCommandType.ChatInput,
  ): CommandRecord {
    const candidates = [
      ...(guildId ? this.core.state.registeredCommands(guildId) : []),
      ...this.core.state.registeredCommands(null),
    ];
    const command = candidates.find((candidate) => candidate.name === name && candidate.type === type);
    if (!command) throw new Error(`${name} is not registered (the bot must register it before a user can run it)`);
    return command;
  }

  #component(input: ComponentInput): { message: MessageRecord; component: FoundComponent } {
    const message =
      typeof input.message === 'string'
        ? this.core.state.message(input.message)
        : this.core.state.message(input.message.id);
    if (!message || message.deleted) throw new Error('That message does not exist (any more)');
    if (message.visibleTo !== null && message.visibleTo !== input.userId) {
      throw new Error(`User ${input.userId} cannot see ephemeral message ${message.id}`);
    }
    this.#channel(message.channelId, input.userId);
    const component = findByCustomId(message.components, input.customId);
    if (!component) {
      const ids = allComponents(message.components).flatMap((found) => found.custom_id ?? []);
      throw new Error(
        `Message ${message.id} has no component "${input.customId}" (it has: ${ids.join(', ') || 'none'})`,
      );
    }
    if (component.disabled) throw new Error(`"${input.customId}" is disabled`);
    return { message, component };
  }

  #channel(channelId: string, userId?: string): ChannelRecord {
    const channel = this.core.state.channel(channelId);
    if (!channel) throw new Error(`Unknown channel ${channelId}`);
    if (userId !== undefined && !userCanSee(this.core, channel, userId)) {
      throw new Error(`User ${userId} cannot see channel ${channelId} (a private thread they are not in?)`);
    }
    return channel;
  }

  #dispatch(request: {
    kind: InteractionKind;
    type: InteractionType;
    userId: string;
    channel: ChannelRecord;
    data: unknown;
    commandName?: string;
    customId?: string;
    message?: MessageRecord | undefined;
    openedBy?: string;
    locale?: Locale | undefined;
  }): InteractionHandle {
    const id = this.core.ids.next();
    // Shaped like Discord's: base64 of "interaction:<id>:<secret>".
    const token = Buffer.from(`interaction:${id}:${randomBytes(48).toString('base64url')}`).toString('base64url');
    const payload = buildInteractionPayload(this.core, {
      id,
      token,
      type: request.type,
      userId: request.userId,
      channel: request.channel,
      data: request.data,
      ...(request.message ? { message: request.message } : {}),
      ...(request.locale ? { locale: request.locale } : {}),
    });
    const record: InteractionRecord = {
      id,
      token,
      kind: request.kind,
      type: request.type,
      userId: request.userId,
      guildId: request.channel.guildId,
      channelId: request.channel.id,
      commandName: request.commandName ?? null,
      customId: request.customId ?? null,
      sourceMessageId: request.message?.id ?? null,
      openedBy: request.openedBy ?? null,
      dispatchedAtMs: this.core.clock.nowMs(),
      payload,
      callback: null,
      originalMessageId: null,
      followUpIds: [],
      modal: null,
      autocompleteChoices: null,
    };
    this.core.state.interactions.set(id, record);
    this.core.gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
    return new InteractionHandle(this.core, record);
  }
}

function withResolved(resolved: ResolvedDataBuilder): {
  resolved?: NonNullable<ReturnType<ResolvedDataBuilder['toApi']>>;
} {
  const data = resolved.toApi();
  return data ? { resolved: data } : {};
}

/** What the Discord client allows in a select: between min and max values, picked from its options. */
function checkSelection(component: FoundComponent, values: readonly string[], resolved: ResolvedDataBuilder): void {
  const min = component.min_values ?? 1;
  const max = component.max_values ?? 1;
  const label = `Select "${component.custom_id ?? ''}"`;
  if (values.length < min || values.length > max)
    throw new Error(`${label} takes ${min} to ${max} values, got ${values.length}`);
  switch (component.type) {
    case ComponentType.StringSelect:
      for (const value of values) {
        if (!component.options?.some((option) => option.value === value))
          throw new Error(`${label} has no option "${value}"`);
      }
      return;
    case ComponentType.UserSelect:
      values.forEach((id) => {
        resolved.addUser(id);
      });
      return;
    case ComponentType.RoleSelect:
      values.forEach((id) => {
        resolved.addRole(id);
      });
      return;
    case ComponentType.MentionableSelect:
      values.forEach((id) => {
        resolved.addMentionable(id);
      });
      return;
    case ComponentType.ChannelSelect:
      values.forEach((id) => {
        resolved.addChannel(id);
      });
      return;
    default:
      throw new Error(`"${component.custom_id ?? ''}" is not a select menu`);
  }
}

/**
 * The modal's components as a submit carries them: the same layout (labels or action rows), each input
 * replaced by `{ type, id, custom_id, value | values }`. Checks what the client enforces on inputs.
 */
function submittedComponents(
  layout: readonly unknown[],
  values: Readonly<Record<string, string | readonly string[]>>,
  resolved: ResolvedDataBuilder,
): unknown[] {
  const used = new Set<string>();
  let nextId = 1;
  const input = (raw: unknown): unknown => {
    const component = raw as FoundComponent & { id?: number };
    const id = component.id ?? nextId;
    nextId = Math.max(nextId, id) + 1;
    const customId = component.custom_id ?? '';
    const given = values[customId];
    used.add(customId);
    if (component.type === ComponentType.TextInput) {
      const text = typeof given === 'string' ? given : '';
      const label = `Text input "${customId}"`;
      if (component.required !== false && text.length === 0) throw new Error(`${label} is required`);
      if (text.length > 0 && component.min_length !== undefined && text.length < component.min_length) {
        throw new Error(`${label} needs at least ${component.min_length} characters`);
      }
      if (text.length > (component.max_length ?? 4000))
        throw new Error(`${label} takes at most ${component.max_length ?? 4000} characters`);
      return { type: ComponentType.TextInput, id, custom_id: customId, value: text };
    }
    const picked = typeof given === 'string' ? [given] : [...(given ?? [])];
    if (component.type === ComponentType.StringSelect || ENTITY_SELECTS.has(component.type)) {
      checkSelection(
        component.required === false && picked.length === 0 ? { ...component, min_values: 0 } : component,
        picked,
        resolved,
      );
    }
    return { type: component.type, id, custom_id: customId, values: picked };
  };
  const submitted = layout.map((raw) => {
    const component = raw as { type?: ComponentType; id?: number; component?: unknown; components?: unknown[] };
    const id = component.id ?? nextId;
    nextId = Math.max(nextId, id) + 1;
    if (component.type === ComponentType.Label)
      return { type: ComponentType.Label, id, component: input(component.component) };
    if (component.type === ComponentType.ActionRow) {
      return { type: ComponentType.ActionRow, id, components: (component.components ?? []).map(input) };
    }
    return { type: component.type, id };
  });
  const unknown = Object.keys(values).filter((customId) => !used.has(customId));
  if (unknown.length > 0) throw new Error(`The modal has no inputs named ${unknown.join(', ')}`);
  return submitted;
}
