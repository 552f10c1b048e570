import type { LocaleCatalog } from '../../catalog-shape.js';

export const leaderboard = {
  name: 'ranking',
  description: 'Quem mais ajudou: pontos de sessões confirmadas e agradecimentos',
  options: {
    period: {
      name: 'período',
      description: 'Esta semana (padrão), este mês ou desde sempre',
      choices: { week: 'Esta semana', month: 'Este mês', all: 'Desde sempre' },
    },
    specialty: { name: 'especialidade', description: 'Só mentores desta especialidade' },
  },
} as const satisfies LocaleCatalog['commands']['leaderboard'];
