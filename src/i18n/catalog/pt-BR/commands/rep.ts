import type { LocaleCatalog } from '../../catalog-shape.js';

export const rep = {
  name: 'rep',
  description: 'Reputação de um membro: pontos, reconhecimentos recentes, avaliação',
  options: { user: { name: 'membro', description: 'De quem (você, por padrão)' } },
} as const satisfies LocaleCatalog['commands']['rep'];
