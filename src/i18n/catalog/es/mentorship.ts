import type { LocaleCatalog } from '../catalog-shape.js';

export const mentorship = {
  errors: {
    none: 'No tienes ninguna mentoría activa en este servidor.',
    noneWith: 'No tienes ninguna mentoría activa con <@{{otherId}}>.',
    several_one:
      'Tienes {{count}} mentoría activa; usa esto en su hilo o indica a la otra persona con la opción `$t(commands.mentorship.agreement.options.with.name)`.',
    several_other:
      'Tienes {{count}} mentorías activas; usa esto en el hilo de la pareja o indica a la otra persona con la opción `$t(commands.mentorship.agreement.options.with.name)`.',
    notYourMentorship: 'Este hilo es de otra pareja, así que no puedes cambiar su mentoría.',
    notWithYourself:
      'No puedes tener una mentoría contigo mismo; elige a la otra persona en la opción `$t(commands.mentorship.agreement.options.with.name)`.',
    gone: 'Esa mentoría ya no existe.',
    notYourPair: 'Esto es de otra pareja: solo su mentor y su mentee pueden confirmar el acuerdo.',
    notYourButton: 'Este botón es para <@{{userId}}>; usa el de tu lado.',
    ended: 'Esta mentoría terminó, así que su acuerdo ya no puede cambiar.',
    agreementChanged:
      'El acuerdo cambió desde que se mostró esto. Lee el actual en el resumen fijado (o con `/$t(commands.mentorship.name) $t(commands.mentorship.agreement.name)`) y confirma ese.',
    weeksWhole: 'La duración tiene que ser un número entero de semanas.',
    weeksTooShort: 'Una mentoría dura al menos {{minimum}} semanas.',
    weeksTooLong: 'Una mentoría dura como máximo {{maximum}} semanas; después, acuerden una nueva.',
    milestoneTooShort: 'Un hito necesita un título de al menos {{minimum}} caracteres.',
    milestoneTooLong: 'El título de un hito puede tener como máximo {{maximum}} caracteres; el tuyo tiene {{length}}.',
    noSuchMilestone:
      'No hay ningún hito con ese número. El resumen fijado (o `/$t(commands.mentorship.name) $t(commands.mentorship.agreement.name)`) los numera.',
    guideEmpty:
      'Una guía necesita algo de texto; usa la opción `$t(commands.admin.mentorshipGuide.options.reset.name)` para volver al texto original.',
    guideTooLong: 'Una guía puede tener como máximo {{maximum}} caracteres; la tuya tiene {{length}}.',
    tooManyMilestones:
      'Una mentoría puede tener como máximo {{max}} hitos (los descartados cuentan). Mejor edita uno que siga abierto.',
  },
  cadences: {
    weekly: 'cada semana',
    biweekly: 'cada dos semanas',
    monthly: 'cada mes',
  },
  sides: {
    mentor: 'el mentor',
    mentee: 'el mentee',
  },
  summary: {
    title: 'Mentoría: {{mentor}} y {{mentee}}',
    description: '{{mentor}} es mentor de {{mentee}}. Este resumen queda fijado y siempre al día.',
    goals: 'Objetivos',
    noGoals: 'Todavía no hay nada escrito.',
    format: 'Formato',
    noFormat: 'Sin elegir todavía',
    cadence: 'Frecuencia',
    length: 'Duración prevista',
    weeks_one: '{{count}} semana, hasta el {{until}}',
    weeks_other: '{{count}} semanas, hasta el {{until}}',
    commitments: 'A qué se compromete cada uno',
    mentorCommits:
      '**Mentor**: reunirse {{cadence}}, responder en menos de dos días, avisar con tiempo si hay que mover una reunión y ayudar a que el mentee encuentre sus propias respuestas.',
    menteeCommits:
      '**Mentee**: llegar a cada reunión con avances o una pregunta, hacer entre reuniones lo acordado y mantener los hitos al día.',
    milestones: 'Hitos',
    noMilestones:
      'Ninguno todavía: agrega uno con `/$t(commands.mentorship.name) $t(commands.mentorship.goals.name) $t(commands.mentorship.goals.add.name)`.',
    milestoneOpen: '{{number}}. ⬜ {{title}}',
    milestoneDone: '{{number}}. ✅ {{title}}',
    milestoneDropped: '{{number}}. ~~{{title}}~~ (descartado)',
    state: 'Estado',
    confirmedBoth: 'Acuerdo confirmado por los dos.',
    waitingFor: 'Falta que {{names}} confirme el acuerdo con los botones de abajo.',
    paused: 'En pausa desde {{since}}.',
    ended: 'Terminó {{since}}.',
    nextCheckIn: 'Próximo check-in {{at}}.',
    footer: 'Si cambian la frecuencia, la duración o el formato, los dos tienen que confirmar de nuevo.',
    confirmAsMentor: 'Confirmar como mentor',
    confirmAsMentee: 'Confirmar como mentee',
  },
  thread: {
    name: '{{mentor}} y {{mentee}}',
    welcome:
      '¡Bienvenidos, {{mentor}} y {{mentee}}! Este hilo privado es suyo. Lean el resumen fijado y luego cada uno confirme el acuerdo con su botón (o cámbienlo antes con `/$t(commands.mentorship.name) $t(commands.mentorship.agreement.name)`).',
    reminder:
      '{{names}}: el acuerdo sigue esperando tu confirmación. Pulsa tu botón en el resumen fijado o, si quieres cambiar algo, usa antes `/$t(commands.mentorship.name) $t(commands.mentorship.agreement.name)`.',
    agreementChanged:
      '{{other}}: {{actor}} cambió el acuerdo. Por favor, confírmenlo los dos de nuevo en el resumen fijado.',
    confirmed: '{{name}} confirmó el acuerdo.',
    allConfirmed: 'Los dos confirmaron el acuerdo: ya está todo listo. ¡Que empiece bien!',
  },
  dm: {
    startedInThread:
      'Tu mentoría con {{other}} en **{{server}}** ya empezó. Nos vemos en su hilo privado: <#{{thread}}>',
    startedWithoutThread:
      'Tu mentoría con {{other}} en **{{server}}** ya empezó. El servidor no tiene un hilo privado para ustedes, así que aquí tienes el acuerdo: confírmalo con tu botón.',
    reminder: 'Tu acuerdo de mentoría con {{other}} en **{{server}}** sigue esperando tu confirmación.',
  },
  guides: {
    menteeTitle: 'Cómo ser un buen mentee',
    mentee:
      '- Hazte cargo de tus objetivos: llega a cada reunión con avances o una pregunta.\n- Sé concreto: "me trabé en X y probé Y" consigue mejor ayuda que "no funciona".\n- Trabaja entre reuniones; tu mentor te orienta, pero tú llevas el volante.\n- Respeta su tiempo: confirma, avisa pronto si hay que mover una reunión y cumple lo acordado.\n- Di qué te ayuda y qué no; el feedback sincero mejora la mentoría.',
    mentorTitle: 'Qué hace a un buen mentor',
    mentor:
      '- Escucha primero: pregunta qué probó antes de responder.\n- Ayúdale a encontrar la respuesta en lugar de dársela hecha.\n- Sé constante: mantén la frecuencia acordada y avisa pronto cuando no puedas.\n- Comparte tus errores además de tus logros.\n- Céntrate en sus objetivos, no en el camino que seguiste tú.',
    challengesTitle: 'Retos habituales y cómo los van a manejar',
    challenges:
      '- **Objetivos poco claros**: sus objetivos e hitos están en el resumen fijado; revísenlos en cada check-in y manténganlos al día con `/$t(commands.mentorship.name) $t(commands.mentorship.goals.name)`.\n- **Mala comunicación**: se reúnen {{cadence}}; quien no pueda ir avisa con al menos un día de antelación.\n- **Compromiso que se apaga**: el bot hace un check-in {{cadence}} y les avisa cuando todo se queda en silencio; pausar abiertamente es mejor que desaparecer.\n- **Expectativas distintas**: los dos confirman el acuerdo ({{format}}, {{weeks}} semanas) y lo cambian con `/$t(commands.mentorship.name) $t(commands.mentorship.agreement.name)` cuando deje de encajar.\n- **Dependencia excesiva**: la meta es que el mentee pueda seguir solo; a partir de la semana {{halfway}}, el mentee lleva la agenda.',
  },
  confirm: {
    done: 'Gracias, confirmaste el acuerdo.',
    already: 'Ya habías confirmado este acuerdo; no cambió nada.',
  },
  agreement: {
    current: 'Así está su acuerdo; cámbialo con las opciones de este comando.',
    changed: 'Acuerdo actualizado. Los dos tienen que confirmarlo de nuevo.',
  },
  goals: {
    added: 'Hito {{number}} agregado: {{title}}',
    edited: 'El hito {{number}} ahora es: {{title}}',
    done: 'Hito {{number}} alcanzado: {{title}}. ¡Bien hecho!',
    dropped: 'Hito {{number}} descartado: {{title}}',
  },
  list: {
    title: 'Tus mentorías',
    none: 'Todavía no tienes solicitudes ni mentorías. Busca un mentor con `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    requestsSent: 'Solicitudes que enviaste',
    requestsReceived: 'Solicitudes que esperan tu respuesta',
    active: 'Activas',
    paused: 'En pausa',
    past: 'Anteriores',
    requestLine: '{{name}} · enviada {{sent}} · vence {{expires}}',
    asMentor: 'eres mentor de {{name}}',
    asMentee: '{{name}} es tu mentor',
    line: '{{who}} · desde {{since}} · {{state}}',
    thread: 'hilo <#{{thread}}>',
    confirmed: 'acuerdo confirmado',
    unconfirmed: 'acuerdo sin confirmar',
    pausedSince: 'en pausa desde {{since}}',
    nextCheckIn: 'próximo check-in {{at}}',
    endedLine: '{{who}} · del {{since}} al {{until}}',
    more_one: '…y {{count}} más.',
    more_other: '…y {{count}} más.',
  },
  admin: {
    channelSet: 'Los hilos de mentoría ahora se crean en <#{{channel}}>.',
    channelCleared: 'Sin canal de mentorías: las nuevas parejas reciben su resumen solo por mensaje directo.',
    channelNotText: 'Elige un canal de texto: los hilos privados solo se pueden crear en canales de texto.',
    channelMissing:
      'No puedo crear hilos privados en <#{{channel}}>: me falta {{permissions}} ahí. Dale esos permisos a mi rol en los ajustes del canal y vuelve a configurarlo.',
    permissions: {
      viewChannel: 'Ver canal',
      sendMessages: 'Enviar mensajes',
      createPrivateThreads: 'Crear hilos privados',
      sendMessagesInThreads: 'Enviar mensajes en hilos',
      pinMessages: 'Fijar mensajes',
    },
    noChannelNotice:
      'Empezó una mentoría nueva ({{mentor}} es mentor de {{mentee}}), pero no hay canal de mentorías configurado, así que no tienen hilo privado; recibieron el acuerdo por DM. Configura uno con `/$t(commands.admin.name) $t(commands.admin.mentorshipChannel.name)`.',
    missingPermissionsNotice:
      'Empezó una mentoría nueva ({{mentor}} es mentor de {{mentee}}), pero no pude darles un hilo privado en <#{{channel}}>: me falta {{permissions}} ahí. Recibieron el acuerdo por DM. Dale esos permisos a mi rol en los ajustes del canal para que las próximas parejas tengan hilo.',
    failedNotice:
      'Empezó una mentoría nueva ({{mentor}} es mentor de {{mentee}}), pero Discord rechazó crear su hilo privado en <#{{channel}}>. Recibieron el acuerdo por DM.',
    guideSaved:
      'La guía de {{guide}} de este servidor ahora dice lo que escribiste. Las nuevas parejas la recibirán así.',
    guideReset: 'La guía de {{guide}} volvió al texto original.',
    guideCurrent: 'La guía de {{guide}} que reciben ahora las nuevas parejas ({{source}}):',
    guideSourceDefault: 'la original, en el idioma de cada lector',
    guideSourceCustom: 'escrita para este servidor',
    guideEditButton: 'Editar esta guía',
    guideModalTitle: 'Editar una guía de mentoría',
    guideModalLabel: 'Texto de la guía',
    guideModalHint: 'Hasta {{max}} caracteres. Déjalo como está para conservarlo.',
    guideNames: {
      mentee: 'mentees',
      mentor: 'mentores',
      challenges: 'retos habituales',
    },
  },
} as const satisfies LocaleCatalog['mentorship'];
