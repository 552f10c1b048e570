import type { LocaleCatalog } from '../../catalog-shape.js';

export const repAdmin = {
  name: 'reputación-admin',
  description: 'Reglas de reputación y correcciones en este servidor',
  settings: { name: 'reglas', description: 'Muestra las reglas de reputación vigentes' },
  points: {
    name: 'puntos',
    description: 'Cuánto vale cada reconocimiento',
    options: {
      session: { name: 'sesión', description: 'Puntos por una sesión confirmada (por defecto 10)' },
      thanks: { name: 'gracias', description: 'Puntos por un agradecimiento (por defecto 3)' },
      unrelated: {
        name: 'gracias-sin-historia',
        description: 'Puntos por un agradecimiento entre miembros sin historia en común (por defecto 1)',
      },
      feedback: {
        name: 'por-estrella',
        description: 'Puntos por estrella por encima de 2 en una valoración (por defecto 2)',
      },
    },
  },
  thanksRules: {
    name: 'reglas-gracias',
    description: 'Límites de los agradecimientos',
    options: {
      cooldown: {
        name: 'horas-de-espera',
        description: 'Horas antes de volver a agradecer al mismo miembro (por defecto 24)',
      },
      cap: { name: 'tope-diario', description: 'Agradecimientos que un miembro puede dar al día (por defecto 5)' },
      days: { name: 'días-mínimos', description: 'Días en el servidor antes de poder agradecer (por defecto 7)' },
    },
  },
  channel: {
    name: 'canal',
    description: 'Dónde se anuncian quienes más ayudaron cada semana y cada mes',
    options: { channel: { name: 'canal', description: 'Un canal de texto (déjalo vacío para dejar de anunciar)' } },
  },
  adjust: {
    name: 'ajustar',
    description: 'Suma o resta puntos, con un motivo (queda en el registro)',
    options: {
      user: { name: 'miembro', description: 'De quién son los puntos' },
      amount: { name: 'cantidad', description: 'Puntos a sumar (negativo para restar)' },
      reason: { name: 'motivo', description: 'Por qué' },
    },
  },
  reverse: {
    name: 'revertir',
    description: 'Deshace un reconocimiento y todo lo que sumó',
    options: {
      id: { name: 'id', description: 'El id que ven los administradores en /rep' },
      reason: { name: 'motivo', description: 'Por qué' },
    },
  },
  rings: { name: 'círculos', description: 'Parejas que casi solo se agradecen entre sí' },
  role: {
    name: 'rol-por-puntos',
    description: 'Un rol que se tiene mientras los puntos históricos llegan a un umbral (requiere Gestionar roles)',
    options: {
      role: { name: 'rol', description: 'El rol que el bot da y quita' },
      points: { name: 'puntos', description: 'Puntos históricos desde los que se tiene (0 deja de darlo)' },
    },
  },
} as const satisfies LocaleCatalog['commands']['repAdmin'];
