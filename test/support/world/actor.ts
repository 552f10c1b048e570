import type { OptionValue } from '../discord/interactions/command-options.js';
import type { InteractionHandle } from '../discord/interactions/interaction-handle.js';
import type { MessageRecord } from '../discord/state/records.js';
import { buttonsOn, Seen } from './seen.js';
import type { World } from './world.js';

/** A member of the test server, acting as a person would in the Discord client. */
export class Actor {
  constructor(
    readonly world: World,
    readonly id: string,
    readonly name: string,
  ) {}

  /** Runs `/name sub` with options in the world's main channel and returns what this user sees. */
  async slash(
    command: string,
    options: Readonly<Record<string, OptionValue>> = {},
    channel = 'general',
  ): Promise<Seen> {
    return this.act(
      this.world.emulator.interactions.chatInput({
        userId: this.id,
        channelId: this.world.channel(channel).id,
        name: command,
        options,
      }),
    );
  }

  /** Runs a message command from the Apps menu of `message` (a post this user can see). */
  async messageCommand(name: string, message: MessageRecord): Promise<Seen> {
    return this.act(this.world.emulator.interactions.messageCommand({ userId: this.id, message, name }));
  }

  /** Types `text` into `option` of a command and returns the choices offered. */
  async autocomplete(
    command: string,
    option: string,
    text: string,
    otherOptions: Readonly<Record<string, OptionValue>> = {},
  ): Promise<Seen['choices']> {
    const seen = await this.act(
      this.world.emulator.interactions.autocomplete({
        userId: this.id,
        channelId: this.world.channel('general').id,
        name: command,
        options: { ...otherOptions, [option]: text },
        focused: option,
      }),
    );
    return seen.choices;
  }

  async act(handle: InteractionHandle): Promise<Seen> {
    return new Seen(this, handle, await handle.reply());
  }

  /** Presses a button by its label on any message this user can see: a reply, a DM, a channel post. */
  async press(message: MessageRecord, label: string | RegExp): Promise<Seen> {
    const buttons = buttonsOn(message);
    const button = buttons.find((b) => (typeof label === 'string' ? b.label === label : label.test(b.label)));
    if (!button) {
      throw new Error(
        `No button "${String(label)}" on the message; there are: ${buttons.map((b) => b.label).join(', ')}`,
      );
    }
    return this.act(this.world.emulator.interactions.button({ userId: this.id, message, customId: button.customId }));
  }

  /** Direct messages the bot sent this user. */
  dms(): MessageRecord[] {
    return this.world.emulator.state.dmsTo(this.id);
  }

  /** Waits for a direct message whose text matches: the bot may send it just after answering. */
  async dmMatching(pattern: RegExp): Promise<MessageRecord> {
    return this.world.emulator.waitFor(
      () => this.dms().find((m) => pattern.test([m.content, ...m.embeds.map((e) => e.description ?? '')].join('\n'))),
      { description: `a DM to ${this.name} matching ${String(pattern)}` },
    );
  }

  /** The member's role ids as Discord holds them now. */
  roles(): string[] {
    return this.world.emulator.state.member(this.world.guild.id, this.id)?.roles ?? [];
  }
}
