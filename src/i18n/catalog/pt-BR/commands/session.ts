import type { LocaleCatalog } from '../../catalog-shape.js';

export const session = {
  name: 'sessão',
  description: 'Sessões de mentoria: registre uma, responda uma, veja o histórico',
  log: {
    name: 'registrar',
    description: 'Registre uma sessão feita em outro lugar; ela conta quando o membro confirmar',
    options: {
      with: { name: 'com', description: 'O membro que você mentorou' },
      minutes: { name: 'minutos', description: 'Quanto tempo durou, em minutos' },
      daysAgo: { name: 'dias-atrás', description: 'Há quantos dias foi (0 se foi hoje)' },
      format: { name: 'formato', description: 'Que tipo de sessão foi' },
      topics: { name: 'temas', description: 'No que vocês trabalharam (visível para quem pode ver a sessão)' },
      notes: { name: 'notas', description: 'Notas privadas (só vocês dois e os admins veem)' },
    },
  },
  pending: { name: 'pendentes', description: 'Sessões esperando a sua confirmação' },
  history: {
    name: 'histórico',
    description: 'Sessões e totais de um membro (você, por padrão)',
    options: { user: { name: 'membro', description: 'De quem são as sessões' } },
  },
} as const satisfies LocaleCatalog['commands']['session'];
