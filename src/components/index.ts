import type { ComponentHandler } from '../discord/component.js';

/** Every button, select and modal handler, claimed by its custom-id route. */
export const components: readonly ComponentHandler[] = [];
