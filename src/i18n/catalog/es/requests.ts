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
  errors: {
    notOnServer: 'Ya no eres miembro de ese servidor, así que no puedes pedirles mentoría a sus mentores.',
    notFound: 'Esa solicitud ya no existe; puede que la hayan borrado.',
    onlyMentorAnswers: 'Solo el mentor al que se le pidió puede responder esta solicitud.',
    onlyMenteeWithdraws: 'Solo quien hizo la solicitud puede retirarla.',
    goalsTooShort: 'Cuéntale al mentor un poco más sobre tus objetivos: al menos {{minimum}} caracteres.',
    goalsTooLong: 'Los objetivos pueden tener como máximo {{maximum}} caracteres; los tuyos tienen {{length}}.',
    cannotBlockSelf: 'No puedes bloquearte a ti mismo.',
    cooldownWholeDays: 'Solo días enteros, por favor.',
    cooldownNotNegative: 'Pon 0 para desactivar la espera.',
    cooldownTooLong: 'Como máximo {{maximum}} días.',
  },
  goalsForm: {
    title: 'Pedir mentoría',
    goals: '¿En qué te gustaría trabajar juntos?',
  },
  declineForm: {
    title: 'Rechazar la solicitud',
    reason: 'Un motivo amable (opcional, lo va a leer)',
  },
  forMentor: {
    title: 'Solicitud de mentoría',
    asks: '{{mentee}} quiere que seas su mentor.',
    goals: 'Sus objetivos',
    answer: 'Respuesta',
    expires: 'Vence',
    answerWithin_one: 'Responde en {{count}} día como máximo; después, la solicitud vence.',
    answerWithin_other: 'Responde en {{count}} días como máximo; después, la solicitud vence.',
    blockedNote:
      'Ya no puede pedirte mentoría; con `/$t(commands.mentor.name) $t(commands.mentor.unblock.name)` quitas el bloqueo.',
  },
  answers: {
    pending: 'Esperando tu respuesta.',
    accepted: 'Aceptaste esta solicitud.',
    declined: 'Rechazaste esta solicitud.',
    expired_one: 'Esta solicitud venció: nadie la respondió en {{count}} día.',
    expired_other: 'Esta solicitud venció: nadie la respondió en {{count}} días.',
    withdrawn: '{{mentee}} retiró esta solicitud.',
    closedRetired: 'Cerrada: dejaste de ser mentor.',
    closedRejected: 'Cerrada: tu postulación como mentor no fue aprobada.',
    closedLeft: 'Cerrada: saliste del servidor.',
    closedUnresponsive: 'Cerrada: quedaste en pausa por dejar solicitudes sin responder.',
    closed: 'Cerrada.',
  },
  sent: {
    delivered: 'Tu solicitud va en camino a {{mentor}}.',
    closedDms:
      'Tu solicitud quedó guardada, pero {{mentor}} no acepta mensajes directos; la verá con `/$t(commands.mentor.name) $t(commands.mentor.requests.name)`.',
    retrying:
      'Tu solicitud quedó guardada; Discord no me dejó escribirle a {{mentor}} ahora mismo, así que lo seguiré intentando.',
    answerLater_one:
      'Te llegará un mensaje directo cuando responda (en {{count}} día como máximo); con `/$t(commands.me.name) $t(commands.me.requests.name)` ves tus solicitudes.',
    answerLater_other:
      'Te llegará un mensaje directo cuando responda (en {{count}} días como máximo); con `/$t(commands.me.name) $t(commands.me.requests.name)` ves tus solicitudes.',
  },
  outcome: {
    accepted:
      '¡Buenas noticias! {{mentor}} aceptó tu solicitud de mentoría. Enseguida llegan el espacio privado de ustedes dos y el acuerdo que tienes que confirmar; `/$t(commands.mentorship.name) $t(commands.mentorship.list.name)` te muestra cómo va.',
    declined: '{{mentor}} no puede aceptar tu solicitud de mentoría por ahora.',
    declineNote: 'Su mensaje: {{reason}}',
    expired_one: 'Tu solicitud de mentoría a {{mentor}} no tuvo respuesta en {{count}} día, así que venció.',
    expired_other: 'Tu solicitud de mentoría a {{mentor}} no tuvo respuesta en {{count}} días, así que venció.',
    closedLeft: 'Se cerró tu solicitud de mentoría a {{mentor}}: salió del servidor.',
    closedUnresponsive:
      'Se cerró tu solicitud de mentoría a {{mentor}}: por ahora no está disponible y no pudo responderla.',
    closed: 'Se cerró tu solicitud de mentoría a {{mentor}}: ya no hace mentorías aquí.',
    withdrawn: 'Retiraste tu solicitud de mentoría a {{mentor}}.',
    pending: 'Tu solicitud a {{mentor}} está esperando respuesta.',
    elsewhere: 'Prueba con otro mentor en `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
  },
  expiredForMentor_one:
    'La solicitud de mentoría de {{mentee}} venció: no tuvo respuesta en {{count}} día, y ya se le avisó. Si necesitas un descanso, `/$t(commands.mentor.name) $t(commands.mentor.pause.name)` frena las solicitudes nuevas.',
  expiredForMentor_other:
    'La solicitud de mentoría de {{mentee}} venció: no tuvo respuesta en {{count}} días, y ya se le avisó. Si necesitas un descanso, `/$t(commands.mentor.name) $t(commands.mentor.pause.name)` frena las solicitudes nuevas.',
  withdrawnNote: 'Retiraste tu solicitud a {{mentor}}; su mensaje ya lo indica.',
  nextBest: {
    intro: 'Estos mentores también te pueden ayudar; pulsa un botón para pedírselo a alguno:',
    line: '**{{rank}}.** <@{{mentorId}}>: {{headline}} (afinidad {{score}}/100)',
  },
  pausedForMentor_one:
    'La solicitud de mentoría de {{mentee}} venció: no tuvo respuesta en {{count}} día. Ya son {{run}} solicitudes seguidas sin responder, así que quedaste en pausa: no te ofrecemos a nadie y cerramos tus otras solicitudes en espera (ya les avisamos). Cuando quieras volver, usa `/$t(commands.mentor.name) $t(commands.mentor.resume.name)`.',
  pausedForMentor_other:
    'La solicitud de mentoría de {{mentee}} venció: no tuvo respuesta en {{count}} días. Ya son {{run}} solicitudes seguidas sin responder, así que quedaste en pausa: no te ofrecemos a nadie y cerramos tus otras solicitudes en espera (ya les avisamos). Cuando quieras volver, usa `/$t(commands.mentor.name) $t(commands.mentor.resume.name)`.',
  pausedForAdmins:
    '{{mentor}} dejó {{run}} solicitudes de mentoría seguidas sin responder, así que quedó en pausa y se cerraron sus solicitudes en espera. Ya le dijimos cómo volver.',
  responsiveness: {
    title: 'Respuesta',
    none: 'Todavía no respondió ni dejó vencer ninguna solicitud',
    rate_one: 'Respondió {{answered}} de {{count}} solicitud ({{percent}})',
    rate_other: 'Respondió {{answered}} de {{count}} solicitudes ({{percent}})',
    usually: '{{rate}}, normalmente en ~{{duration}}',
  },
  mine: {
    none: 'No tienes solicitudes esperando respuesta. Busca un mentor con `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    title: 'Tus solicitudes esperando respuesta',
    line: '**{{position}}.** {{mentor}}, enviada {{sent}}, vence {{expires}}',
    more_one: '{{count}} más sin mostrar.',
    more_other: '{{count}} más sin mostrar.',
  },
} as const satisfies LocaleCatalog['requests'];
