import type { LocaleCatalog } from '../../catalog-shape.js';

const withOption = { name: 'con', description: 'La otra persona, si tienes varias mentorías' };
const milestoneOption = { name: 'hito', description: 'Su número en el resumen' };

export const mentorship = {
  name: 'mentorías',
  description: 'Tus mentorías: el acuerdo, los objetivos y los hitos',
  list: { name: 'lista', description: 'Tus solicitudes y mentorías, como mentee y como mentor' },
  agreement: {
    name: 'acuerdo',
    description: 'Mira o cambia cómo trabajan juntos; tras un cambio, ambos confirman de nuevo',
    options: {
      cadence: {
        name: 'frecuencia',
        description: 'Cada cuánto se reúnen',
        choices: { weekly: 'Cada semana', biweekly: 'Cada dos semanas', monthly: 'Cada mes' },
      },
      length: { name: 'duración', description: 'Duración prevista en semanas (de 4 a 52)' },
      format: { name: 'formato', description: 'Cómo trabajan juntos' },
      with: withOption,
    },
  },
  goals: {
    name: 'objetivos',
    description: 'Hitos hacia los objetivos',
    add: {
      name: 'agregar',
      description: 'Agrega un hito',
      options: {
        title: { name: 'título', description: 'Cómo se ve cuando está hecho (hasta 100 caracteres)' },
        with: withOption,
      },
    },
    edit: {
      name: 'editar',
      description: 'Cambia el nombre de un hito',
      options: {
        milestone: milestoneOption,
        title: { name: 'título', description: 'El nuevo título (hasta 100 caracteres)' },
        with: withOption,
      },
    },
    done: {
      name: 'hecho',
      description: 'Marca un hito como alcanzado',
      options: { milestone: milestoneOption, with: withOption },
    },
    drop: {
      name: 'descartar',
      description: 'Descarta un hito que ya no encaja (queda tachado en la lista)',
      options: { milestone: milestoneOption, with: withOption },
    },
  },
  pause: {
    name: 'pausar',
    description: 'Pausa la mentoría: los seguimientos se detienen y la plaza se mantiene',
    options: { with: withOption },
  },
  resume: {
    name: 'retomar',
    description: 'Retoma una mentoría en pausa',
    options: { with: withOption },
  },
  end: {
    name: 'cerrar',
    description: 'Cierra la mentoría con buen rollo; a los dos se os pide feedback privado',
    options: {
      reason: {
        name: 'motivo',
        description: 'Por qué se cierra',
        choices: {
          completed: 'Completada',
          goalsChanged: 'Cambio de objetivos',
          noTime: 'Falta de tiempo',
          noResponse: 'Sin respuesta',
          mismatch: 'No encajamos',
          other: 'Otro',
        },
      },
      with: withOption,
    },
  },
} as const satisfies LocaleCatalog['commands']['mentorship'];
