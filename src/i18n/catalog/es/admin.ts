import type { LocaleCatalog } from '../catalog-shape.js';

export const admin = {
  formalProgram: {
    on: 'Programa formal activado: los nuevos mentores esperan aprobación (`/$t(commands.admin.name) $t(commands.admin.approve.name)`, `/$t(commands.admin.name) $t(commands.admin.reject.name)`; `/$t(commands.admin.name) $t(commands.admin.applications.name)` los lista). Los mentores ya aceptados siguen como están.',
    announcedIn: 'Las nuevas solicitudes se anuncian en <#{{channel}}>.',
    off: 'Programa formal desactivado: los nuevos mentores aparecen en cuanto se registran.',
  },
  mentorRole: {
    set: 'Ahora todos los mentores reciben <@&{{role}}>.',
    cleared: 'Ahora los mentores no reciben ningún rol común.',
  },
  applicationsChannel: {
    set: 'Las nuevas solicitudes de mentor se anuncian en <#{{channel}}>.',
    cleared:
      'Las nuevas solicitudes de mentor ya no se anuncian; `/$t(commands.admin.name) $t(commands.admin.applications.name)` las sigue listando.',
    notSet:
      'No hay canal de solicitudes, así que nadie se va a enterar cuando alguien se postule. Configura uno con `/$t(commands.admin.name) $t(commands.admin.applicationsChannel.name)`.',
    notFound:
      'Ya no encuentro <#{{channel}}> como canal de texto. Elige otro con `/$t(commands.admin.name) $t(commands.admin.applicationsChannel.name)`.',
    missingPermissions:
      'No puedo publicar en <#{{channel}}>: me falta {{permissions}} ahí. Dale esos permisos a mi rol en la configuración del canal.',
    permissions: {
      viewChannel: 'Ver canal',
      sendMessages: 'Enviar mensajes',
      embedLinks: 'Insertar enlaces',
    },
  },
  requestCooldown: {
    off: 'Sin espera: quien fue rechazado puede volver a pedírselo al mismo mentor enseguida.',
    set_one: 'Ahora quien fue rechazado espera {{count}} día antes de volver a pedírselo al mismo mentor.',
    set_other: 'Ahora quien fue rechazado espera {{count}} días antes de volver a pedírselo al mismo mentor.',
  },
  decision: {
    approved: 'Aprobaste la solicitud de <@{{user}}>.',
    rejected: 'Rechazaste la solicitud de <@{{user}}>.',
    told: 'Se le avisó por mensaje directo.',
    notTold: 'No pude escribirle (tiene los MD cerrados); avísale tú, por favor.',
  },
  applicantDm: {
    approved: '¡Tu solicitud para ser mentor en **{{server}}** fue aprobada!',
    rejected: 'Tu solicitud para ser mentor en **{{server}}** no fue aprobada.\nMotivo: {{reason}}',
    theServer: 'el servidor',
  },
  applications: {
    none: 'No hay solicitudes de mentor esperando una decisión.',
    waiting_one:
      '{{count}} solicitud pendiente. Decide con `/$t(commands.admin.name) $t(commands.admin.approve.name)` o `/$t(commands.admin.name) $t(commands.admin.reject.name)`.',
    waiting_other:
      '{{count}} solicitudes pendientes. Decide con `/$t(commands.admin.name) $t(commands.admin.approve.name)` o `/$t(commands.admin.name) $t(commands.admin.reject.name)`.',
    title: 'Solicitudes de mentor',
    profileSaved: 'perfil guardado {{when}}',
    more: '…y {{count}} más.',
    noSpecialties: 'ninguna',
  },
  notice: {
    title: 'Nueva solicitud de mentor',
    specialties: 'Especialidades: {{specialties}}',
    experience_one: 'Experiencia: {{count}} año',
    experience_other: 'Experiencia: {{count}} años',
    decide:
      'Decide con `/$t(commands.admin.name) $t(commands.admin.approve.name)` o `/$t(commands.admin.name) $t(commands.admin.reject.name)`; `/$t(commands.admin.name) $t(commands.admin.applications.name)` lista a todos los que esperan.',
  },
} as const satisfies LocaleCatalog['admin'];
