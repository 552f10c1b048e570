import type { LocaleCatalog } from '../../catalog-shape.js';

export const mentor = {
  name: 'mentoria',
  description: 'Ofereça seu tempo como mentor e gerencie seu perfil de mentor',
  register: { name: 'cadastrar', description: 'Vire mentor neste servidor' },
  edit: { name: 'editar', description: 'Altere seu perfil de mentor' },
  pause: {
    name: 'pausar',
    description: 'Pare de receber pedidos por um tempo',
    options: { until: { name: 'até', description: 'Volta sozinho nesta data (AAAA-MM-DD, no seu fuso horário)' } },
  },
  resume: { name: 'retomar', description: 'Volte a aceitar pedidos depois de uma pausa' },
  retire: { name: 'encerrar', description: 'Pare de mentorar; seu perfil e seu histórico ficam guardados' },
  requests: { name: 'pedidos', description: 'Pedidos de mentoria esperando sua resposta' },
  block: {
    name: 'bloquear',
    description: 'Impeça um membro de te pedir mentoria',
    options: { user: { name: 'usuário', description: 'O membro' } },
  },
  unblock: {
    name: 'desbloquear',
    description: 'Deixe um membro que você bloqueou te pedir mentoria de novo',
    options: { user: { name: 'usuário', description: 'O membro' } },
  },
  profile: {
    name: 'perfil',
    description: 'Veja o perfil de um mentor',
    options: { user: { name: 'usuário', description: 'De quem é o perfil (padrão: o seu)' } },
  },
  details: {
    timezone: { name: 'fuso-horário', description: 'Seu fuso horário; comece a digitar sua cidade' },
    years: { name: 'anos', description: 'Anos de experiência na área' },
    capacity: { name: 'capacidade', description: 'Quantos mentorados você consegue atender ao mesmo tempo (padrão 3)' },
    languages: {
      name: 'idiomas',
      description: 'Idiomas em que você faz mentoria, separados por vírgula (padrão: en)',
    },
  },
} as const satisfies LocaleCatalog['commands']['mentor'];
