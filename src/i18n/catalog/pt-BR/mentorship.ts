import type { LocaleCatalog } from '../catalog-shape.js';

export const mentorship = {
  errors: {
    none: 'Você não tem nenhuma mentoria ativa neste servidor.',
    noneWith: 'Você não tem nenhuma mentoria ativa com <@{{otherId}}>.',
    several_one:
      'Você tem {{count}} mentoria ativa; use isto na thread dela ou indique a outra pessoa na opção `with`.',
    several_other:
      'Você tem {{count}} mentorias ativas; use isto na thread da dupla ou indique a outra pessoa na opção `with`.',
    notYourMentorship: 'Esta thread é de outra dupla, então você não pode mudar a mentoria deles.',
    notWithYourself: 'Você não pode ter uma mentoria consigo mesmo; escolha a outra pessoa na opção `with`.',
  },
} as const satisfies LocaleCatalog['mentorship'];
