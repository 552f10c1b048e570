import type { LocaleCatalog } from '../catalog-shape.js';

export const requests = {
  statuses: {
    pending: 'aguardando',
    accepted: 'aceito',
    declined: 'recusado',
    expired: 'expirado',
    withdrawn: 'retirado',
    closed: 'encerrado',
  },
  refusals: {
    thatMentor: 'Esse mentor',
    self: 'Você não pode pedir mentoria para si mesmo.',
    mentorUnavailable:
      '{{mentor}} não está aceitando pedidos agora. Tente outro mentor em `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    mentorFull:
      '{{mentor}} não tem vaga livre agora. Tente outro mentor em `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    mentorLeft:
      '{{mentor}} não está mais neste servidor. Tente outro mentor em `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    alreadyMentored: '{{mentor}} já é seu mentor.',
    duplicate: 'Você já fez um pedido para essa pessoa; a resposta está a caminho.',
    limit:
      'Você já tem {{max}} pedidos aguardando resposta. Espere uma resposta, ou retire um pedido com `/$t(commands.me.name) $t(commands.me.requests.name)`, antes de pedir para outra pessoa.',
    cooldown:
      '{{mentor}} recusou seu último pedido. Você pode pedir de novo <t:{{until}}:R> (em <t:{{until}}:D>); enquanto isso, tente outro mentor em `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    blocked:
      '{{mentor}} não está aceitando pedidos seus. Tente outro mentor em `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    alreadyAnswered: 'Este pedido não está mais aguardando: ele foi {{status}}.',
    mentorPaused:
      'Você está em pausa, então não pode aceitar mentorados agora. Use `/$t(commands.mentor.name) $t(commands.mentor.resume.name)` primeiro e depois aceite.',
    mentorNotRecognised:
      'Você não é mentor ativo neste servidor (se aposentou ou ainda não foi aprovado), então não pode aceitar mentorados.',
    noFreePlace:
      'Todas as suas vagas estão ocupadas. Aumente sua capacidade com `/$t(commands.mentor.name) $t(commands.mentor.edit.name)` ou recuse este pedido.',
    menteeAlreadyYours: 'Você já é mentor dessa pessoa; recuse este pedido ou deixe ele expirar.',
  },
  errors: {
    notOnServer: 'Você não é mais membro desse servidor, então não pode pedir mentoria aos mentores de lá.',
    notFound: 'Esse pedido não existe mais; talvez tenha sido removido.',
    onlyMentorAnswers: 'Só o mentor que recebeu o pedido pode responder.',
    onlyMenteeWithdraws: 'Só quem fez o pedido pode retirá-lo.',
    goalsTooShort: 'Conte um pouco mais sobre seus objetivos para o mentor: pelo menos {{minimum}} caracteres.',
    goalsTooLong: 'Os objetivos podem ter no máximo {{maximum}} caracteres; os seus têm {{length}}.',
    cannotBlockSelf: 'Você não pode bloquear a si mesmo.',
    cooldownWholeDays: 'Só dias inteiros, por favor.',
    cooldownNotNegative: 'Use 0 para desligar o tempo de espera.',
    cooldownTooLong: 'No máximo {{maximum}} dias.',
  },
  goalsForm: {
    title: 'Pedir mentoria',
    goals: 'No que você quer trabalhar com o mentor?',
  },
  declineForm: {
    title: 'Recusar o pedido',
    reason: 'Um motivo gentil (opcional, a pessoa lê)',
  },
  forMentor: {
    title: 'Pedido de mentoria',
    asks: '{{mentee}} quer que você seja mentor dele(a).',
    goals: 'Objetivos',
    answer: 'Resposta',
    expires: 'Expira',
    answerWithin_one: 'Responda em até {{count}} dia; depois disso o pedido expira.',
    answerWithin_other: 'Responda em até {{count}} dias; depois disso o pedido expira.',
    blockedNote:
      'Essa pessoa não pode mais te pedir mentoria; `/$t(commands.mentor.name) $t(commands.mentor.unblock.name)` desfaz o bloqueio.',
  },
  answers: {
    pending: 'Aguardando sua resposta.',
    accepted: 'Você aceitou este pedido.',
    declined: 'Você recusou este pedido.',
    expired_one: 'Este pedido expirou: ficou sem resposta por {{count}} dia.',
    expired_other: 'Este pedido expirou: ficou sem resposta por {{count}} dias.',
    withdrawn: '{{mentee}} retirou este pedido.',
    closedRetired: 'Encerrado: você deixou de ser mentor.',
    closedRejected: 'Encerrado: sua candidatura a mentor não foi aprovada.',
    closedLeft: 'Encerrado: você saiu do servidor.',
    closedUnresponsive: 'Encerrado: você foi pausado por deixar pedidos sem resposta.',
    closed: 'Encerrado.',
  },
  sent: {
    delivered: 'Seu pedido está a caminho de {{mentor}}.',
    closedDms:
      'Seu pedido foi salvo, mas {{mentor}} não aceita mensagens diretas; a pessoa vai vê-lo em `/$t(commands.mentor.name) $t(commands.mentor.requests.name)`.',
    retrying:
      'Seu pedido foi salvo; o Discord não me deixou mandar mensagem para {{mentor}} agora, então vou continuar tentando.',
    answerLater_one:
      'Você vai receber uma mensagem direta quando houver resposta (em até {{count}} dia); `/$t(commands.me.name) $t(commands.me.requests.name)` mostra seus pedidos.',
    answerLater_other:
      'Você vai receber uma mensagem direta quando houver resposta (em até {{count}} dias); `/$t(commands.me.name) $t(commands.me.requests.name)` mostra seus pedidos.',
  },
  outcome: {
    accepted:
      'Boa notícia: {{mentor}} aceitou seu pedido de mentoria. Logo chegam o espaço privado de vocês e o acordo para você confirmar; `/$t(commands.mentorship.name) $t(commands.mentorship.list.name)` mostra como está.',
    declined: '{{mentor}} não pode aceitar seu pedido de mentoria agora.',
    declineNote: 'Recado: {{reason}}',
    expired_one: 'Seu pedido de mentoria para {{mentor}} ficou sem resposta por {{count}} dia, então expirou.',
    expired_other: 'Seu pedido de mentoria para {{mentor}} ficou sem resposta por {{count}} dias, então expirou.',
    closedLeft: 'Seu pedido de mentoria para {{mentor}} foi encerrado: a pessoa saiu do servidor.',
    closedUnresponsive:
      'Seu pedido de mentoria para {{mentor}} foi encerrado: a pessoa está ausente por enquanto e não pôde responder.',
    closed: 'Seu pedido de mentoria para {{mentor}} foi encerrado: a pessoa não é mais mentor aqui.',
    withdrawn: 'Você retirou seu pedido de mentoria para {{mentor}}.',
    pending: 'Seu pedido para {{mentor}} está aguardando resposta.',
    elsewhere: 'Tente outro mentor em `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
  },
  expiredForMentor_one:
    'O pedido de mentoria de {{mentee}} expirou: ficou sem resposta por {{count}} dia, e a pessoa já foi avisada. Se precisar de uma pausa, `/$t(commands.mentor.name) $t(commands.mentor.pause.name)` segura os pedidos novos.',
  expiredForMentor_other:
    'O pedido de mentoria de {{mentee}} expirou: ficou sem resposta por {{count}} dias, e a pessoa já foi avisada. Se precisar de uma pausa, `/$t(commands.mentor.name) $t(commands.mentor.pause.name)` segura os pedidos novos.',
  withdrawnNote: 'Você retirou seu pedido para {{mentor}}; a mensagem dele(a) já mostra isso.',
  nextBest: {
    intro: 'Estes mentores também podem te ajudar; clique em um botão para pedir a um deles:',
    line: '**{{rank}}.** <@{{mentorId}}>: {{headline}} (compatibilidade {{score}}/100)',
  },
  pausedForMentor_one:
    'O pedido de mentoria de {{mentee}} expirou: ficou sem resposta por {{count}} dia. Já são {{run}} pedidos seguidos sem resposta, então você foi pausado: ninguém recebe você como sugestão, e seus outros pedidos em espera foram encerrados (as pessoas foram avisadas). Quando quiser voltar, use `/$t(commands.mentor.name) $t(commands.mentor.resume.name)`.',
  pausedForMentor_other:
    'O pedido de mentoria de {{mentee}} expirou: ficou sem resposta por {{count}} dias. Já são {{run}} pedidos seguidos sem resposta, então você foi pausado: ninguém recebe você como sugestão, e seus outros pedidos em espera foram encerrados (as pessoas foram avisadas). Quando quiser voltar, use `/$t(commands.mentor.name) $t(commands.mentor.resume.name)`.',
  pausedForAdmins:
    '{{mentor}} deixou {{run}} pedidos de mentoria seguidos sem resposta, então foi pausado e os pedidos em espera foram encerrados. A pessoa já sabe como voltar.',
  responsiveness: {
    title: 'Tempo de resposta',
    none: 'Ainda não respondeu nem deixou expirar nenhum pedido',
    rate_one: 'Respondeu {{answered}} de {{count}} pedido ({{percent}})',
    rate_other: 'Respondeu {{answered}} de {{count}} pedidos ({{percent}})',
    usually: '{{rate}}, normalmente em ~{{duration}}',
  },
  mine: {
    none: 'Você não tem pedidos aguardando resposta. Encontre um mentor com `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    title: 'Seus pedidos aguardando resposta',
    line: '**{{position}}.** {{mentor}}, enviado {{sent}}, expira {{expires}}',
    more_one: 'Mais {{count}} não mostrado.',
    more_other: 'Mais {{count}} não mostrados.',
  },
} as const satisfies LocaleCatalog['requests'];
