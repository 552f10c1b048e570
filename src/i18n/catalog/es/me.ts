import type { LocaleCatalog } from '../catalog-shape.js';

export const me = {
  timezoneSaved:
    'Tu zona horaria ahora es **{{zone}}** (allí son las {{time}}). Las sugerencias de mentores ya tienen en cuenta tu horario.',
  hoursCleared: 'Borré tu horario; las sugerencias asumen de 09:00 a 22:00 en tu zona horaria.',
  hoursSaved: 'Guardé tu horario: {{hours}} ({{zone}}).',
  clearWord: 'borrar',
  languageChosen: 'Listo: desde ahora te hablo en {{language}}, en respuestas y mensajes directos.',
  languageFollowsDiscord: 'Listo: vuelvo a usar el idioma de tu Discord, en respuestas y mensajes directos.',
  errors: {
    timezoneFirst: 'Primero configura tu zona horaria, así sé a qué horas te refieres.',
  },
} as const satisfies LocaleCatalog['me'];
