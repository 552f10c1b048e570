import type { LocaleCatalog } from '../catalog-shape.js';

export const search = {
  title: 'Mentores de {{specialty}}',
  empty:
    'Ainda não há mentor com vaga livre que combine. Tente sem o filtro de idioma, formato ou disponibilidade, ou volte daqui a pouco.',
  footer: '{{total}} encontrados · página {{page}} de {{pages}} · {{note}}',
  hoursNote: {
    own: 'Ordenados por habilidades, horas em comum com você, vagas livres, reputação e rapidez nas respostas.',
    assumed:
      'Ordenados supondo que você pode das 09:00 às 22:00 no seu horário; informe seus horários com `/$t(commands.me.name) $t(commands.me.hours.name)`.',
    unknown:
      'Informe seu fuso horário com `/$t(commands.me.name) $t(commands.me.timezone.name)` para que as horas em comum contem na ordem.',
  },
  sharedFooter: 'Ordenados pelos horários de quem fez a busca.',
  shared: '{{member}} compartilhou estes resultados da busca de mentores.',
  result: {
    heading: '**{{rank}}.** {{mentor}} · compatibilidade **{{score}}**/100',
    places_one: '{{free}} de {{count}} vaga livre',
    places_other: '{{free}} de {{count}} vagas livres',
    availableNow: 'disponível agora',
    nextAvailable: 'próxima disponibilidade {{when}}',
    noUpcomingHours: 'sem horários próximos',
    theirTime: '{{time}} no horário da pessoa',
  },
  reasons: {
    knows: 'domina {{skills}}',
    listsNoSkills: 'não informou habilidades',
    knowsRelated: 'domina {{skills}}, próximo de {{asked}}',
    doesNotList: 'não informa {{asked}}',
    unknownHours: 'seu fuso horário é desconhecido, então os horários não foram comparados',
    noCommonHours: 'nenhuma hora em comum com você',
    commonHours: '{{duration}} por semana em comum nas suas {{parts}}',
    places_one: '{{free}} de {{count}} vaga livre',
    places_other: '{{free}} de {{count}} vagas livres',
    manyWaiting_one: 'muitos pedidos aguardando: {{count}} para {{free}} de {{capacity}} vagas livres',
    manyWaiting_other: 'muitos pedidos aguardando: {{count}} para {{free}} de {{capacity}} vagas livres',
    noReputation: 'ainda sem reputação',
    reputation: 'reputação {{points}}',
    noRequests: 'ainda não recebeu pedidos',
    answers_one: 'responde {{answered}} de {{count}} pedido',
    answers_other: 'responde {{answered}} de {{count}} pedidos',
    answersUsually: '{{answers}}, normalmente em ~{{duration}}',
    minutes: '{{count}} min',
    hours: '{{count}} h',
  },
  partsOfDay: { nights: 'madrugadas', mornings: 'manhãs', afternoons: 'tardes', evenings: 'noites' },
  errors: {
    gone: 'Não encontro mais essa busca. As buscas duram um dia; use `/$t(commands.mentors.name) $t(commands.mentors.find.name)` de novo.',
    notYours:
      'Estes resultados são de outra pessoa. Use `/$t(commands.mentors.name) $t(commands.mentors.find.name)` para ver os seus.',
  },
} as const satisfies LocaleCatalog['search'];
