import {
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  type APIApplicationCommandOptionChoice,
  type APIModalInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import type { EmulatorCore } from '../core.js';
import { toApiMessage } from '../payloads/message.js';
import { DiscordErrors } from '../rest/discord-error.js';
import type { UploadedFile } from '../rest/router.js';
import type { ChannelRecord, InteractionRecord, MessageRecord } from '../state/records.js';
import { FormErrors } from '../validation/form-errors.js';
import { validateModal } from '../validation/modal.js';
import { createMessage, editMessage } from './messages.js';

/** Which callback types each kind of interaction accepts. */
function allowedCallbackTypes(interaction: InteractionRecord): InteractionResponseType[] {
  const { ChannelMessageWithSource, DeferredChannelMessageWithSource, DeferredMessageUpdate, UpdateMessage, Modal } =
    InteractionResponseType;
  switch (interaction.type) {
    case InteractionType.ApplicationCommand:
      return [ChannelMessageWithSource, DeferredChannelMessageWithSource, Modal];
    case InteractionType.MessageComponent:
      return [ChannelMessageWithSource, DeferredChannelMessageWithSource, DeferredMessageUpdate, UpdateMessage, Modal];
    case InteractionType.ApplicationCommandAutocomplete:
      return [InteractionResponseType.ApplicationCommandAutocompleteResult];
    case InteractionType.ModalSubmit:
      // A modal cannot answer a modal; updating needs the message whose component opened the modal.
      return interaction.sourceMessageId
        ? [ChannelMessageWithSource, DeferredChannelMessageWithSource, DeferredMessageUpdate, UpdateMessage]
        : [ChannelMessageWithSource, DeferredChannelMessageWithSource];
    default:
      return [InteractionResponseType.Pong];
  }
}

export interface CallbackResult {
  /** Body for `?with_response=true`; null means 204. */
  response: unknown;
}

/**
 * The initial response: once, within the deadline, of a type the interaction accepts. A callback refused
 * with 400 does not count as the response (the bot may fix it and try again before the deadline).
 */
export function answerInteraction(
  core: EmulatorCore,
  interactionId: string,
  token: string,
  body: unknown,
  withResponse: boolean,
): CallbackResult {
  const interaction = core.state.interaction(interactionId);
  if (interaction?.token !== token) throw DiscordErrors.unknownInteraction();
  if (interaction.callback) throw DiscordErrors.alreadyAcknowledged();
  if (core.clock.nowMs() - interaction.dispatchedAtMs > core.config.interactionDeadlineMs) {
    throw DiscordErrors.unknownInteraction();
  }
  const raw = (body ?? {}) as { type?: unknown; data?: unknown };
  const errors = new FormErrors();
  errors.choices(['type'], raw.type, allowedCallbackTypes(interaction));
  errors.throwIfAny();
  const type = raw.type as InteractionResponseType;
  const data = raw.data ?? {};
  let message: MessageRecord | undefined;
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource:
      message = createMessage(core, {
        channel: channelOf(core, interaction),
        authorId: core.config.botUserId,
        origin: 'interaction',
        body: data,
        errorPath: ['data'],
        interaction,
        type: responseMessageType(interaction),
      });
      interaction.originalMessageId = message.id;
      break;
    case InteractionResponseType.DeferredChannelMessageWithSource: {
      const flags = (data as { flags?: unknown }).flags;
      if (typeof flags === 'number' && (flags & ~MessageFlags.Ephemeral) !== 0) {
        errors.add(
          ['data', 'flags'],
          'INTERACTION_DEFERRED_FLAGS_INVALID',
          'Only the EPHEMERAL flag can be set on a deferred response',
        );
        errors.throwIfAny();
      }
      message = createMessage(core, {
        channel: channelOf(core, interaction),
        authorId: core.config.botUserId,
        origin: 'interaction',
        body: { flags: typeof flags === 'number' ? flags : 0 },
        interaction,
        type: responseMessageType(interaction),
        loading: true,
      });
      interaction.originalMessageId = message.id;
      break;
    }
    case InteractionResponseType.DeferredMessageUpdate:
      interaction.originalMessageId = interaction.sourceMessageId;
      break;
    case InteractionResponseType.UpdateMessage: {
      const source = sourceMessage(core, interaction);
      message = editMessage(core, source, { origin: 'interaction', body: data, errorPath: ['data'] });
      interaction.originalMessageId = source.id;
      break;
    }
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      interaction.autocompleteChoices = readChoices(errors, data);
      break;
    case InteractionResponseType.Modal:
      validateModal(errors, ['data'], data);
      errors.throwIfAny();
      interaction.modal = data as APIModalInteractionResponseCallbackData;
      break;
    default:
      break;
  }
  interaction.callback = { type, data: raw.data, at: core.clock.now() };
  core.changes.notify();
  if (!withResponse) return { response: null };
  return {
    response: {
      interaction: {
        id: interaction.id,
        type: interaction.type,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: (message.flags & MessageFlags.Loading) !== 0,
              response_message_ephemeral: (message.flags & MessageFlags.Ephemeral) !== 0,
            }
          : {}),
      },
      resource: { type, ...(message ? { message: toApiMessage(core.state, message) } : {}) },
    },
  };
}

/** The interaction behind a webhook token: 10015 when unknown, 401 50027 once the 15-minute lifetime is over. */
export function interactionForWebhook(core: EmulatorCore, applicationId: string, token: string): InteractionRecord {
  const interaction = applicationId === core.config.applicationId ? core.state.interactionByToken(token) : undefined;
  if (!interaction) throw DiscordErrors.unknownWebhook();
  if (core.clock.nowMs() - interaction.dispatchedAtMs > core.config.interactionTokenLifetimeMs) {
    throw DiscordErrors.invalidWebhookToken();
  }
  return interaction;
}

/** `@original` or a follow-up id, resolved to a message this interaction's token may touch. */
export function webhookMessage(core: EmulatorCore, interaction: InteractionRecord, messageId: string): MessageRecord {
  const id = messageId === '@original' ? interaction.originalMessageId : messageId;
  const belongs = id !== null && (id === interaction.originalMessageId || interaction.followUpIds.includes(id));
  const message = belongs ? core.state.message(id) : undefined;
  if (!message || message.deleted) throw DiscordErrors.unknownMessage();
  return message;
}

/**
 * A follow-up. Right after a deferred response it fills the "thinking…" placeholder instead of creating a
 * message, keeping the placeholder's ephemeral state (Discord's documented backwards-compatible behaviour).
 */
export function sendFollowUp(
  core: EmulatorCore,
  interaction: InteractionRecord,
  body: unknown,
  files: readonly UploadedFile[],
): MessageRecord {
  if (!interaction.callback || interaction.type === InteractionType.ApplicationCommandAutocomplete) {
    throw DiscordErrors.unknownWebhook();
  }
  const original = interaction.originalMessageId ? core.state.message(interaction.originalMessageId) : undefined;
  if (
    interaction.callback.type === InteractionResponseType.DeferredChannelMessageWithSource &&
    original &&
    (original.flags & MessageFlags.Loading) !== 0
  ) {
    const { flags: _ignored, ...withoutFlags } = (body ?? {}) as Record<string, unknown>;
    return editMessage(core, original, { origin: 'interaction', body: withoutFlags, files });
  }
  const message = createMessage(core, {
    channel: channelOf(core, interaction),
    authorId: core.config.botUserId,
    origin: 'interaction',
    body,
    files,
    interaction,
    type: responseMessageType(interaction),
  });
  interaction.followUpIds.push(message.id);
  return message;
}

function channelOf(core: EmulatorCore, interaction: InteractionRecord): ChannelRecord {
  const channel = core.state.channel(interaction.channelId);
  if (!channel) throw DiscordErrors.unknownChannel();
  return channel;
}

function sourceMessage(core: EmulatorCore, interaction: InteractionRecord): MessageRecord {
  const message = interaction.sourceMessageId ? core.state.message(interaction.sourceMessageId) : undefined;
  if (!message || message.deleted) throw DiscordErrors.unknownMessage();
  return message;
}

function responseMessageType(interaction: InteractionRecord): MessageType {
  if (interaction.kind === 'messageCommand') return MessageType.ContextMenuCommand;
  return interaction.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default;
}

function readChoices(errors: FormErrors, data: unknown): APIApplicationCommandOptionChoice[] {
  const choices = (data as { choices?: unknown }).choices;
  const list = Array.isArray(choices) ? (choices as { name?: unknown; value?: unknown }[]) : [];
  errors.maxItems(['data', 'choices'], list, 25);
  list.forEach((choice, index) => {
    errors.length(['data', 'choices', index, 'name'], choice.name, 1, 100);
    if (typeof choice.value === 'string') errors.maxLength(['data', 'choices', index, 'value'], choice.value, 100);
    else if (typeof choice.value !== 'number') errors.required(['data', 'choices', index, 'value']);
  });
  errors.throwIfAny();
  return list as APIApplicationCommandOptionChoice[];
}
