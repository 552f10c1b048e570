import type { LocaleCatalog } from '../../catalog-shape.js';

export const thanks = {
  name: 'gracias',
  description: 'Agradécele a un miembro que te ayudó',
  options: {
    user: { name: 'miembro', description: 'Quién te ayudó' },
    reason: { name: 'motivo', description: 'Por qué (se muestra con tu agradecimiento)' },
  },
  message: { name: 'Agradecer esta ayuda' },
} as const satisfies LocaleCatalog['commands']['thanks'];
