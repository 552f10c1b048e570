import {
  ApplicationCommandOptionType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
} from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCommand } from '../../commands/admin.js';
import { commands } from '../../commands/index.js';
import { mentorCommand } from '../../commands/mentor.js';
import { specialtyCommand } from '../../commands/specialty.js';
import type { SlashCommand } from '../../src/discord/command.js';
import type { OptionValue } from '../support/discord/interactions/command-options.js';
import type { Actor } from '../support/world/actor.js';
import type { Seen } from '../support/world/seen.js';
import { startWorld, type World } from '../support/world/world.js';

/** Markdown, mass mentions, a role and channel mention, zero-width and right-to-left controls, an emoji. */
const STRANGE =
  '**bold** __u__ `code` @everyone @here <@&123456789012345678> <#1> \u200b\u200d \u202eevil\u202c 🐍 ||x|| ';

/** `length` UTF-16 units of strange text, never ending in half an emoji. */
function strange(length: number, pattern = STRANGE): string {
  const text = pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);
  return /[\uD800-\uDBFF]$/u.test(text) ? `${text.slice(0, -1)}x` : text;
}

interface StringOption {
  command: string;
  option: APIApplicationCommandBasicOption & { max_length?: number; autocomplete?: boolean };
  siblings: APIApplicationCommandBasicOption[];
}

/**
 * Every free-text string option of `of` (options with choices take only their choices), with the other
 * options of its subcommand, inside subcommand groups too.
 */
function stringOptions(of: readonly SlashCommand[] = [specialtyCommand, adminCommand, mentorCommand]): StringOption[] {
  const found: StringOption[] = [];
  const collect = (path: string, options: readonly APIApplicationCommandOption[]): void => {
    for (const option of options) {
      if (
        option.type === ApplicationCommandOptionType.SubcommandGroup ||
        option.type === ApplicationCommandOptionType.Subcommand
      ) {
        collect(`${path} ${option.name}`, option.options ?? []);
        continue;
      }
      const choices = (option as { choices?: readonly unknown[] }).choices ?? [];
      if (option.type === ApplicationCommandOptionType.String && choices.length === 0) {
        found.push({ command: path, option, siblings: options as APIApplicationCommandBasicOption[] });
      }
    }
  };
  for (const command of of) collect(command.data.name, command.data.options ?? []);
  return found;
}

describe('no input can break a reply: every string option of /specialty, /admin and /mentor', () => {
  let world: World;
  let admin: Actor;
  let member: Actor;
  beforeAll(async () => {
    world = await startWorld();
    admin = world.staffAdmin();
    member = world.user('member');
  });
  afterAll(async () => {
    await world.stop();
  });

  /** Valid values for the options an input under test does not fill. */
  function requiredValues(entry: StringOption): Record<string, OptionValue> {
    const values: Record<string, OptionValue> = {};
    for (const sibling of entry.siblings) {
      if (!sibling.required || sibling.name === entry.option.name) continue;
      values[sibling.name] =
        sibling.type === ApplicationCommandOptionType.User
          ? member.id
          : sibling.type === ApplicationCommandOptionType.Integer
            ? Math.max(3, sibling.min_value ?? 3)
            : sibling.type === ApplicationCommandOptionType.Boolean
              ? true
              : sibling.name === 'timezone'
                ? 'UTC'
                : sibling.name === 'specialty'
                  ? 'cloud'
                  : 'A fine value';
    }
    return values;
  }

  /** What a reply must always be: settled (never "thinking…" forever), private, within limits, pinging nobody. */
  function expectSaneReply(seen: Seen): void {
    expect(seen.kind).toBe('message');
    expect(seen.ephemeral).toBe(true);
    expect(seen.content.length).toBeLessThanOrEqual(2_000);
    expect(seen.message.pings).toEqual({ users: [], roles: [], everyone: false });
  }

  it('caps every string option of every command, so Discord refuses 6,000 characters before the bot sees them', async () => {
    const options = stringOptions(commands);
    expect(options.map((entry) => `${entry.command} ${entry.option.name}`)).toEqual(
      expect.arrayContaining([
        'specialty rename specialty',
        'specialty add emoji',
        'admin reject reason',
        'mentorship goals add title',
        'session log notes',
        'thanks reason',
      ]),
    );
    for (const entry of options) {
      expect(entry.option.max_length, `${entry.command} ${entry.option.name}`).toBeLessThanOrEqual(500);
      await expect(
        admin.slash(entry.command, { ...requiredValues(entry), [entry.option.name]: strange(6_000) }),
      ).rejects.toThrow(/longer than/);
    }
  });

  it('answers strange input at each option’s full length with a short private message', async () => {
    for (const entry of stringOptions()) {
      const max = entry.option.max_length ?? 0;
      const seen = await admin.slash(entry.command, { ...requiredValues(entry), [entry.option.name]: strange(max) });
      expectSaneReply(seen);
    }
  });

  it('autocompletes 6,000 characters of strange text with nothing rather than an error', async () => {
    for (const entry of stringOptions().filter((candidate) => candidate.option.autocomplete === true)) {
      const choices = await admin.autocomplete(entry.command, entry.option.name, strange(6_000));
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const choice of choices) expect(choice.name.length).toBeLessThanOrEqual(100);
    }
  });

  it('keeps replies and the DM within limits when the registration form and a rejection reason are full of it', async () => {
    await admin.slash('admin formal-program', { enabled: true });
    const panel = await member.slash('mentor register', { timezone: 'UTC', years: 2 });
    const picked = await panel.select('Your specialties', ['cloud']);
    const ready = await picked.select('Formats you offer', ['one-on-one']);
    const form = await ready.click('Continue');
    const refused = await form.submitModal({
      headline: strange(100),
      bio: strange(1_000, `${STRANGE}\n> quoted\n# heading\n`),
      skills: strange(400),
      availability: strange(400),
    });
    expectSaneReply(refused);
    const again = await ready.click('Continue');
    const saved = await again.submitModal({
      headline: strange(100),
      bio: strange(1_000, `${STRANGE}\n> quoted\n# heading\n`),
      skills: 'go, rust',
      availability: 'sat 10:00-12:00',
    });
    expectSaneReply(saved);
    expect(saved.embeds[0]?.description?.length ?? 0).toBeLessThanOrEqual(4_096);

    const rejected = await admin.slash('admin reject', { user: member.id, reason: strange(500) });
    expectSaneReply(rejected);
    const dm = await member.dmMatching(/was not approved/);
    expect(dm.content.length).toBeLessThanOrEqual(2_000);
    expect(dm.pings).toEqual({ users: [], roles: [], everyone: false });
  });
});
