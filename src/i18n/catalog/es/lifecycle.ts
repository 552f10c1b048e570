import type { LocaleCatalog } from '../catalog-shape.js';

export const lifecycle = {
  errors: {
    notFound: 'Esa mentoría ya no existe.',
    notYours: 'Esto es de otra pareja: solo su mentor y su mentee pueden responder.',
    ended: 'Esta mentoría ya terminó, así que aquí no queda nada por responder.',
    alreadyPaused:
      'Esta mentoría ya está en pausa. Con `/$t(commands.mentorship.name) $t(commands.mentorship.resume.name)` la retomáis.',
    notPaused: 'Esta mentoría no está en pausa.',
    alreadyEnded: 'Esta mentoría ya terminó.',
    badReason: 'Elige uno de los motivos de la lista.',
    fadingDaysTooFew: 'Como mínimo {{minimum}} días.',
    fadingDaysTooMany: 'Como máximo {{maximum}} días: el doble tiene que llegar antes del aviso de los 90 días.',
  },
  pulses: {
    good: 'Va bien',
    ok: 'Normal',
    stuck: 'Atascado',
  },
  checkIns: {
    title: 'Seguimiento n.º {{number}}',
    prompt:
      '{{mentor}} y {{mentee}}: toca el seguimiento (previsto para <t:{{due}}:f>). ¿Qué tal va la mentoría? Cada uno responde en privado; la otra parte no ve tu respuesta.',
    ratingAsked: 'Este es de revisión: puntúa también la mentoría hasta ahora, del 1 al 5 (también en privado).',
    next: 'Próximo seguimiento: <t:{{next}}:F> (<t:{{next}}:R>).',
    rate: 'Puntúa la mentoría hasta ahora (1–5)',
    ratingOption_one: '{{count}} estrella',
    ratingOption_other: '{{count}} estrellas',
    dmIntro: 'Tu seguimiento de mentoría en **{{server}}**, con {{other}}.',
    recorded: 'Gracias, queda guardado en privado: **{{pulse}}**.',
    rated: 'Gracias, tu puntuación de **{{rating}}/5** queda guardada en privado.',
    alreadyAnswered: 'Ya respondiste a este seguimiento; cada respuesta se guarda una sola vez, en privado.',
    alreadyRated: 'Ya puntuaste este seguimiento (**{{rating}}/5**); la puntuación se guarda una sola vez.',
    noRatingHere: 'Este seguimiento no pide puntuación.',
    help: 'Siento que ahora mismo cueste. Cuenta en vuestro hilo qué te bloquea, acordad un siguiente paso pequeño o haced una pausa con `/$t(commands.mentorship.name) $t(commands.mentorship.pause.name)`; si no está funcionando, `/$t(commands.mentorship.name) $t(commands.mentorship.end.name)` la cierra con buen rollo.',
    adminsTold: 'Hemos avisado a los admins del programa para que alguien pueda echar una mano.',
    flagTitle: 'Una mentoría puede necesitar ayuda',
    flagStuck:
      '{{who}} dice estar **atascado** en el seguimiento n.º {{number}} de la mentoría de {{mentor}} (mentor) y {{mentee}} (mentee).',
    flagLowRating:
      '{{who}} puntuó la mentoría de {{mentor}} (mentor) y {{mentee}} (mentee) con **{{rating}}/5** en el seguimiento n.º {{number}}.',
  },
  pause: {
    done: 'En pausa. Los seguimientos se detienen y la plaza se mantiene hasta que uno de los dos use `/$t(commands.mentorship.name) $t(commands.mentorship.resume.name)`.',
    toOther:
      '{{actor}} ha pausado vuestra mentoría en **{{server}}**. Los seguimientos se detienen hasta que uno de los dos use `/$t(commands.mentorship.name) $t(commands.mentorship.resume.name)`.',
  },
  resume: {
    done: 'Retomada. Próximo seguimiento: <t:{{next}}:F> (<t:{{next}}:R>).',
    toOther: '{{actor}} ha retomado vuestra mentoría en **{{server}}**. Próximo seguimiento: <t:{{next}}:F>.',
  },
  reasons: {
    completed: 'completada',
    goalsChanged: 'cambio de objetivos',
    noTime: 'falta de tiempo',
    noResponse: 'sin respuesta',
    mismatch: 'no encajamos',
    other: 'otro motivo',
    inactive: 'inactiva demasiado tiempo',
  },
  end: {
    done: 'La mentoría ha terminado ({{reason}}). Su plaza vuelve a estar libre; ¡gracias a los dos! Tienes un formulario de feedback privado aquí abajo y en tus DMs.',
    toOther:
      '{{actor}} ha cerrado vuestra mentoría en **{{server}}** ({{reason}}). Gracias por el tiempo que le dedicaste.',
    toEnder: 'Has cerrado tu mentoría con {{other}} en **{{server}}** ({{reason}}).',
    inactive:
      'Tu mentoría con {{other}} en **{{server}}** ha terminado: nadie respondió en mucho tiempo. Su plaza vuelve a estar libre.',
    inThread: 'Esta mentoría ha terminado. El hilo queda archivado; gracias a los dos.',
    askFeedback:
      '¿Qué tal fue? Tu feedback es privado: {{other}} solo lo lee cuando los dos hayáis respondido, o 14 días después del cierre, y nunca se publica.',
  },
  feedback: {
    button: 'Dar feedback privado',
    title: 'Feedback privado',
    rating: 'Tu puntuación de la mentoría (1–5)',
    comment: 'Un comentario para la otra parte (opcional)',
    thanks: 'Gracias. {{other}} lo leerá cuando también responda, o 14 días después del cierre.',
    thanksRevealed: 'Gracias. Ya habéis respondido los dos, así que cada uno recibe por DM el feedback del otro.',
    already: 'Ya diste tu feedback sobre esta mentoría; se guarda una sola vez.',
    badRating: 'La puntuación es un número entero del 1 al 5.',
    commentTooLong: 'El comentario puede tener como máximo {{maximum}} caracteres.',
    notEnded: 'El feedback se abre cuando la mentoría ha terminado.',
    revealTitle: 'Feedback de {{other}}',
    reveal: 'Tu mentoría en **{{server}}** ha terminado; esto es lo que escribió {{other}} (solo lo ves tú).',
    ratingLine: 'Puntuación: **{{rating}}/5**',
    noComment: '(sin comentario)',
  },
  fading: {
    nudge:
      '{{mentor}}, {{mentee}}: esto está muy tranquilo desde <t:{{since}}:D>. Un mensaje corto sobre cómo vais mantiene viva la mentoría.',
    ask: '{{mentor}}, {{mentee}}: no ha pasado nada desde <t:{{since}}:D>. ¿Queréis seguir o cerrar la mentoría?',
    warn: '{{mentor}}, {{mentee}}: nadie ha respondido desde <t:{{since}}:D>. La mentoría se cerrará por inactividad <t:{{ends}}:R> (<t:{{ends}}:F>) salvo que uno de los dos pulse **Seguir**.',
    continue: 'Seguir',
    end: 'Cerrarla',
    continued: '¡Genial, la mentoría sigue! Los seguimientos continúan según lo acordado.',
    pickReason: '¿Por qué se cierra? Elige un motivo; se cierra en el momento.',
    reasonPlaceholder: 'Motivo del cierre',
  },
  settings: {
    fadingDays_one:
      'Una pareja sin actividad durante {{count}} día recibe un toque; al doble, la pregunta de «¿seguir o cerrar?».',
    fadingDays_other:
      'Una pareja sin actividad durante {{count}} días recibe un toque; al doble, la pregunta de «¿seguir o cerrar?».',
  },
} as const satisfies LocaleCatalog['lifecycle'];
