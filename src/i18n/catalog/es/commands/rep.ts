import type { LocaleCatalog } from '../../catalog-shape.js';

export const rep = {
  name: 'rep',
  description: 'Reputación de un miembro: puntos, reconocimientos recientes, valoración',
  options: { user: { name: 'miembro', description: 'De quién (tú por defecto)' } },
} as const satisfies LocaleCatalog['commands']['rep'];
