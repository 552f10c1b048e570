import type { LocaleCatalog } from '../catalog-shape.js';

export const openRequests = {
  form: {
    title: 'Pide mentoría a una especialidad',
    goals: '¿En qué quieres trabajar?',
  },
  posted_one:
    'Publicamos tu solicitud en <#{{channelId}}>: cualquier mentor de {{specialty}} con un lugar libre puede tomarla en {{count}} día. Te llegará un mensaje directo cuando alguien lo haga.',
  posted_other:
    'Publicamos tu solicitud en <#{{channelId}}>: cualquier mentor de {{specialty}} con un lugar libre puede tomarla en {{count}} días. Te llegará un mensaje directo cuando alguien lo haga.',
  post: {
    title: 'Solicitud de mentoría abierta: {{specialty}}',
    asks: '{{mentee}} busca mentor en {{specialty}}.',
    goals: 'Sus objetivos',
    expires: 'Vence',
    howTo: 'Cualquier mentor de esta especialidad con un lugar libre puede tomarla; gana quien llegue primero.',
    status: 'Estado',
    claimed: 'La tomó {{mentor}}: su mentoría ya empezó.',
    expired_one: 'Vencida: nadie la tomó en {{count}} día.',
    expired_other: 'Vencida: nadie la tomó en {{count}} días.',
    withdrawn: 'La persona la retiró.',
    threadName: '{{specialty}}: {{mentee}}',
  },
  buttons: {
    claim: 'Tomarla',
    withdraw: 'Retirar',
  },
  claimed: 'Tomaste la solicitud de {{mentee}}: su mentoría ya empezó y ya le avisamos.',
  withdrawn: 'Retiraste tu solicitud abierta; su publicación ya lo indica.',
  expiredDm_one:
    'Nadie tomó tu solicitud abierta de mentoría en {{specialty}} en {{count}} día, así que venció. Prueba con `/$t(commands.mentors.name) $t(commands.mentors.find.name)` o vuelve a publicarla con `/$t(commands.mentors.name) $t(commands.mentors.request.name)`.',
  expiredDm_other:
    'Nadie tomó tu solicitud abierta de mentoría en {{specialty}} en {{count}} días, así que venció. Prueba con `/$t(commands.mentors.name) $t(commands.mentors.find.name)` o vuelve a publicarla con `/$t(commands.mentors.name) $t(commands.mentors.request.name)`.',
  admin: {
    set: 'Las solicitudes abiertas ahora se publican en <#{{channelId}}>.',
    cleared: 'Las solicitudes abiertas están desactivadas: ya nadie puede publicarlas.',
  },
  errors: {
    notSetUp:
      'Este servidor todavía no tiene canal para solicitudes abiertas; pídeselo a un admin o elige un mentor con `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    duplicate:
      'Ya tienes una solicitud abierta en esta especialidad; retírala desde su publicación antes de publicar otra.',
    notFound: 'Esa solicitud abierta ya no existe.',
    alreadyClaimed: 'Otro mentor tomó esta solicitud antes (<@{{mentorId}}>).',
    expired: 'Esta solicitud abierta ya venció.',
    withdrawn: 'La persona retiró esta solicitud.',
    alreadyYours: 'Ya eres mentor de esta persona; deja esta solicitud para otro mentor.',
    ownRequest: 'No puedes tomar tu propia solicitud.',
    notAMentorOfSpecialty: 'Solo un mentor de esta especialidad en este servidor puede tomarla.',
    onlyMemberWithdraws: 'Solo quien publicó esta solicitud puede retirarla.',
    cannotPost:
      'No pude publicar en el canal de solicitudes abiertas (¿faltan permisos?); no se publicó nada. Avísale a un admin.',
  },
} as const satisfies LocaleCatalog['openRequests'];
