import { ComponentType, type APIComponentInMessageActionRow, type APIEmbed } from 'discord-api-types/v10';
import type { InteractionHandle, InteractionReply } from '../discord/interactions/interaction-handle.js';
import type { MessageRecord } from '../discord/state/records.js';
import type { Actor } from './actor.js';

type MessageComponent = APIComponentInMessageActionRow;

export interface ButtonOnMessage {
  label: string;
  customId: string;
  disabled: boolean;
}

export function componentsOn(message: MessageRecord): MessageComponent[] {
  return message.components.flatMap((row) => (row.type === ComponentType.ActionRow ? row.components : []));
}

export function buttonsOn(message: MessageRecord): ButtonOnMessage[] {
  return componentsOn(message).flatMap((c) =>
    c.type === ComponentType.Button && 'custom_id' in c
      ? [{ label: c.label ?? '', customId: c.custom_id, disabled: c.disabled ?? false }]
      : [],
  );
}

/**
 * What a user sees after an interaction: a message (or an updated one), a modal, or autocomplete
 * choices, with the next moves a user could make from there.
 */
export class Seen {
  constructor(
    readonly actor: Actor,
    readonly handle: InteractionHandle,
    readonly reply: InteractionReply,
  ) {}

  get kind(): InteractionReply['kind'] {
    return this.reply.kind;
  }

  get content(): string {
    return 'content' in this.reply ? this.reply.content : '';
  }

  get embeds(): APIEmbed[] {
    return 'embeds' in this.reply ? this.reply.embeds : [];
  }

  get ephemeral(): boolean {
    return 'ephemeral' in this.reply && this.reply.ephemeral;
  }

  get message(): MessageRecord {
    if (!('message' in this.reply)) throw new Error(`The bot answered with a ${this.reply.kind}, not a message`);
    return this.reply.message;
  }

  /** All text a user reads: content, embed titles, descriptions and fields. */
  get text(): string {
    const embedText = this.embeds.flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).map((f) => `${f.name}: ${f.value}`),
      e.footer?.text ?? '',
    ]);
    return [this.content, ...embedText].filter(Boolean).join('\n');
  }

  get choices(): { name: string; value: string | number }[] {
    if (this.reply.kind !== 'autocomplete') throw new Error(`The bot answered with a ${this.reply.kind}`);
    return this.reply.choices;
  }

  /** The components of the message as it is now (later edits included). */
  components(): MessageComponent[] {
    return componentsOn(this.message);
  }

  buttons(): ButtonOnMessage[] {
    return buttonsOn(this.message);
  }

  /** Presses the button with this label, as this user or as `as`. */
  async click(label: string | RegExp, as: Actor = this.actor): Promise<Seen> {
    return as.press(this.message, label);
  }

  /** Picks values in the select whose placeholder matches. */
  async select(placeholder: string | RegExp, values: readonly string[], as: Actor = this.actor): Promise<Seen> {
    const select = this.components().find(
      (c) =>
        c.type !== ComponentType.Button &&
        'placeholder' in c &&
        (typeof placeholder === 'string' ? c.placeholder === placeholder : placeholder.test(c.placeholder ?? '')),
    );
    if (!select || !('custom_id' in select)) throw new Error(`No select "${String(placeholder)}" on the message`);
    return as.act(
      as.world.emulator.interactions.select({
        userId: as.id,
        message: this.message,
        customId: select.custom_id,
        values,
      }),
    );
  }

  /** Fills in and submits the modal this interaction opened. */
  async submitModal(values: Readonly<Record<string, string>>): Promise<Seen> {
    if (this.reply.kind !== 'modal') throw new Error(`The bot answered with a ${this.reply.kind}, not a modal`);
    return this.actor.act(this.actor.world.emulator.interactions.modalSubmit(this.handle, { values }));
  }
}
