import type { LocaleCatalog } from '../catalog-shape.js';

export const search = {
  title: 'Mentores de {{specialty}}',
  empty:
    'Todavía no hay ningún mentor con lugar libre que coincida. Prueba sin el filtro de idioma, formato o disponibilidad, o vuelve a mirar pronto.',
  footer: '{{total}} encontrados · página {{page}} de {{pages}} · {{note}}',
  hoursNote: {
    own: 'Ordenados por habilidades, horas en común contigo, lugares libres, reputación y rapidez para responder.',
    assumed:
      'Ordenados suponiendo que puedes de 09:00 a 22:00 en tu hora; indica tus horarios con `/$t(commands.me.name) $t(commands.me.hours.name)`.',
    unknown:
      'Indica tu zona horaria con `/$t(commands.me.name) $t(commands.me.timezone.name)` para que las horas en común cuenten en el orden.',
  },
  sharedFooter: 'Ordenados según los horarios de quien hizo la búsqueda.',
  shared: '{{member}} compartió estos resultados de búsqueda de mentores.',
  result: {
    heading: '**{{rank}}.** {{mentor}} · coincidencia **{{score}}**/100',
    places_one: '{{free}} de {{count}} lugar libre',
    places_other: '{{free}} de {{count}} lugares libres',
    availableNow: 'disponible ahora',
    nextAvailable: 'próxima disponibilidad {{when}}',
    noUpcomingHours: 'sin horarios próximos',
    theirTime: 'son las {{time}} allí',
  },
  reasons: {
    knows: 'sabe {{skills}}',
    listsNoSkills: 'no indica habilidades',
    knowsRelated: 'sabe {{skills}}, cerca de {{asked}}',
    doesNotList: 'no indica {{asked}}',
    unknownHours: 'no sabemos tu zona horaria, así que no comparamos horarios',
    noCommonHours: 'ninguna hora en común contigo',
    commonHours: '{{duration}} por semana en común en tus {{parts}}',
    places_one: '{{free}} de {{count}} lugar libre',
    places_other: '{{free}} de {{count}} lugares libres',
    manyWaiting_one: 'muchas solicitudes en espera: {{count}} para {{free}} de {{capacity}} lugares libres',
    manyWaiting_other: 'muchas solicitudes en espera: {{count}} para {{free}} de {{capacity}} lugares libres',
    noReputation: 'todavía sin reputación',
    reputation: 'reputación {{points}}',
    noRequests: 'todavía no recibió solicitudes',
    answers_one: 'responde {{answered}} de {{count}} solicitud',
    answers_other: 'responde {{answered}} de {{count}} solicitudes',
    answersUsually: '{{answers}}, normalmente en ~{{duration}}',
    minutes: '{{count}} min',
    hours: '{{count}} h',
  },
  partsOfDay: { nights: 'madrugadas', mornings: 'mañanas', afternoons: 'tardes', evenings: 'noches' },
  errors: {
    gone: 'Ya no encuentro esa búsqueda. Las búsquedas duran un día; vuelve a usar `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    notYours:
      'Estos resultados son de otra persona. Usa `/$t(commands.mentors.name) $t(commands.mentors.find.name)` para ver los tuyos.',
  },
} as const satisfies LocaleCatalog['search'];
