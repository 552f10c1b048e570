import type { LocaleCatalog } from '../catalog-shape.js';

export const reputation = {
  errors: {
    reasonTooLong: 'Un motivo puede tener como máximo {{maximum}} caracteres (escribiste {{length}}).',
    reasonRequired: 'Indica un motivo de al menos {{minimum}} caracteres; queda guardado junto al cambio.',
    zeroAdjustment: 'Un ajuste de 0 puntos no cambia nada.',
    eventNotFound:
      'No hay ningún reconocimiento con ese id en este servidor. Los administradores ven los ids en `/$t(commands.rep.name)`.',
    alreadyReversed: 'Ese reconocimiento ya se revirtió.',
    reversalOfReversal: 'Una reversión no se puede revertir; registra un ajuste en su lugar.',
    notYourPage: 'Solo quien pidió esta clasificación puede pasar sus páginas.',
  },
  periods: { week: 'Esta semana', month: 'Este mes', all: 'Histórico' },
  kinds: {
    session: 'Sesión',
    thanks: 'Agradecimiento',
    feedback: 'Valoración',
    adjustment: 'Ajuste',
    reversal: 'Reversión',
    officeHour: 'Horario de consulta',
  },
  rep: {
    title: 'Reputación de {{name}}',
    points: '{{points}} pts',
    rank: 'Puesto #{{rank}} en el histórico',
    unranked: 'Todavía sin puntos',
    sessions: 'Sesiones',
    thanks: 'Agradecimientos recibidos',
    rating: 'Valoración media',
    ratingValue_one: '{{average}} / 5 con {{count}} valoración',
    ratingValue_other: '{{average}} / 5 con {{count}} valoraciones',
    ratingHidden_one: 'Se muestra a partir de {{min}} valoraciones (tiene {{count}})',
    ratingHidden_other: 'Se muestra a partir de {{min}} valoraciones (tiene {{count}})',
    recent: 'Reconocimientos recientes',
    noRecent: 'Nada todavía.',
    recentLine: '<t:{{at}}:R> · {{kind}} · {{points}}{{from}}',
    from: ' · de <@{{user}}>',
    stars: ' · {{stars}}★',
    reason: ' · «{{reason}}»',
    eventId: ' · `{{id}}`',
    reversed: ' · revertido',
  },
  leaderboard: {
    title: 'Clasificación · {{period}}',
    titleSpecialty: 'Clasificación · {{period}} · {{specialty}}',
    empty:
      'Nadie ha sumado puntos en este período todavía. Cuentan las sesiones confirmadas y los agradecimientos recibidos.',
    line: '**#{{rank}}** <@{{user}}> · {{points}} pts · {{sessions}} sesiones\n`{{bar}}`',
    footer: 'Página {{page}} de {{pages}} · {{total}} en la clasificación',
    own: 'Tu puesto: **#{{rank}}** · {{points}} pts · {{sessions}} sesiones',
    ownNone: 'Todavía no tienes puntos en este período.',
    previous: 'Anterior',
    next: 'Siguiente',
    weekOf: 'semana del <t:{{start}}:D>',
  },
  announcement: {
    week: '🏆 **Quienes más ayudaron esta semana** (<t:{{start}}:D> – <t:{{end}}:D>)',
    month: '🏆 **Quienes más ayudaron este mes** (<t:{{start}}:D> – <t:{{end}}:D>)',
    line: '{{medal}} <@{{user}}> · {{points}} pts · {{sessions}} sesiones',
    closing:
      '¡Gracias por ayudar! Los puntos salen de sesiones que la otra parte confirmó y de agradecimientos recibidos.',
  },
  admin: {
    settings:
      '**Puntos**: sesión {{session}}, agradecimiento {{thanks}} (entre miembros sin historia en común: {{unrelated}}), valoración {{feedback}} por estrella por encima de 2.\n**Agradecimientos**: uno cada {{cooldown}} h por pareja, como máximo {{cap}} al día, de miembros con {{days}} días en el servidor.\n**Anuncios**: {{channel}}',
    noChannel: 'desactivados',
    roles: '**Roles por reputación**: {{roles}}',
    noRoles: 'ninguno',
    roleLine: '<@&{{role}}> desde {{points}} pts',
    channel: '<#{{channel}}>',
    adjusted: 'Registrados {{amount}} puntos para <@{{user}}>, con tu motivo. Id: `{{id}}`.',
    alreadyAdjusted: 'Este ajuste ya estaba registrado. Id: `{{id}}`.',
    reversed:
      'Revertido: todos los contadores y clasificaciones que tocó ese reconocimiento vuelven a estar como antes. Id de la reversión: `{{id}}`.',
    rings:
      'Parejas que casi solo se agradecen entre sí (sus agradecimientos cuentan la mitad) en los últimos {{days}} días:',
    ringLine: '<@{{a}}> ⇄ <@{{b}}> · {{count}} agradecimientos · el último <t:{{at}}:R>',
    noRings: 'Ninguna pareja se ha estado agradeciendo solo entre sí en los últimos {{days}} días.',
  },
} as const satisfies LocaleCatalog['reputation'];
