import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import type { FieldPath, FormErrors } from './form-errors.js';

/** Raw component input: validated field by field, so it is typed loosely on purpose. */
export interface ComponentInput {
  type?: unknown;
  custom_id?: unknown;
  style?: unknown;
  label?: unknown;
  url?: unknown;
  sku_id?: unknown;
  emoji?: unknown;
  options?: unknown;
  placeholder?: unknown;
  min_values?: unknown;
  max_values?: unknown;
  default_values?: unknown;
  disabled?: unknown;
  components?: unknown;
  component?: unknown;
  accessory?: unknown;
  content?: unknown;
  items?: unknown;
  media?: unknown;
  file?: unknown;
  description?: unknown;
  min_length?: unknown;
  max_length?: unknown;
  value?: unknown;
  spacing?: unknown;
}

export const SELECT_TYPES: ReadonlySet<unknown> = new Set([
  ComponentType.StringSelect,
  ComponentType.UserSelect,
  ComponentType.RoleSelect,
  ComponentType.MentionableSelect,
  ComponentType.ChannelSelect,
]);

// Built at run time: the `v` flag (for \p{RGI_Emoji}) is newer than the TypeScript target.
const SINGLE_EMOJI = new RegExp('^\\p{RGI_Emoji}$', 'v');

/**
 * A component emoji: a custom one needs a snowflake id; a standard one is exactly one emoji Discord knows
 * (text such as "🐍%" or "snake" is refused with BUTTON_COMPONENT_INVALID_EMOJI, whatever the component).
 */
export function checkComponentEmoji(errors: FormErrors, path: FieldPath, emoji: unknown): void {
  if (emoji === undefined || emoji === null) return;
  const { id, name } = emoji as { id?: unknown; name?: unknown };
  const invalid = () => {
    errors.add([...path, 'name'], 'BUTTON_COMPONENT_INVALID_EMOJI', 'Invalid emoji');
  };
  if (id !== undefined && id !== null) {
    if (typeof id !== 'string' || !/^\d{17,20}$/.test(id)) invalid();
    return;
  }
  if (typeof name !== 'string' || !(SINGLE_EMOJI.test(name) || SINGLE_EMOJI.test(`${name}\uFE0F`))) invalid();
}

export function asComponents(value: unknown): ComponentInput[] {
  return Array.isArray(value) ? (value as ComponentInput[]) : [];
}

/** custom_id: required, 1..100 characters, unique in the message or modal. */
export function checkCustomId(errors: FormErrors, path: FieldPath, customId: unknown, seen: Set<string>): void {
  errors.length([...path, 'custom_id'], customId, 1, 100);
  if (typeof customId !== 'string') return;
  if (seen.has(customId)) {
    errors.add([...path, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
  }
  seen.add(customId);
}

export function checkButton(errors: FormErrors, path: FieldPath, button: ComponentInput, seen: Set<string>): void {
  errors.choices(
    [...path, 'style'],
    button.style,
    Object.values(ButtonStyle).filter((v) => typeof v === 'number'),
  );
  errors.maxLength([...path, 'label'], typeof button.label === 'string' ? button.label : undefined, 80);
  checkComponentEmoji(errors, [...path, 'emoji'], button.emoji);
  if (button.style === ButtonStyle.Link) {
    if (typeof button.url !== 'string') errors.required([...path, 'url']);
    errors.maxLength([...path, 'url'], typeof button.url === 'string' ? button.url : undefined, 512);
    if (button.custom_id !== undefined) {
      errors.add(
        [...path, 'custom_id'],
        'BUTTON_COMPONENT_LINK_HAS_CUSTOM_ID',
        'A link button cannot have a custom id',
      );
    }
  } else if (button.style === ButtonStyle.Premium) {
    if (typeof button.sku_id !== 'string') errors.required([...path, 'sku_id']);
  } else {
    checkCustomId(errors, path, button.custom_id, seen);
    if (button.url !== undefined) {
      errors.add([...path, 'url'], 'BUTTON_COMPONENT_URL_NOT_ALLOWED', 'Only link buttons can have a url');
    }
  }
}

export function checkSelect(
  errors: FormErrors,
  path: FieldPath,
  select: ComponentInput,
  seen: Set<string>,
  inModal: boolean,
): void {
  checkCustomId(errors, path, select.custom_id, seen);
  errors.maxLength(
    [...path, 'placeholder'],
    typeof select.placeholder === 'string' ? select.placeholder : undefined,
    150,
  );
  errors.range([...path, 'min_values'], select.min_values, 0, 25);
  errors.range([...path, 'max_values'], select.max_values, 1, 25);
  const min = typeof select.min_values === 'number' ? select.min_values : 1;
  const max = typeof select.max_values === 'number' ? select.max_values : 1;
  if (min > max) {
    errors.add([...path, 'min_values'], 'NUMBER_TYPE_MAX', `int value should be less than or equal to ${max}.`);
  }
  if (select.type === ComponentType.StringSelect) {
    const options = Array.isArray(select.options) ? (select.options as Record<string, unknown>[]) : undefined;
    errors.count([...path, 'options'], options, 1, 25);
    (options ?? []).forEach((option, index) => {
      errors.length([...path, 'options', index, 'label'], option.label, 1, 100);
      errors.length([...path, 'options', index, 'value'], option.value, 1, 100);
      errors.maxLength(
        [...path, 'options', index, 'description'],
        typeof option.description === 'string' ? option.description : undefined,
        100,
      );
      checkComponentEmoji(errors, [...path, 'options', index, 'emoji'], option.emoji);
    });
    if (options && max > options.length) {
      errors.add(
        [...path, 'max_values'],
        'NUMBER_TYPE_MAX',
        `int value should be less than or equal to ${options.length}.`,
      );
    }
  } else if (Array.isArray(select.default_values)) {
    const count = select.default_values.length;
    if (count < min || count > max) {
      errors.add([...path, 'default_values'], 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
    }
  }
  if (inModal && select.disabled === true) {
    errors.add([...path, 'disabled'], 'COMPONENT_DISABLED_IN_MODAL', 'Modals cannot have disabled components');
  }
}

/** An action row in a message: up to five buttons, or one select alone. */
export function checkActionRow(errors: FormErrors, path: FieldPath, row: ComponentInput, seen: Set<string>): void {
  const children = asComponents(row.components);
  errors.count([...path, 'components'], children, 1, 5);
  const hasSelect = children.some((child) => SELECT_TYPES.has(child.type));
  if (hasSelect && children.length > 1) {
    errors.add(
      [...path, 'components'],
      'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
      'The specified component exceeds the maximum width',
    );
  }
  children.forEach((child, index) => {
    const at = [...path, 'components', index];
    if (child.type === ComponentType.Button) checkButton(errors, at, child, seen);
    else if (SELECT_TYPES.has(child.type)) checkSelect(errors, at, child, seen, false);
    else
      errors.add([...at, 'type'], 'COMPONENT_TYPE_INVALID', 'The specified component type is invalid in this context');
  });
}
