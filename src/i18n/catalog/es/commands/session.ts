import type { LocaleCatalog } from '../../catalog-shape.js';

export const session = {
  name: 'sesión',
  description: 'Sesiones de mentoría: registra una, responde una, mira el historial',
  log: {
    name: 'registrar',
    description: 'Registra una sesión que diste en otro sitio; cuenta cuando el miembro la confirme',
    options: {
      with: { name: 'con', description: 'El miembro al que acompañaste' },
      minutes: { name: 'minutos', description: 'Cuánto duró, en minutos' },
      daysAgo: { name: 'hace-días', description: 'Hace cuántos días fue (0 si fue hoy)' },
      format: { name: 'formato', description: 'Qué tipo de sesión fue' },
      topics: { name: 'temas', description: 'En qué trabajaron (visible para quienes pueden ver la sesión)' },
      notes: { name: 'notas', description: 'Notas privadas (solo ustedes dos y los administradores las ven)' },
    },
  },
  pending: { name: 'pendientes', description: 'Sesiones que esperan tu confirmación' },
  history: {
    name: 'historial',
    description: 'Sesiones y totales de un miembro (tú por defecto)',
    options: { user: { name: 'miembro', description: 'De quién son las sesiones' } },
  },
} as const satisfies LocaleCatalog['commands']['session'];
