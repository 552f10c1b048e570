import type { LocaleCatalog } from '../../catalog-shape.js';

export const mentor = {
  name: 'mentoría',
  description: 'Ofrece tu tiempo como mentor y gestiona tu perfil de mentor',
  register: { name: 'registrarse', description: 'Hazte mentor en este servidor' },
  edit: { name: 'editar', description: 'Cambia tu perfil de mentor' },
  pause: {
    name: 'pausar',
    description: 'Deja de recibir solicitudes por un tiempo',
    options: { until: { name: 'hasta', description: 'Vuelve solo en esta fecha (AAAA-MM-DD, en tu zona horaria)' } },
  },
  resume: { name: 'reanudar', description: 'Vuelve a aceptar solicitudes después de una pausa' },
  retire: { name: 'retirarse', description: 'Deja de ser mentor; tu perfil y tu historial se conservan' },
  requests: { name: 'solicitudes', description: 'Solicitudes de mentoría que esperan tu respuesta' },
  block: {
    name: 'bloquear',
    description: 'Impide que un miembro te pida mentoría',
    options: { user: { name: 'usuario', description: 'El miembro' } },
  },
  unblock: {
    name: 'desbloquear',
    description: 'Deja que un miembro que bloqueaste vuelva a pedirte mentoría',
    options: { user: { name: 'usuario', description: 'El miembro' } },
  },
  profile: {
    name: 'perfil',
    description: 'Mira el perfil de un mentor',
    options: { user: { name: 'usuario', description: 'De quién es el perfil (por defecto, el tuyo)' } },
  },
  details: {
    timezone: { name: 'zona-horaria', description: 'Tu zona horaria; empieza a escribir tu ciudad' },
    years: { name: 'años', description: 'Años de experiencia en el área' },
    capacity: { name: 'capacidad', description: 'Cuántos mentorados puedes atender a la vez (por defecto 3)' },
    languages: {
      name: 'idiomas',
      description: 'Idiomas en los que das mentoría, separados por comas (por defecto: en)',
    },
  },
} as const satisfies LocaleCatalog['commands']['mentor'];
