import type { LocaleCatalog } from '../catalog-shape.js';

export const mentor = {
  formats: {
    oneOnOne: 'Mentoría 1:1',
    group: 'Sesiones en grupo',
    codeReview: 'Revisión de código',
    mockInterview: 'Entrevistas de práctica',
    resumeReview: 'Revisión de CV',
    careerGuidance: 'Orientación profesional',
  },
  draft: {
    registerTitle: 'Regístrate como mentor',
    editTitle: 'Edita tu perfil de mentor',
    instructions:
      'Elige hasta {{max}} especialidades y los formatos que ofreces, y luego pulsa **$t(help.buttons.continueRegistration)** para escribir tu titular, tu bio, tus skills y tu horario semanal.',
    specialties: 'Especialidades',
    formats: 'Formatos',
    timezone: 'Zona horaria',
    noneYet: 'Ninguna todavía',
    timezoneNotSet: 'sin definir',
    specialtiesPlaceholder: 'Tus especialidades',
    formatsPlaceholder: 'Formatos que ofreces',
    modalTitleRegister: 'Tu perfil de mentor',
    modalTitleEdit: 'Edita tu perfil de mentor',
    headlineLabel: 'Titular: en qué puedes ayudar',
    bioLabel: 'Sobre ti (opcional)',
    skillsLabel: 'Skills, separadas por comas',
    availabilityLabel: 'Horario semanal, tu hora (mon 18:00-20:00)',
    applicationSaved: '¡Gracias! Tu solicitud de mentor quedó guardada.',
    profileSaved: 'Tu perfil de mentor quedó guardado.',
  },
  profile: {
    title: 'Mentor: {{name}}',
    specialties: 'Especialidades',
    skills: 'Habilidades',
    formats: 'Formatos',
    localTime: 'Hora local',
    nextAvailability: 'Próxima disponibilidad',
    capacity: 'Cupo',
    languages: 'Idiomas',
    experience: 'Experiencia',
    trackRecord: 'Trayectoria',
    status: 'Estado',
    none: 'Ninguna',
    noneListed: 'Ninguna indicada',
    availableNow: 'Disponible ahora, hasta las {{until}}',
    noUpcomingHours: 'No tiene horas próximas',
    placesUsed: '{{used}} de {{total}} plazas ocupadas',
    years_one: '{{count}} año',
    years_other: '{{count}} años',
    trackRecordValue_one: '{{count}} sesión realizada · reputación {{reputation}}',
    trackRecordValue_other: '{{count}} sesiones realizadas · reputación {{reputation}}',
    statuses: {
      retired: 'Retirado de la mentoría',
      leftServer: 'Se fue del servidor',
      pausedUntil: 'En pausa hasta el {{until}}',
      paused: 'En pausa',
      pending: 'Esperando a que un admin apruebe la solicitud',
      rejected: 'Solicitud no aprobada',
      full: 'Activo, sin plazas libres por ahora',
      active: 'Activo, acepta mentorados',
    },
  },
  replies: {
    paused: 'Pausa activada.',
    resumed: '¡Bienvenido de vuelta!',
    retired:
      'Te retiraste de la mentoría. ¡Gracias por todo! Con `/$t(commands.mentor.name) $t(commands.mentor.register.name)` puedes volver cuando quieras.',
    requestsClosed_one: 'Se cerró {{count}} solicitud pendiente y se avisó al miembro.',
    requestsClosed_other: 'Se cerraron {{count}} solicitudes pendientes y se avisó a los miembros.',
    blocked:
      '{{member}} ya no puede pedirte mentoría. Con `/$t(commands.mentor.name) $t(commands.mentor.unblock.name)` lo deshaces.',
    unblocked: '{{member}} puede volver a pedirte mentoría.',
    notBlocked: '{{member}} no estaba bloqueado.',
    noRequests: 'No tienes solicitudes pendientes.',
    requestsWaiting_one: '{{count}} solicitud pendiente:',
    requestsWaiting_other: '{{count}} solicitudes pendientes:',
    requestsOldest_one: '{{count}} solicitud pendiente; esta es la más antigua:',
    requestsOldest_other: '{{total}} solicitudes pendientes; estas son las {{count}} más antiguas:',
  },
  dm: {
    pauseOver:
      'Tu pausa como mentor terminó: los miembros pueden volver a encontrarte y pedirte mentoría. Usa `/$t(commands.mentor.name) $t(commands.mentor.pause.name)` si necesitas más tiempo.',
  },
  errors: {
    formNotYours: 'Este formulario de registro es de otra persona. Ejecuta el comando tú mismo para tener el tuyo.',
    alreadyRegistered:
      'Ya estás registrado como mentor aquí. Usa `/$t(commands.mentor.name) $t(commands.mentor.edit.name)` para cambiar tu perfil o `/$t(commands.mentor.name) $t(commands.mentor.pause.name)` para tomarte un descanso.',
    notRegistered:
      'No encontré tu perfil de mentor. Primero ejecuta `/$t(commands.mentor.name) $t(commands.mentor.register.name)`.',
    noTimezone: 'No encontré tu zona horaria. Indica la opción `timezone`.',
    noSpecialties:
      'No encontré ninguna especialidad para dar mentoría. Pídele a un admin que añada una con `/$t(commands.specialty.name) $t(commands.specialty.add.name)`.',
    draftExpired:
      'No encontré tu formulario de registro: caducó. Vuelve a ejecutar `/$t(commands.mentor.name) $t(commands.mentor.register.name)` (o `/$t(commands.mentor.name) $t(commands.mentor.edit.name)`).',
    concurrentChange: 'Otra acción cambió tu perfil de mentor al mismo tiempo; inténtalo de nuevo.',
    nothingChanged: 'Cambia al menos un campo de tu perfil.',
    notPaused: 'No estás en pausa, así que no hay nada que reanudar.',
    noMentorProfile: 'No encontré un perfil de mentor para ese miembro. No es mentor aquí.',
    alreadyApproved: 'Ese mentor ya está aprobado.',
    alreadyRejected: 'Esa solicitud ya fue rechazada.',
    retired: 'Te retiraste como mentor. Regístrate de nuevo para volver.',
    noApplication: 'No encontré una solicitud de mentor de ese miembro. No se ha registrado.',
    mentorRetired: 'Ese mentor se retiró.',
    joinedBeforeProgram: 'Ese mentor se unió antes de que empezara el programa formal y no necesita aprobación.',
    noFormalProgram: 'Este servidor no tiene un programa formal de mentores, así que no hace falta aprobarlos.',
    tooManySpecialties:
      'Elige como máximo {{max}} especialidades; elegiste {{count}}. Quédate con las que mejor dominas.',
    specialtiesRequired: 'Elige al menos una especialidad en la que des mentoría.',
    headlineRequired:
      'Escribe un titular: una línea sobre en qué puedes ayudar, como "Backend engineer, encantado de revisar código Go".',
    headlineTooLong:
      'El titular puede tener como máximo {{maximum, number}} caracteres; el tuyo tiene {{length, number}}.',
    bioTooLong: 'La bio puede tener como máximo {{maximum, number}} caracteres; la tuya tiene {{length, number}}.',
    years: 'Los años de experiencia deben ser un número entero del 0 al 60.',
    capacity: 'El cupo debe ser un número entero de mentorados del 1 al 20.',
    unknownFormat:
      '"{{input}}" no es un formato; usa one-on-one, group, code-review, mock-interview, resume-review o career-guidance.',
    formatsRequired:
      'Elige al menos un formato que ofrezcas: one-on-one, group, code-review, mock-interview, resume-review o career-guidance.',
    reasonRequired: 'Indica un motivo; la persona que lo solicitó lo va a leer.',
    reasonTooLong:
      'El motivo puede tener como máximo {{maximum, number}} caracteres; el tuyo tiene {{length, number}}.',
    pauseDate: 'Escribe la fecha como AAAA-MM-DD, por ejemplo 2026-12-24.',
    notADate: '{{input}} no es una fecha; escríbela como AAAA-MM-DD, por ejemplo "2026-07-01".',
    pauseInPast: 'Elige una fecha futura para terminar la pausa.',
    pauseTooLong: 'Puedes pausar como máximo un año; elige una fecha anterior al {{latest}}.',
  },
  input: {
    unknownTimezone:
      '{{input}} no es una zona horaria que conozca. Empieza a escribir tu ciudad, como "Madrid" o "Ciudad de México", y elige una de la lista.',
    unknownLanguage:
      '{{input}} no es un idioma que conozca. Usa códigos ISO 639-1 de dos letras como "en", "de", "es", o nombres en inglés como "Spanish".',
    languagesRequired: 'Indica al menos un idioma en el que puedas dar mentoría, como "es".',
    tooManyLanguages:
      'Puedes indicar como máximo {{max}} idiomas; tienes {{count}}. Quédate con los que mejor manejas para dar mentoría.',
    skillTooLong:
      'Cada skill puede tener como máximo {{max}} caracteres; {{skill}} tiene {{length, number}}. Usa un nombre más corto.',
    skillCharacters:
      '{{skill}} tiene caracteres que una skill no puede llevar. Usa solo letras, dígitos, espacios y + # . / _ -.',
    tooManySkills: 'Puedes indicar como máximo {{max}} skills; tienes {{count}}. Quédate con las que mejor dominas.',
    noWindows: 'Añade al menos una franja horaria, como "mon 18:00-20:30, wed 09:00-11:00" o "sat-sun 10:00-12:00".',
    unreadableWindow:
      'No pude entender {{entry}}. Escribe cada franja como días y un rango de horas, como "mon 18:00-20:30, wed 09:00-11:00" o "sat-sun 10:00-12:00", separadas por comas.',
    unknownDay:
      '{{token}} en {{entry}} no es un día que conozca. Usa mon, tue, wed, thu, fri, sat, sun, un rango como "mon-fri", o "weekdays", "weekend", "daily".',
    tooManyWindows:
      'Puedes indicar como máximo {{max}} franjas horarias; tienes {{count}}. Junta las que estén seguidas, como "mon-fri 18:00-21:00".',
    duplicateWindow: '{{window}} aparece dos veces; deja solo una.',
    overlappingWindows: '{{first}} se solapa con {{second}}; júntalas en una sola franja.',
    notADay: '{{day}} no es un día; usa mon, tue, wed, thu, fri, sat o sun.',
    unreadableTime:
      '{{window}} tiene una hora que no entiendo. Escribe las horas como HH:MM entre 00:00 y 24:00, como "mon 18:00-20:30".',
    endsBeforeStart:
      '{{window}} termina antes de empezar. Una franja no pasa de un día a otro; para pasar la medianoche, divídela, como "fri 22:00-24:00, sat 00:00-01:00".',
  },
} as const satisfies LocaleCatalog['mentor'];
