import type { LocaleCatalog } from '../catalog-shape.js';

export const thanks = {
  refusals: {
    self: 'Você não pode agradecer a si mesmo.',
    bot: 'Bots não recebem agradecimentos; agradeça ao membro que te ajudou.',
    tooNew:
      'Dá para agradecer depois de {{days}} dias no servidor. Você poderá <t:{{until}}:R>; até lá, uma mensagem gentil também faz a diferença.',
    cooldown: 'Você já agradeceu <@{{user}}> há pouco tempo. Poderá agradecer de novo <t:{{until}}:R>.',
    dailyCap:
      'Você deu {{max}} agradecimentos nas últimas 24 horas, o máximo por dia. O próximo fica liberado <t:{{until}}:R>.',
    noAuthor: 'Essa mensagem não tem nenhum membro para agradecer.',
    notMember: 'Aqui só dá para agradecer membros deste servidor.',
  },
  given: '<@{{giver}}> agradeceu <@{{receiver}}>!',
  givenFor: '<@{{giver}}> agradeceu <@{{receiver}}> por esta ajuda: {{link}}',
  givenReason: '<@{{giver}}> agradeceu <@{{receiver}}>: {{reason}}',
  sent: 'Seu agradecimento foi publicado no canal.',
  weighsLess:
    'Contado. Agradecimentos entre membros que ainda não tiveram uma mentoria ou sessão juntos valem menos no ranking.',
} as const satisfies LocaleCatalog['thanks'];
