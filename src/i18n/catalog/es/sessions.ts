import type { LocaleCatalog } from '../catalog-shape.js';

export const sessions = {
  errors: {
    topicsTooLong: 'Los temas pueden tener como máximo {{maximum}} caracteres (escribiste {{length}}).',
    notesTooLong: 'Las notas pueden tener como máximo {{maximum}} caracteres (escribiste {{length}}).',
    self: 'No puedes registrar una sesión contigo mismo.',
    bot: 'Las sesiones son con miembros, no con bots.',
    notMember: 'Solo puedes registrar sesiones con miembros de este servidor.',
    mentorsOnly:
      'Solo los mentores pueden registrar sesiones. Regístrate primero con `/$t(commands.mentor.name) $t(commands.mentor.register.name)`.',
    tooManyPending:
      'Ya hay {{max}} sesiones que registraste con <@{{user}}> esperando su respuesta. Registra más cuando haya respondido.',
    notFound: 'Esa sesión ya no existe.',
    notAttendee: 'Solo el miembro con quien se registró la sesión puede responderla.',
    already: {
      pending: 'Esta sesión sigue esperando respuesta.',
      confirmed: 'Esta sesión ya fue confirmada.',
      disputed: 'Esta sesión ya fue impugnada.',
      reversed: 'Un admin anuló esta sesión; no cuenta.',
    },
  },
  minutes_one: '{{count}} minuto',
  minutes_other: '{{count}} minutos',
  hours: '{{hours}} h',
  unknownLength: 'duración sin indicar',
  statuses: {
    pending: 'esperando confirmación',
    confirmed: 'confirmada',
    disputed: 'impugnada',
    reversed: 'anulada por un admin',
  },
  sources: {
    checkIn: 'seguimiento de la mentoría',
    logged: 'registrada por el mentor',
    officeHour: 'horario de consulta',
  },
  logged:
    'Sesión con <@{{user}}> registrada: {{duration}} el <t:{{at}}:D>. Cuenta cuando la confirme; le llegó un mensaje directo con **$t(sessions.buttons.confirm)** y **$t(sessions.buttons.dispute)**.',
  loggedNoDm:
    'Sesión con <@{{user}}> registrada: {{duration}} el <t:{{at}}:D>. Cuenta cuando la confirme. No pude escribirle: puede responder con `/$t(commands.session.name) $t(commands.session.pending.name)`.',
  ask: '<@{{mentor}}> registró una sesión de mentoría contigo en **{{server}}**: {{duration}} el <t:{{at}}:D>. ¿Tuvo lugar? Le cuenta en cuanto la confirmes.',
  askTopics: 'Temas: {{topics}}',
  buttons: { confirm: 'Confirmar', dispute: 'Impugnar' },
  confirmed: '¡Gracias! La sesión con <@{{mentor}}> está confirmada y le cuenta.',
  disputed: 'Anotado: la sesión queda impugnada y no cuenta. Se lo avisamos a <@{{mentor}}>.',
  disputedNotice:
    '<@{{user}}> impugnó la sesión que registraste en **{{server}}** para el <t:{{at}}:D> ({{duration}}), así que no cuenta. Si fue un error, hablen y vuelve a registrarla.',
  pending: {
    title: 'Sesiones que esperan tu respuesta',
    none: 'No hay ninguna sesión esperando tu respuesta.',
    line: '<@{{mentor}}> · <t:{{at}}:D> · {{duration}}',
  },
  history: {
    title: 'Sesiones de {{name}}',
    totals_one: '**{{count}}** sesión dada · **{{hours}}** de mentoría · personas ayudadas: **{{people}}**',
    totals_other: '**{{count}}** sesiones dadas · **{{hours}}** de mentoría · personas ayudadas: **{{people}}**',
    none: 'No hay sesiones para mostrar.',
    privacy:
      'Ves las sesiones confirmadas en las que participaste. Las demás, y las notas, solo las ven esa persona y los administradores.',
    led: 'dio a {{people}}',
    attended: 'con <@{{mentor}}>',
    line: '<t:{{at}}:D> · {{who}} · {{duration}} · {{status}}',
    topics: 'Temas: {{topics}}',
    notes: 'Notas: {{notes}}',
  },
  profile: {
    field: 'Tiempo dedicado',
    totals: '{{hours}} de mentoría · personas ayudadas: {{people}}',
  },
} as const satisfies LocaleCatalog['sessions'];
