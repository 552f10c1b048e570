import { ComponentType, TextInputStyle } from 'discord-api-types/v10';
import { asComponents, checkCustomId, checkSelect, SELECT_TYPES, type ComponentInput } from './component-rules.js';
import type { FieldPath, FormErrors } from './form-errors.js';

const MAX_TEXT_INPUT_LENGTH = 4000;

/**
 * A modal (interaction response type 9): title ≤ 45, 1..5 top-level components, each a Label wrapping an input
 * (text input or select), a legacy action row holding one labelled text input, or a Text Display.
 */
export function validateModal(errors: FormErrors, path: FieldPath, data: unknown): void {
  const modal = (data ?? {}) as { custom_id?: unknown; title?: unknown; components?: unknown };
  const seen = new Set<string>();
  checkCustomId(errors, path, modal.custom_id, seen);
  errors.length([...path, 'title'], modal.title, 1, 45);
  const components = Array.isArray(modal.components) ? (modal.components as ComponentInput[]) : undefined;
  errors.count([...path, 'components'], components, 1, 5);
  (components ?? []).forEach((component, index) => {
    const at = [...path, 'components', index];
    switch (component.type) {
      case ComponentType.Label:
        checkLabel(errors, at, component, seen);
        return;
      case ComponentType.ActionRow: {
        const inputs = asComponents(component.components);
        errors.count([...at, 'components'], inputs, 1, 1);
        inputs.forEach((input, inputIndex) => {
          const inputPath = [...at, 'components', inputIndex];
          if (input.type !== ComponentType.TextInput) invalidType(errors, inputPath);
          else checkTextInput(errors, inputPath, input, seen, true);
        });
        return;
      }
      case ComponentType.TextDisplay:
        errors.length([...at, 'content'], component.content, 1, MAX_TEXT_INPUT_LENGTH);
        return;
      default:
        invalidType(errors, at);
    }
  });
}

function checkLabel(errors: FormErrors, path: FieldPath, label: ComponentInput, seen: Set<string>): void {
  errors.length([...path, 'label'], label.label, 1, 45);
  errors.maxLength(
    [...path, 'description'],
    typeof label.description === 'string' ? label.description : undefined,
    100,
  );
  const child = (label.component ?? undefined) as ComponentInput | undefined;
  if (!child) {
    errors.required([...path, 'component']);
  } else if (child.type === ComponentType.TextInput) {
    checkTextInput(errors, [...path, 'component'], child, seen, false);
  } else if (SELECT_TYPES.has(child.type)) {
    checkSelect(errors, [...path, 'component'], child, seen, true);
  } else if (child.type === ComponentType.FileUpload) {
    checkCustomId(errors, [...path, 'component'], child.custom_id, seen);
  } else {
    invalidType(errors, [...path, 'component']);
  }
}

/** Legacy text inputs (inside action rows) carry their own label; inside a Label they must not need one. */
function checkTextInput(
  errors: FormErrors,
  path: FieldPath,
  input: ComponentInput,
  seen: Set<string>,
  labelRequired: boolean,
): void {
  checkCustomId(errors, path, input.custom_id, seen);
  errors.choices([...path, 'style'], input.style, [TextInputStyle.Short, TextInputStyle.Paragraph]);
  if (labelRequired) errors.length([...path, 'label'], input.label, 1, 45);
  else errors.maxLength([...path, 'label'], typeof input.label === 'string' ? input.label : undefined, 45);
  errors.range([...path, 'min_length'], input.min_length, 0, MAX_TEXT_INPUT_LENGTH);
  errors.range([...path, 'max_length'], input.max_length, 1, MAX_TEXT_INPUT_LENGTH);
  if (
    typeof input.min_length === 'number' &&
    typeof input.max_length === 'number' &&
    input.min_length > input.max_length
  ) {
    errors.add(
      [...path, 'min_length'],
      'NUMBER_TYPE_MAX',
      `int value should be less than or equal to ${input.max_length}.`,
    );
  }
  errors.maxLength(
    [...path, 'value'],
    typeof input.value === 'string' ? input.value : undefined,
    MAX_TEXT_INPUT_LENGTH,
  );
  errors.maxLength(
    [...path, 'placeholder'],
    typeof input.placeholder === 'string' ? input.placeholder : undefined,
    100,
  );
}

function invalidType(errors: FormErrors, path: FieldPath): void {
  errors.add([...path, 'type'], 'COMPONENT_TYPE_INVALID', 'The specified component type is invalid in this context');
}
