import type { LocaleCatalog } from '../../catalog-shape.js';

export const mentors = {
  name: 'mentores',
  description: 'Encontre mentores neste servidor',
  request: {
    name: 'pedir',
    description: 'Publique um pedido que qualquer mentor da especialidade pode assumir',
    options: { specialty: { name: 'especialidade', description: 'O tema' } },
  },
  find: {
    name: 'buscar',
    description: 'Mentores que conhecem seu tema, têm horários em comum e vaga para você',
    options: {
      specialty: { name: 'especialidade', description: 'O tema' },
      skill: { name: 'habilidade', description: 'Algo em que você quer ajuda: quem domina aparece primeiro' },
      format: { name: 'formato', description: 'Como você quer se encontrar' },
      language: { name: 'idioma', description: 'Um idioma que a pessoa fale' },
      available: {
        name: 'disponiveis',
        description: 'Só mentores livres agora ou nesta semana',
        choices: { now: 'Agora', thisWeek: 'Nesta semana' },
      },
    },
  },
} as const satisfies LocaleCatalog['commands']['mentors'];
