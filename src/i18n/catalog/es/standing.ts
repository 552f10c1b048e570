import type { LocaleCatalog } from '../catalog-shape.js';

export const standing = {
  permissions: {
    administrator: 'Administrador',
    manageServer: 'Gestionar servidor',
    manageRoles: 'Gestionar roles',
    manageChannels: 'Gestionar canales',
    manageMessages: 'Gestionar mensajes',
    manageWebhooks: 'Gestionar webhooks',
    banMembers: 'Banear miembros',
    kickMembers: 'Expulsar miembros',
    timeoutMembers: 'Aislar temporalmente a miembros',
    mentionEveryone: 'Mencionar @everyone, @here y todos los roles',
  },
  roleProblems: {
    deleted: 'No veo ese rol. Elige uno de este servidor.',
    everyone: '{{role}} es todo el mundo; elige un rol que identifique a los mentores.',
    integration: '{{role}} pertenece a una integración, así que nadie puede asignarlo.',
    powerful:
      '{{role}} tiene {{permissions}}; los roles de mentor se dan a cualquiera que se registre, así que elige uno sin esos permisos.',
    aboveBot:
      '{{role}} no está por debajo de mi rol más alto. Sube mi rol por encima en Ajustes del servidor > Roles y vuelve a intentarlo.',
    botLacksManageRoles:
      'No tengo el permiso Gestionar roles, así que no puedo darle {{role}} a nadie. Dale Gestionar roles a mi rol en Ajustes del servidor > Roles y vuelve a intentarlo.',
    aboveActor: '{{role}} no está por debajo de tu rol más alto, así que no puedes pedirme que lo asigne.',
  },
  reasons: {
    deleted: 'el rol fue eliminado',
    everyone: 'es @everyone',
    integration: 'pertenece a una integración',
    powerful: 'tiene {{permissions}}, permisos que nunca reparto',
    aboveBot: 'mi rol más alto no está por encima',
    botLacksManageRoles: 'no tengo el permiso Gestionar roles en este servidor',
    discordRefusedPermissions: 'Discord lo rechazó: me falta Gestionar roles o mi rol no está por encima',
    discordRefused: 'Discord lo rechazó (error {{code}})',
    discordUnavailable: 'Discord no respondió',
  },
  fixes: {
    pickAnother:
      'elige otro rol con `/$t(commands.admin.name) $t(commands.admin.mentorRole.name)` o `/$t(commands.specialty.name) $t(commands.specialty.role.name)`',
    pickSafe:
      'elige un rol seguro con `/$t(commands.admin.name) $t(commands.admin.mentorRole.name)` o `/$t(commands.specialty.name) $t(commands.specialty.role.name)`',
    moveAbove: 'sube mi rol por encima en Ajustes del servidor > Roles',
    grantManageRoles: 'dale Gestionar roles a mi rol en Ajustes del servidor > Roles',
    nothing: 'nada; fue un fallo pasajero',
  },
  roleList: '{{roles}} y {{count}} más',
  member: {
    give: 'No pude darte {{roles}}: {{reason}}.',
    take: 'No pude quitarte {{roles}}: {{reason}}.',
    later: 'Un admin puede arreglarlo; reviso los roles cada hora y actualizaré los tuyos yo solo.',
  },
  admin: {
    summary_one: 'Roles revisados de {{count}} miembro: {{added}} dados, {{removed}} quitados.',
    summary_other: 'Roles revisados de {{count}} miembros: {{added}} dados, {{removed}} quitados.',
    give_one: 'No pude dar {{roles}} ({{count}} miembro): {{reason}}. Para arreglarlo: {{fix}}.',
    give_other: 'No pude dar {{roles}} ({{count}} miembros): {{reason}}. Para arreglarlo: {{fix}}.',
    take_one: 'No pude quitar {{roles}} ({{count}} miembro): {{reason}}. Para arreglarlo: {{fix}}.',
    take_other: 'No pude quitar {{roles}} ({{count}} miembros): {{reason}}. Para arreglarlo: {{fix}}.',
    more_one: '…y {{count}} problema más; revisa los logs.',
    more_other: '…y {{count}} problemas más; revisa los logs.',
    later: 'Reviso los roles cada hora y termino lo pendiente yo solo en cuanto esté arreglado.',
  },
  findable: {
    now: 'Los miembros ya pueden encontrarte con `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    notNow: 'Ahora mismo los miembros no pueden encontrarte: {{reasons}}.',
    pending: 'tu solicitud espera la aprobación de un admin (te escribiré cuando decidan)',
    rejected: 'tu solicitud no fue aprobada',
    pausedUntil:
      'estás en pausa hasta {{until}} (`/$t(commands.mentor.name) $t(commands.mentor.resume.name)` para volver antes)',
    paused: 'estás en pausa (`/$t(commands.mentor.name) $t(commands.mentor.resume.name)` cuando vuelvas)',
    full: 'todos tus lugares están ocupados ({{used}} de {{total}}; vuelves a aparecer cuando se libere uno, o sube tu capacidad con `/$t(commands.mentor.name) $t(commands.mentor.edit.name)`)',
  },
} as const satisfies LocaleCatalog['standing'];
