import { ComponentType } from 'discord-api-types/v10';
import { asComponents, checkActionRow, checkButton, type ComponentInput } from './component-rules.js';
import type { FieldPath, FormErrors } from './form-errors.js';

const MAX_LEGACY_ROWS = 5;
const MAX_V2_COMPONENTS = 40;
const MAX_V2_TEXT = 4000;

const V2_TOP_LEVEL: ReadonlySet<unknown> = new Set([
  ComponentType.ActionRow,
  ComponentType.Section,
  ComponentType.TextDisplay,
  ComponentType.MediaGallery,
  ComponentType.File,
  ComponentType.Separator,
  ComponentType.Container,
]);

const CONTAINER_CHILDREN: ReadonlySet<unknown> = new Set([
  ComponentType.ActionRow,
  ComponentType.Section,
  ComponentType.TextDisplay,
  ComponentType.MediaGallery,
  ComponentType.File,
  ComponentType.Separator,
]);

/**
 * Message components. Without the Components V2 flag only action rows are allowed (≤ 5, each with ≤ 5 buttons
 * or one select); with it, layout components too, up to 40 in total and 4000 characters of text.
 */
export function validateMessageComponents(
  errors: FormErrors,
  path: FieldPath,
  components: unknown,
  isV2: boolean,
): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) {
    errors.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  const seen = new Set<string>();
  const topLevel = components as ComponentInput[];
  if (!isV2) {
    errors.maxItems(path, topLevel, MAX_LEGACY_ROWS);
    topLevel.forEach((row, index) => {
      if (row.type === ComponentType.ActionRow) checkActionRow(errors, [...path, index], row, seen);
      else invalidType(errors, [...path, index]);
    });
    return;
  }
  const tally = { components: 0, text: 0 };
  topLevel.forEach((component, index) => {
    if (!V2_TOP_LEVEL.has(component.type)) invalidType(errors, [...path, index]);
    else checkV2Component(errors, [...path, index], component, seen, tally);
  });
  if (tally.components > MAX_V2_COMPONENTS) {
    errors.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_V2_COMPONENTS} or fewer in length.`);
  }
  if (tally.text > MAX_V2_TEXT) {
    errors.add(
      path,
      'MESSAGE_COMPONENTS_TEXT_TOO_LONG',
      `Text display content must be ${MAX_V2_TEXT} or fewer in length.`,
    );
  }
}

function checkV2Component(
  errors: FormErrors,
  path: FieldPath,
  component: ComponentInput,
  seen: Set<string>,
  tally: { components: number; text: number },
): void {
  tally.components += 1;
  switch (component.type) {
    case ComponentType.ActionRow:
      tally.components += asComponents(component.components).length;
      checkActionRow(errors, path, component, seen);
      return;
    case ComponentType.TextDisplay:
      errors.length([...path, 'content'], component.content, 1, MAX_V2_TEXT);
      tally.text += typeof component.content === 'string' ? component.content.length : 0;
      return;
    case ComponentType.Section: {
      const texts = asComponents(component.components);
      errors.count([...path, 'components'], texts, 1, 3);
      texts.forEach((text, index) => {
        if (text.type !== ComponentType.TextDisplay) invalidType(errors, [...path, 'components', index]);
        else checkV2Component(errors, [...path, 'components', index], text, seen, tally);
      });
      const accessory = (component.accessory ?? undefined) as ComponentInput | undefined;
      if (!accessory) errors.required([...path, 'accessory']);
      else if (accessory.type === ComponentType.Button) {
        tally.components += 1;
        checkButton(errors, [...path, 'accessory'], accessory, seen);
      } else if (accessory.type === ComponentType.Thumbnail) {
        checkV2Component(errors, [...path, 'accessory'], accessory, seen, tally);
      } else invalidType(errors, [...path, 'accessory']);
      return;
    }
    case ComponentType.Thumbnail:
      if (typeof (component.media as { url?: unknown } | undefined)?.url !== 'string')
        errors.required([...path, 'media', 'url']);
      errors.maxLength(
        [...path, 'description'],
        typeof component.description === 'string' ? component.description : undefined,
        1024,
      );
      return;
    case ComponentType.MediaGallery:
      errors.count([...path, 'items'], Array.isArray(component.items) ? component.items : undefined, 1, 10);
      return;
    case ComponentType.File:
      if (typeof (component.file as { url?: unknown } | undefined)?.url !== 'string')
        errors.required([...path, 'file', 'url']);
      return;
    case ComponentType.Separator:
      if (component.spacing !== undefined) errors.choices([...path, 'spacing'], component.spacing, [1, 2]);
      return;
    case ComponentType.Container:
      {
        const children = asComponents(component.components);
        errors.count([...path, 'components'], children, 1, MAX_V2_COMPONENTS);
        children.forEach((child, index) => {
          if (!CONTAINER_CHILDREN.has(child.type)) invalidType(errors, [...path, 'components', index]);
          else checkV2Component(errors, [...path, 'components', index], child, seen, tally);
        });
      }
      return;
    default:
      invalidType(errors, path);
  }
}

function invalidType(errors: FormErrors, path: FieldPath): void {
  errors.add([...path, 'type'], 'COMPONENT_TYPE_INVALID', 'The specified component type is invalid in this context');
}

/** Text a message shows through Text Display components (mentions in them notify, like content). */
export function componentText(components: readonly unknown[]): string[] {
  const texts: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    const component = value as ComponentInput;
    if (component.type === ComponentType.TextDisplay && typeof component.content === 'string')
      texts.push(component.content);
    for (const child of asComponents(component.components)) visit(child);
    if (component.accessory) visit(component.accessory);
  };
  components.forEach(visit);
  return texts;
}
