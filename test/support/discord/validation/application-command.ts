import { ApplicationCommandOptionType, ApplicationCommandType, Locale } from 'discord-api-types/v10';
import type { FieldPath, FormErrors } from './form-errors.js';

const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const MAX_OPTIONS = 25;
const MAX_CHOICES = 25;
const MAX_COMMANDS_PER_TYPE = 100;

interface OptionInput {
  type?: unknown;
  name?: unknown;
  name_localizations?: unknown;
  description?: unknown;
  description_localizations?: unknown;
  required?: unknown;
  choices?: unknown;
  options?: unknown;
  autocomplete?: unknown;
  min_length?: unknown;
  max_length?: unknown;
}

const SUBCOMMAND_TYPES: ReadonlySet<unknown> = new Set([
  ApplicationCommandOptionType.Subcommand,
  ApplicationCommandOptionType.SubcommandGroup,
]);

/** A command list as sent to the bulk-overwrite endpoint: each command valid, names unique per type. */
export function validateCommandList(errors: FormErrors, commands: unknown): void {
  if (!Array.isArray(commands)) {
    errors.add([], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  const seen = new Set<string>();
  const perType = new Map<unknown, number>();
  commands.forEach((command: unknown, index) => {
    validateCommand(errors, [index], command);
    const { name, type } = (command ?? {}) as { name?: unknown; type?: unknown };
    const key = `${typeof type === 'number' ? type : ApplicationCommandType.ChatInput}:${typeof name === 'string' ? name : ''}`;
    if (seen.has(key)) {
      errors.add([index, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
    }
    seen.add(key);
    perType.set(type ?? 1, (perType.get(type ?? 1) ?? 0) + 1);
  });
  for (const count of perType.values()) {
    if (count > MAX_COMMANDS_PER_TYPE) {
      errors.add([], 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_COMMANDS_PER_TYPE} or fewer in length.`);
    }
  }
}

export function validateCommand(errors: FormErrors, path: FieldPath, raw: unknown): void {
  const command = (raw ?? {}) as OptionInput;
  const type = command.type ?? ApplicationCommandType.ChatInput;
  errors.choices([...path, 'type'], type, [1, 2, 3, 4]);
  if (type === ApplicationCommandType.ChatInput) {
    checkChatInputName(errors, [...path, 'name'], command.name);
    errors.length([...path, 'description'], command.description, 1, 100);
    checkLocalizations(errors, path, command);
    checkOptions(errors, [...path, 'options'], command.options, 0);
  } else {
    errors.length([...path, 'name'], command.name, 1, 32);
    if (typeof command.description === 'string' && command.description.length > 0) {
      errors.add(
        [...path, 'description'],
        'APPLICATION_COMMAND_DESCRIPTION_NOT_ALLOWED',
        'Context menu commands cannot have a description',
      );
    }
  }
}

const LOCALES: readonly string[] = Object.values(Locale);

/** Localized names follow the same rules as the name; localized descriptions the same length. */
function checkLocalizations(
  errors: FormErrors,
  path: FieldPath,
  item: Pick<OptionInput, 'name_localizations' | 'description_localizations'>,
): void {
  forEachLocalization(errors, [...path, 'name_localizations'], item.name_localizations, (at, value) => {
    checkChatInputName(errors, at, value);
  });
  forEachLocalization(errors, [...path, 'description_localizations'], item.description_localizations, (at, value) => {
    errors.length(at, value, 1, 100);
  });
}

/** A localization map's keys must be Discord locales; `check` judges each value. */
function forEachLocalization(
  errors: FormErrors,
  path: FieldPath,
  map: unknown,
  check: (at: FieldPath, value: unknown) => void,
): void {
  if (map === undefined || map === null) return;
  if (typeof map !== 'object' || Array.isArray(map)) {
    errors.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return;
  }
  for (const [locale, value] of Object.entries(map)) {
    if (!LOCALES.includes(locale))
      errors.add([...path, locale], 'BASE_TYPE_CHOICES', `Value must be one of ${LOCALES.join(', ')}.`);
    check([...path, locale], value);
  }
}

function checkChatInputName(errors: FormErrors, path: FieldPath, name: unknown): void {
  if (typeof name !== 'string') {
    errors.required(path);
  } else if (!CHAT_INPUT_NAME.test(name) || name !== name.toLowerCase()) {
    errors.add(path, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
}

/** Options at one level: ≤ 25, unique names, required before optional, subcommands not mixed with values. */
function checkOptions(errors: FormErrors, path: FieldPath, value: unknown, depth: number): void {
  if (value === undefined || value === null) return;
  const options = Array.isArray(value) ? (value as OptionInput[]) : [];
  errors.maxItems(path, options, MAX_OPTIONS);
  const names = new Set<string>();
  let sawOptional = false;
  const subcommands = options.filter((option) => SUBCOMMAND_TYPES.has(option.type)).length;
  if (subcommands > 0 && subcommands < options.length) {
    errors.add(
      path,
      'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
      'Sub-command and sub-command group option types are mutually exclusive to all other types',
    );
  }
  options.forEach((option, index) => {
    const at = [...path, index];
    errors.choices(
      [...at, 'type'],
      option.type,
      Object.values(ApplicationCommandOptionType).filter((v) => typeof v === 'number'),
    );
    checkChatInputName(errors, [...at, 'name'], option.name);
    errors.length([...at, 'description'], option.description, 1, 100);
    checkLocalizations(errors, at, option);
    if (typeof option.name === 'string') {
      if (names.has(option.name))
        errors.add([...at, 'name'], 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Option names must be unique');
      names.add(option.name);
    }
    if (option.required === true && sawOptional) {
      errors.add(
        [...at, 'required'],
        'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        'Required options must be placed before non-required options',
      );
    }
    if (option.required !== true && !SUBCOMMAND_TYPES.has(option.type)) sawOptional = true;
    if (Array.isArray(option.choices)) {
      errors.maxItems([...at, 'choices'], option.choices, MAX_CHOICES);
      if (option.autocomplete === true) {
        errors.add(
          [...at, 'autocomplete'],
          'APPLICATION_COMMAND_AUTOCOMPLETE_INVALID',
          'Autocomplete and choices cannot both be set',
        );
      }
      (option.choices as { name?: unknown; name_localizations?: unknown }[]).forEach((choice, choiceIndex) => {
        errors.length([...at, 'choices', choiceIndex, 'name'], choice.name, 1, 100);
        forEachLocalization(
          errors,
          [...at, 'choices', choiceIndex, 'name_localizations'],
          choice.name_localizations,
          (p, v) => {
            errors.length(p, v, 1, 100);
          },
        );
      });
    }
    errors.range([...at, 'min_length'], option.min_length, 0, 6000);
    errors.range([...at, 'max_length'], option.max_length, 1, 6000);
    if (option.type === ApplicationCommandOptionType.SubcommandGroup) {
      if (depth > 0)
        errors.add([...at, 'type'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Sub-command groups cannot be nested');
      const children = Array.isArray(option.options) ? (option.options as OptionInput[]) : [];
      if (children.some((child) => child.type !== ApplicationCommandOptionType.Subcommand)) {
        errors.add(
          [...at, 'options'],
          'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
          'Sub-command groups may only contain sub-commands',
        );
      }
      checkOptions(errors, [...at, 'options'], option.options, depth + 1);
    } else if (option.type === ApplicationCommandOptionType.Subcommand) {
      checkOptions(errors, [...at, 'options'], option.options, depth + 1);
      const children = Array.isArray(option.options) ? (option.options as OptionInput[]) : [];
      if (children.some((child) => SUBCOMMAND_TYPES.has(child.type))) {
        errors.add(
          [...at, 'options'],
          'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
          'Sub-commands cannot contain sub-commands',
        );
      }
    }
  });
}
