import type { LocaleCatalog } from '../catalog-shape.js';

export const common = {
  errors: {
    notFound: 'No encontré {{what}}.',
    notFoundWithHint: 'No encontré {{what}}. {{hint}}',
    invalidInput: '**{{field}}**: {{problem}}',
    forbidden: 'No puedes hacer eso: {{reason}}',
    guildOnly: 'Esto solo funciona dentro de un servidor. Úsalo desde un canal de tu comunidad.',
    expiredComponent: 'Este botón o menú ya no es válido. Vuelve a usar el comando para obtener uno nuevo.',
    internal:
      'Algo falló de nuestro lado y quedó registrado. Vuelve a intentarlo en un minuto; si sigue pasando, avisa a un admin del servidor.',
    restarting: 'El bot se está reiniciando. Vuelve a intentarlo en unos segundos.',
  },
} as const satisfies LocaleCatalog['common'];
