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
  applicationsChannel: {
    name: 'canal-solicitudes',
    description: 'Dónde se avisa a los admins de nuevas solicitudes de mentor',
    options: { channel: { name: 'canal', description: 'Un canal de texto (déjalo vacío para quitarlo)' } },
  },
  applications: { name: 'solicitudes', description: 'Solicitudes de mentor pendientes de decisión' },
  requestCooldown: {
    name: 'espera-solicitudes',
    description: 'Días que espera alguien rechazado antes de volver a pedírselo al mismo mentor (30 por defecto)',
    options: { days: { name: 'dias', description: 'Con 0 se desactiva la espera' } },
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
