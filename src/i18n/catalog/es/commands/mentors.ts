import type { LocaleCatalog } from '../../catalog-shape.js';

export const mentors = {
  name: 'mentores',
  description: 'Encuentra mentores en este servidor',
  request: {
    name: 'solicitar',
    description: 'Publica una solicitud que cualquier mentor de la especialidad puede tomar',
    options: { specialty: { name: 'especialidad', description: 'El tema' } },
  },
  find: {
    name: 'buscar',
    description: 'Mentores que conocen tu tema, coinciden con tus horarios y tienen lugar para ti',
    options: {
      specialty: { name: 'especialidad', description: 'El tema' },
      skill: { name: 'habilidad', description: 'Algo en lo que quieres ayuda: quienes lo saben salen primero' },
      format: { name: 'formato', description: 'Cómo quieres reunirte' },
      language: { name: 'idioma', description: 'Un idioma que hablen' },
      available: {
        name: 'disponibles',
        description: 'Solo mentores libres ahora o esta semana',
        choices: { now: 'Ahora', thisWeek: 'Esta semana' },
      },
    },
  },
} as const satisfies LocaleCatalog['commands']['mentors'];
