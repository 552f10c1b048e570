import {
  InteractionResponseType,
  MessageFlags,
  type APIApplicationCommandOptionChoice,
  type APIEmbed,
  type APIInteraction,
  type APIMessageTopLevelComponent,
  type APIModalInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import type { WaitOptions } from '../change-notifier.js';
import type { EmulatorCore } from '../core.js';
import type { InteractionCallbackRecord, InteractionRecord, MessageRecord } from '../state/records.js';

const DEFAULT_REPLY_TIMEOUT_MS = 5_000;

/** A message as the user sees it once the interaction settled (a snapshot; `message` is the live record). */
export interface MessageView {
  content: string;
  embeds: APIEmbed[];
  components: APIMessageTopLevelComponent[];
  flags: number;
  ephemeral: boolean;
  message: MessageRecord;
  followUps: MessageRecord[];
}

/**
 * What the user sees after the bot answered: a new message (type 4, or 5 then filled in), an update of the
 * message the component sat on (type 7, or 6 then edited), a modal, or autocomplete choices.
 */
export type InteractionReply =
  | ({ kind: 'message' } & MessageView)
  | ({ kind: 'update' } & MessageView)
  | { kind: 'modal'; modal: APIModalInteractionResponseCallbackData }
  | { kind: 'autocomplete'; choices: APIApplicationCommandOptionChoice[] };

/** One interaction a test performed, and everything the bot did in answer to it. */
export class InteractionHandle {
  constructor(
    private readonly core: EmulatorCore,
    readonly record: InteractionRecord,
  ) {}

  get id(): string {
    return this.record.id;
  }

  get token(): string {
    return this.record.token;
  }

  /** The INTERACTION_CREATE payload as dispatched. */
  get payload(): APIInteraction {
    return this.record.payload;
  }

  /** Resolves with the initial callback once the bot sent it. */
  callback(options: WaitOptions = {}): Promise<InteractionCallbackRecord> {
    return this.core.changes.waitFor(() => this.record.callback, {
      timeoutMs: options.timeoutMs ?? DEFAULT_REPLY_TIMEOUT_MS,
      description: options.description ?? `the bot's initial response to ${this.#label()}`,
    });
  }

  /** Resolves once the user can see the answer (deferred responses resolve when they are filled in). */
  async reply(options: WaitOptions = {}): Promise<InteractionReply> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_REPLY_TIMEOUT_MS;
    const callback = await this.callback({ timeoutMs });
    return this.core.changes.waitFor(() => this.#settledReply(callback), {
      timeoutMs,
      description: options.description ?? `${this.#label()} to settle after callback type ${callback.type}`,
    });
  }

  /** The message `@original` points at (the reply, or the message a component update changed). */
  originalMessage(): MessageRecord | undefined {
    return this.record.originalMessageId ? this.core.state.message(this.record.originalMessageId) : undefined;
  }

  followUps(): MessageRecord[] {
    return this.record.followUpIds.flatMap((id) => this.core.state.message(id) ?? []);
  }

  waitForFollowUps(count: number, options: WaitOptions = {}): Promise<MessageRecord[]> {
    return this.core.changes.waitFor(() => (this.record.followUpIds.length >= count ? this.followUps() : undefined), {
      timeoutMs: options.timeoutMs ?? DEFAULT_REPLY_TIMEOUT_MS,
      description: options.description ?? `${count} follow-up(s) to ${this.#label()}`,
    });
  }

  #settledReply(callback: InteractionCallbackRecord): InteractionReply | undefined {
    const original = this.originalMessage();
    switch (callback.type) {
      case InteractionResponseType.ChannelMessageWithSource:
        return original && { kind: 'message', ...this.#view(original) };
      case InteractionResponseType.DeferredChannelMessageWithSource:
        return original && (original.flags & MessageFlags.Loading) === 0
          ? { kind: 'message', ...this.#view(original) }
          : undefined;
      case InteractionResponseType.UpdateMessage:
        return original && { kind: 'update', ...this.#view(original) };
      case InteractionResponseType.DeferredMessageUpdate: {
        const edited = original?.editedAt && original.editedAt >= callback.at;
        return original && (edited || this.record.followUpIds.length > 0)
          ? { kind: 'update', ...this.#view(original) }
          : undefined;
      }
      case InteractionResponseType.Modal:
        return this.record.modal ? { kind: 'modal', modal: this.record.modal } : undefined;
      case InteractionResponseType.ApplicationCommandAutocompleteResult:
        return { kind: 'autocomplete', choices: this.record.autocompleteChoices ?? [] };
      default:
        return undefined;
    }
  }

  #view(message: MessageRecord): MessageView {
    return {
      content: message.content,
      embeds: message.embeds,
      components: message.components,
      flags: message.flags,
      ephemeral: (message.flags & MessageFlags.Ephemeral) !== 0,
      message,
      followUps: this.followUps(),
    };
  }

  #label(): string {
    const what = this.record.commandName ? `/${this.record.commandName}` : (this.record.customId ?? this.record.kind);
    return `interaction ${this.record.id} (${this.record.kind} ${what})`;
  }
}
