import type { LocaleCatalog } from '../../catalog-shape.js';

export const me = {
  name: 'yo',
  description: 'Lo que el bot sabe de ti, para que las sugerencias encajen con tu horario',
  timezone: {
    name: 'zona-horaria',
    description: 'Configura tu zona horaria',
    options: { timezone: { name: 'zona-horaria', description: 'Tu zona horaria; empieza a escribir tu ciudad' } },
  },
  hours: {
    name: 'horario',
    description: 'Cuándo puedes reunirte con un mentor cada semana, en tu zona horaria',
    options: {
      hours: {
        name: 'horario',
        description: 'Por ejemplo "mon-fri 18:00-21:00, sat 10:00-12:00"; "borrar" lo elimina',
      },
    },
  },
  requests: { name: 'solicitudes', description: 'Tus solicitudes de mentoría esperando respuesta; retira alguna aquí' },
  language: {
    name: 'idioma',
    description: 'El idioma en que el bot te habla, aquí y por mensaje directo',
    options: {
      language: {
        name: 'idioma',
        description: 'Un idioma, o el de tu Discord',
        choices: { discord: 'Seguir el idioma de mi Discord' },
      },
    },
  },
} as const satisfies LocaleCatalog['commands']['me'];
