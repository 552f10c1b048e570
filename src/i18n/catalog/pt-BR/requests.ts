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
} as const satisfies LocaleCatalog['requests'];
