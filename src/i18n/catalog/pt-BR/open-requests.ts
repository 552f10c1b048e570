import type { LocaleCatalog } from '../catalog-shape.js';

export const openRequests = {
  form: {
    title: 'Peça mentoria a uma especialidade',
    goals: 'No que você quer trabalhar?',
  },
  posted_one:
    'Seu pedido foi publicado em <#{{channelId}}>: qualquer mentor de {{specialty}} com vaga livre pode assumi-lo em até {{count}} dia. Você recebe uma mensagem direta quando alguém assumir.',
  posted_other:
    'Seu pedido foi publicado em <#{{channelId}}>: qualquer mentor de {{specialty}} com vaga livre pode assumi-lo em até {{count}} dias. Você recebe uma mensagem direta quando alguém assumir.',
  post: {
    title: 'Pedido de mentoria aberto: {{specialty}}',
    asks: '{{mentee}} procura um mentor em {{specialty}}.',
    goals: 'Objetivos',
    expires: 'Expira',
    howTo: 'Qualquer mentor desta especialidade com vaga livre pode assumir; vale quem chegar primeiro.',
    status: 'Situação',
    claimed: 'Assumido por {{mentor}}: a mentoria já começou.',
    expired_one: 'Expirado: ninguém assumiu em {{count}} dia.',
    expired_other: 'Expirado: ninguém assumiu em {{count}} dias.',
    withdrawn: 'Retirado pela pessoa.',
    threadName: '{{specialty}}: {{mentee}}',
  },
  buttons: {
    claim: 'Assumir',
    withdraw: 'Retirar',
  },
  claimed: 'Você assumiu o pedido de {{mentee}}: a mentoria de vocês começou, e a pessoa já foi avisada.',
  withdrawn: 'Você retirou seu pedido aberto; a publicação já mostra isso.',
  expiredDm_one:
    'Ninguém assumiu seu pedido aberto de mentoria em {{specialty}} em {{count}} dia, então ele expirou. Tente `/$t(commands.mentors.name) $t(commands.mentors.find.name)` ou publique de novo com `/$t(commands.mentors.name) $t(commands.mentors.request.name)`.',
  expiredDm_other:
    'Ninguém assumiu seu pedido aberto de mentoria em {{specialty}} em {{count}} dias, então ele expirou. Tente `/$t(commands.mentors.name) $t(commands.mentors.find.name)` ou publique de novo com `/$t(commands.mentors.name) $t(commands.mentors.request.name)`.',
  admin: {
    set: 'Os pedidos abertos agora são publicados em <#{{channelId}}>.',
    cleared: 'Pedidos abertos desativados: ninguém pode mais publicá-los.',
  },
  errors: {
    notSetUp:
      'Este servidor ainda não tem canal para pedidos abertos; fale com um admin ou escolha um mentor com `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    duplicate: 'Você já tem um pedido aberto nesta especialidade; retire-o pela publicação antes de publicar outro.',
    notFound: 'Esse pedido aberto não existe mais.',
    alreadyClaimed: 'Outro mentor assumiu este pedido antes (<@{{mentorId}}>).',
    expired: 'Este pedido aberto já expirou.',
    withdrawn: 'A pessoa retirou este pedido.',
    alreadyYours: 'Você já é mentor desta pessoa; deixe este pedido para outro mentor.',
    ownRequest: 'Você não pode assumir o seu próprio pedido.',
    notAMentorOfSpecialty: 'Só um mentor desta especialidade neste servidor pode assumir.',
    onlyMemberWithdraws: 'Só quem publicou este pedido pode retirá-lo.',
    cannotPost:
      'Não consegui publicar no canal de pedidos abertos (falta permissão?); nada foi publicado. Avise um admin.',
  },
} as const satisfies LocaleCatalog['openRequests'];
