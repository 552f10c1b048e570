import type { LocaleCatalog } from '../catalog-shape.js';

export const requests = {
  statuses: {
    pending: 'en espera',
    accepted: 'aceptada',
    declined: 'rechazada',
    expired: 'vencida',
    withdrawn: 'retirada',
    closed: 'cerrada',
  },
  refusals: {
    thatMentor: 'Ese mentor',
    self: 'No puedes pedirte mentoría a ti mismo.',
    mentorUnavailable:
      '{{mentor}} no está aceptando solicitudes ahora. Prueba con otro mentor de `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    mentorFull:
      '{{mentor}} no tiene lugares libres ahora. Prueba con otro mentor de `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    mentorLeft:
      '{{mentor}} ya no está en este servidor. Prueba con otro mentor de `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    alreadyMentored: '{{mentor}} ya es tu mentor.',
    duplicate: 'Ya le pediste mentoría a esta persona; su respuesta está en camino.',
    limit:
      'Ya tienes {{max}} solicitudes esperando respuesta. Espera a que respondan una, o retira alguna con `/$t(commands.me.name) $t(commands.me.requests.name)`, antes de pedírselo a otro mentor.',
    cooldown:
      '{{mentor}} rechazó tu última solicitud. Podrás volver a pedírselo <t:{{until}}:R> (el <t:{{until}}:D>); mientras tanto, prueba con otro mentor de `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    blocked:
      '{{mentor}} no acepta solicitudes tuyas. Prueba con otro mentor de `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    alreadyAnswered: 'Esta solicitud ya no está en espera: fue {{status}}.',
    mentorPaused:
      'Estás en pausa, así que ahora no puedes aceptar a nadie. Usa primero `/$t(commands.mentor.name) $t(commands.mentor.resume.name)` y luego acepta.',
    mentorNotRecognised:
      'No eres mentor activo en este servidor (te retiraste o aún no te aprobaron), así que no puedes aceptar a nadie.',
    noFreePlace:
      'Tienes todos tus lugares ocupados. Sube tu capacidad con `/$t(commands.mentor.name) $t(commands.mentor.edit.name)` o rechaza esta solicitud.',
    menteeAlreadyYours: 'Ya eres mentor de esta persona; rechaza esta solicitud o deja que venza.',
  },
} as const satisfies LocaleCatalog['requests'];
