import type { LocaleCatalog } from '../../catalog-shape.js';

export const help = {
  name: 'ayuda',
  description: 'Lo que este bot puede hacer por ti y por dónde empezar',
} as const satisfies LocaleCatalog['commands']['help'];
