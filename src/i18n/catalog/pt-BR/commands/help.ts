import type { LocaleCatalog } from '../../catalog-shape.js';

export const help = {
  name: 'ajuda',
  description: 'O que este bot pode fazer por você e por onde começar',
} as const satisfies LocaleCatalog['commands']['help'];
