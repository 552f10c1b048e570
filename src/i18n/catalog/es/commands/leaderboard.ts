import type { LocaleCatalog } from '../../catalog-shape.js';

export const leaderboard = {
  name: 'clasificación',
  description: 'Quién más ayudó: puntos por sesiones confirmadas y agradecimientos',
  options: {
    period: {
      name: 'período',
      description: 'Esta semana (por defecto), este mes o el histórico',
      choices: { week: 'Esta semana', month: 'Este mes', all: 'Histórico' },
    },
    specialty: { name: 'especialidad', description: 'Solo mentores de esta especialidad' },
  },
} as const satisfies LocaleCatalog['commands']['leaderboard'];
