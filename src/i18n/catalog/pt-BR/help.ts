import type { LocaleCatalog } from '../catalog-shape.js';

export const help = {
  title: 'O que o mentor-bot pode fazer por você',
  description:
    'Encontre um mentor que entenda do seu assunto, tenha horários em comum com você e tenha vaga para você.',
  lookingForMentor: {
    name: 'Procurando um mentor',
    value:
      'Primeiro `/$t(commands.me.name) $t(commands.me.timezone.name)`, para os resultados baterem com os seus horários. Depois `/$t(commands.mentors.name) $t(commands.mentors.find.name)` com uma especialidade: só você vê os resultados (**$t(help.buttons.shareResults)** publica eles), e **$t(help.buttons.previousPage)** e **$t(help.buttons.nextPage)** trocam de página. Clique em **$t(help.buttons.requestMentor, {"rank": 1})** (**$t(help.buttons.requestMentor, {"rank": 2})**, …) embaixo do mentor que você quer e escreva seus objetivos. `/$t(commands.me.name) $t(commands.me.requests.name)` mostra os pedidos esperando resposta; **$t(help.buttons.withdrawRequest, {"position": 1})** cancela um.',
  },
  mentoring: {
    name: 'Mentorando',
    value:
      '`/$t(commands.mentor.name) $t(commands.mentor.register.name)`: escolha especialidades e formatos, clique em **$t(help.buttons.continueRegistration)** e preencha o formulário. Os pedidos chegam por mensagem direta com **$t(help.buttons.acceptRequest)**, **$t(help.buttons.declineRequest)** e **$t(help.buttons.declineAndBlock)**.',
  },
  directMessage:
    'Oi! Eu funciono dentro dos servidores, com comandos de barra. Digite `/$t(commands.help.name)` em um canal de um servidor que a gente tenha em comum para ver o que dá para fazer lá.',
  buttons: {
    requestMentor: 'Pedir {{rank}}',
    previousPage: 'Anterior',
    nextPage: 'Próxima',
    shareResults: 'Compartilhar no canal',
    withdrawRequest: 'Cancelar {{position}}',
    continueRegistration: 'Continuar',
    acceptRequest: 'Aceitar',
    declineRequest: 'Recusar',
    declineAndBlock: 'Recusar e bloquear',
  },
} as const satisfies LocaleCatalog['help'];
