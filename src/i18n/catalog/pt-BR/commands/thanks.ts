import type { LocaleCatalog } from '../../catalog-shape.js';

export const thanks = {
  name: 'agradecer',
  description: 'Agradeça a um membro que te ajudou',
  options: {
    user: { name: 'membro', description: 'Quem te ajudou' },
    reason: { name: 'motivo', description: 'Pelo quê (aparece junto com o agradecimento)' },
  },
  message: { name: 'Agradecer por esta ajuda' },
} as const satisfies LocaleCatalog['commands']['thanks'];
