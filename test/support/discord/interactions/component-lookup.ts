import type { ComponentType } from 'discord-api-types/v10';

/** An interactive component as found in a message or modal, typed loosely: it is read, never sent back. */
export interface FoundComponent {
  type: ComponentType;
  custom_id?: string;
  style?: number;
  disabled?: boolean;
  options?: { value: string; default?: boolean }[];
  min_values?: number;
  max_values?: number;
  required?: boolean;
  min_length?: number;
  max_length?: number;
  label?: string;
}

/** Every component in a tree: action rows, containers, sections (and their accessories), labels. */
export function allComponents(components: readonly unknown[]): FoundComponent[] {
  const found: FoundComponent[] = [];
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    const component = value as FoundComponent & { components?: unknown; accessory?: unknown; component?: unknown };
    found.push(component);
    if (Array.isArray(component.components)) component.components.forEach(visit);
    if (component.accessory) visit(component.accessory);
    if (component.component) visit(component.component);
  };
  components.forEach(visit);
  return found;
}

export function findByCustomId(components: readonly unknown[], customId: string): FoundComponent | undefined {
  return allComponents(components).find((component) => component.custom_id === customId);
}
