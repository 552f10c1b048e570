import {
  ApplicationCommandOptionType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
} from 'discord-api-types/v10';
import type { ResolvedDataBuilder } from './resolved-data.js';

/** What a user types or picks for an option: text, numbers, booleans, or the id of a user/role/channel. */
export type OptionValue = string | number | boolean;

/** An option as it travels in INTERACTION_CREATE (`data.options`). */
export interface InteractionOption {
  type: ApplicationCommandOptionType;
  name: string;
  value?: OptionValue;
  focused?: boolean;
  options?: InteractionOption[];
}

export interface OptionRequest {
  /** Subcommand group and/or subcommand, e.g. `['find']` or `['admin', 'add']`. */
  subcommandPath: readonly string[];
  values: Readonly<Record<string, OptionValue>>;
  /** For autocomplete: the option being typed in (its value is partial text, not checked). */
  focused?: string;
}

/**
 * Turns `{ skill: 'ts', mentor: '<userId>' }` into the `options` tree Discord would send for the registered
 * command, checking what the Discord client enforces (known names, types, choices, bounds, required options)
 * and filling `resolved` for users, roles and channels. A mistake here is a mistake in the test, so it throws.
 */
export function buildCommandOptions(
  commandName: string,
  definition: readonly APIApplicationCommandOption[],
  request: OptionRequest,
  resolved: ResolvedDataBuilder,
): InteractionOption[] {
  const [first, second] = request.subcommandPath;
  const hasSubcommands = definition.some(
    (option) =>
      option.type === ApplicationCommandOptionType.Subcommand ||
      option.type === ApplicationCommandOptionType.SubcommandGroup,
  );
  if (!hasSubcommands) {
    if (first !== undefined) throw new Error(`/${commandName} has no subcommand "${first}"`);
    return buildLeafOptions(commandName, definition as APIApplicationCommandBasicOption[], request, resolved);
  }
  const top = definition.find((option) => option.name === first);
  if (!top)
    throw new Error(
      `/${commandName} needs one of its subcommands: ${definition.map((option) => option.name).join(', ')}`,
    );
  if (top.type === ApplicationCommandOptionType.SubcommandGroup) {
    const sub = top.options?.find((option) => option.name === second);
    if (!sub) throw new Error(`/${commandName} ${top.name} has no subcommand "${String(second)}"`);
    const label = `${commandName} ${top.name} ${sub.name}`;
    return [
      {
        type: top.type,
        name: top.name,
        options: [
          { type: sub.type, name: sub.name, options: buildLeafOptions(label, sub.options ?? [], request, resolved) },
        ],
      },
    ];
  }
  if (top.type !== ApplicationCommandOptionType.Subcommand)
    throw new Error(`/${commandName} ${top.name} is not a subcommand`);
  return [
    {
      type: top.type,
      name: top.name,
      options: buildLeafOptions(`${commandName} ${top.name}`, top.options ?? [], request, resolved),
    },
  ];
}

function buildLeafOptions(
  label: string,
  definition: readonly APIApplicationCommandBasicOption[],
  request: OptionRequest,
  resolved: ResolvedDataBuilder,
): InteractionOption[] {
  for (const name of Object.keys(request.values)) {
    if (!definition.some((option) => option.name === name)) throw new Error(`/${label} has no option "${name}"`);
  }
  const options: InteractionOption[] = [];
  for (const option of definition) {
    const value = request.values[option.name];
    const focused = request.focused === option.name;
    if (value === undefined) {
      if (option.required && request.focused === undefined) throw new Error(`/${label} needs option "${option.name}"`);
      continue;
    }
    if (focused) {
      options.push({ type: option.type, name: option.name, value: String(value), focused: true });
      continue;
    }
    checkValue(label, option, value, resolved);
    options.push({ type: option.type, name: option.name, value });
  }
  if (request.focused !== undefined && !options.some((option) => option.focused)) {
    throw new Error(`/${label}: the focused option "${request.focused}" needs a value (the text typed so far)`);
  }
  return options;
}

function checkValue(
  label: string,
  option: APIApplicationCommandBasicOption,
  value: OptionValue,
  resolved: ResolvedDataBuilder,
): void {
  const fail = (problem: string): never => {
    throw new Error(`/${label} option "${option.name}": ${problem}`);
  };
  switch (option.type) {
    case ApplicationCommandOptionType.String:
      if (typeof value !== 'string') fail('expects text');
      if (option.min_length !== undefined && String(value).length < option.min_length)
        fail(`shorter than ${option.min_length}`);
      if (option.max_length !== undefined && String(value).length > option.max_length)
        fail(`longer than ${option.max_length}`);
      break;
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
      if (typeof value !== 'number') fail('expects a number');
      if (option.type === ApplicationCommandOptionType.Integer && !Number.isInteger(value)) fail('expects an integer');
      if (option.min_value !== undefined && Number(value) < option.min_value) fail(`below ${option.min_value}`);
      if (option.max_value !== undefined && Number(value) > option.max_value) fail(`above ${option.max_value}`);
      break;
    case ApplicationCommandOptionType.Boolean:
      if (typeof value !== 'boolean') fail('expects true or false');
      break;
    case ApplicationCommandOptionType.User:
      resolved.addUser(String(value));
      break;
    case ApplicationCommandOptionType.Role:
      resolved.addRole(String(value));
      break;
    case ApplicationCommandOptionType.Mentionable:
      resolved.addMentionable(String(value));
      break;
    case ApplicationCommandOptionType.Channel:
      resolved.addChannel(String(value), option.channel_types);
      break;
    default:
      fail('attachments cannot be sent through the emulator');
  }
  const choices: readonly { value: OptionValue }[] = ('choices' in option ? option.choices : undefined) ?? [];
  if (choices.length > 0 && !choices.some((choice) => choice.value === value)) {
    fail(`must be one of ${choices.map((choice) => JSON.stringify(choice.value)).join(', ')}`);
  }
}
