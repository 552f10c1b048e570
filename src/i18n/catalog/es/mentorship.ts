import type { LocaleCatalog } from '../catalog-shape.js';

export const mentorship = {
  errors: {
    none: 'No tienes ninguna mentoría activa en este servidor.',
    noneWith: 'No tienes ninguna mentoría activa con <@{{otherId}}>.',
    several_one:
      'Tienes {{count}} mentoría activa; usa esto en su hilo o indica a la otra persona con la opción `with`.',
    several_other:
      'Tienes {{count}} mentorías activas; usa esto en el hilo de la pareja o indica a la otra persona con la opción `with`.',
    notYourMentorship: 'Este hilo es de otra pareja, así que no puedes cambiar su mentoría.',
    notWithYourself: 'No puedes tener una mentoría contigo mismo; elige a la otra persona en la opción `with`.',
  },
} as const satisfies LocaleCatalog['mentorship'];
