import type { LocaleCatalog } from '../catalog-shape.js';

export const common = {
  errors: {
    guildOnly: 'Esto solo funciona dentro de un servidor. Úsalo desde un canal de tu comunidad.',
    expiredComponent: 'Este botón o menú ya no es válido. Vuelve a usar el comando para obtener uno nuevo.',
    internal:
      'Algo falló de nuestro lado y quedó registrado. Vuelve a intentarlo en un minuto; si sigue pasando, avisa a un admin del servidor.',
    databaseUnavailable: 'La base de datos no está disponible ahora mismo; vuelve a intentarlo en un minuto.',
    slowAnswer: 'Esto está tardando más de lo normal. Si no aparece nada más aquí, vuelve a intentarlo en un minuto.',
    unknownCommand: 'Ya no conozco ese comando; escribe / para ver los que hay.',
    invalidValue: 'Ese valor no es válido aquí.',
    adminsOnly: 'Solo los admins del servidor (Gestionar servidor) pueden hacer eso.',
    roleManagersOnly:
      'Solo los admins con Gestionar servidor y Gestionar roles pueden elegir los roles que entrega el bot.',
    restarting: 'El bot se está reiniciando. Vuelve a intentarlo en unos segundos.',
  },
} as const satisfies LocaleCatalog['common'];
