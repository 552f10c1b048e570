import type { LocaleCatalog } from '../../catalog-shape.js';

export const admin = {
  name: 'administrar',
  description: 'Gestiona el programa de mentoría de este servidor',
  formalProgram: {
    name: 'programa-formal',
    description: 'Exige que un admin apruebe a los nuevos mentores',
    options: { enabled: { name: 'activado', description: 'Activado o desactivado' } },
  },
  mentorRole: {
    name: 'rol-mentor',
    description: 'El rol que recibe cada mentor reconocido (también requiere Gestionar roles)',
    options: { role: { name: 'rol', description: 'El rol (déjalo vacío para quitarlo)' } },
  },
  openRequestsChannel: {
    name: 'canal-solicitudes-abiertas',
    description: 'Dónde se publican las solicitudes abiertas para que los mentores las tomen',
    options: { channel: { name: 'canal', description: 'Un canal de texto o foro (vacío para desactivarlas)' } },
  },
  applicationsChannel: {
    name: 'canal-solicitudes',
    description: 'Dónde se avisa a los admins de nuevas solicitudes de mentor',
    options: { channel: { name: 'canal', description: 'Un canal de texto (déjalo vacío para quitarlo)' } },
  },
  mentorshipChannel: {
    name: 'canal-mentorías',
    description: 'El canal de texto donde cada nueva pareja recibe su hilo privado',
    options: { channel: { name: 'canal', description: 'Un canal de texto (déjalo vacío para quitarlo)' } },
  },
  mentorshipGuide: {
    name: 'guía-mentorías',
    description: 'Edita la guía que reciben las nuevas parejas o vuelve al texto original',
    options: {
      guide: {
        name: 'guía',
        description: 'Qué guía',
        choices: { mentee: 'Para mentees', mentor: 'Para mentores', challenges: 'Retos habituales' },
      },
      reset: { name: 'restablecer', description: 'Vuelve al texto original' },
    },
  },
  applications: { name: 'solicitudes', description: 'Solicitudes de mentor pendientes de decisión' },
  requestCooldown: {
    name: 'espera-solicitudes',
    description: 'Días que espera alguien rechazado antes de volver a pedírselo al mismo mentor (30 por defecto)',
    options: { days: { name: 'dias', description: 'Con 0 se desactiva la espera' } },
  },
  fadingDays: {
    name: 'dias-sin-actividad',
    description: 'Días sin mensajes ni respuestas a seguimientos antes de dar un toque a una pareja (21 por defecto)',
    options: { days: { name: 'dias', description: 'De 7 a 30; al doble se pregunta «¿seguir o cerrar?»' } },
  },
  approve: {
    name: 'aprobar',
    description: 'Aprueba la solicitud de un mentor',
    options: { user: { name: 'usuario', description: 'Quien lo solicita' } },
  },
  reject: {
    name: 'rechazar',
    description: 'Rechaza la solicitud de un mentor; se le explica el motivo',
    options: {
      user: { name: 'usuario', description: 'Quien lo solicita' },
      reason: { name: 'motivo', description: 'Por qué; la persona lo va a leer' },
    },
  },
} as const satisfies LocaleCatalog['commands']['admin'];
