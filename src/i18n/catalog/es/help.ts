import type { LocaleCatalog } from '../catalog-shape.js';

export const help = {
  title: 'Lo que mentor-bot puede hacer por ti',
  description: 'Encuentra un mentor que sepa de tu tema, coincida con parte de tus horarios y tenga lugar para ti.',
  lookingForMentor: {
    name: 'Si buscas mentor',
    value:
      'Primero `/$t(commands.me.name) $t(commands.me.timezone.name)`, para que las coincidencias se ajusten a tus horarios. Luego `/$t(commands.mentors.name) $t(commands.mentors.find.name)` con una especialidad: solo tú ves los resultados (**$t(help.buttons.shareResults)** los publica), y con **$t(help.buttons.previousPage)** y **$t(help.buttons.nextPage)** pasas de página. Pulsa **$t(help.buttons.requestMentor, {"rank": 1})** (**$t(help.buttons.requestMentor, {"rank": 2})**, …) debajo del mentor que quieras y cuéntale tus objetivos. `/$t(commands.me.name) $t(commands.me.requests.name)` muestra las solicitudes que esperan respuesta; **$t(help.buttons.withdrawRequest, {"position": 1})** retira una.',
  },
  mentoring: {
    name: 'Si quieres ser mentor',
    value:
      '`/$t(commands.mentor.name) $t(commands.mentor.register.name)`: elige especialidades y formatos, pulsa **$t(help.buttons.continueRegistration)** y completa el formulario. Las solicitudes te llegan por mensaje directo con **$t(help.buttons.acceptRequest)**, **$t(help.buttons.declineRequest)** y **$t(help.buttons.declineAndBlock)**.',
  },
  directMessage:
    '¡Hola! Funciono dentro de los servidores, con comandos de barra. Escribe `/$t(commands.help.name)` en un canal de algún servidor que compartamos para ver qué puedes hacer ahí.',
  buttons: {
    requestMentor: 'Pedir {{rank}}',
    previousPage: 'Anterior',
    nextPage: 'Siguiente',
    shareResults: 'Compartir en el canal',
    withdrawRequest: 'Retirar {{position}}',
    continueRegistration: 'Continuar',
    acceptRequest: 'Aceptar',
    declineRequest: 'Rechazar',
    declineAndBlock: 'Rechazar y bloquear',
  },
} as const satisfies LocaleCatalog['help'];
