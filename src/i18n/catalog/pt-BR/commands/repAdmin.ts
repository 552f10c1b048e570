import type { LocaleCatalog } from '../../catalog-shape.js';

export const repAdmin = {
  name: 'reputação-admin',
  description: 'Regras de reputação e correções neste servidor',
  settings: { name: 'regras', description: 'Mostra as regras de reputação em vigor' },
  points: {
    name: 'pontos',
    description: 'Quanto vale cada reconhecimento',
    options: {
      session: { name: 'sessão', description: 'Pontos por uma sessão confirmada (padrão 10)' },
      thanks: { name: 'agradecimento', description: 'Pontos por um agradecimento (padrão 3)' },
      unrelated: {
        name: 'agradecimento-sem-histórico',
        description: 'Pontos por um agradecimento entre membros sem histórico em comum (padrão 1)',
      },
      feedback: { name: 'por-estrela', description: 'Pontos por estrela acima de 2 numa avaliação (padrão 2)' },
    },
  },
  thanksRules: {
    name: 'regras-agradecimento',
    description: 'Limites dos agradecimentos',
    options: {
      cooldown: {
        name: 'horas-de-espera',
        description: 'Horas até poder agradecer o mesmo membro de novo (padrão 24)',
      },
      cap: { name: 'limite-diário', description: 'Agradecimentos que um membro pode dar por dia (padrão 5)' },
      days: { name: 'dias-mínimos', description: 'Dias no servidor antes de poder agradecer (padrão 7)' },
    },
  },
  channel: {
    name: 'canal',
    description: 'Onde são anunciados quem mais ajudou na semana e no mês',
    options: { channel: { name: 'canal', description: 'Um canal de texto (deixe vazio para parar de anunciar)' } },
  },
  adjust: {
    name: 'ajustar',
    description: 'Some ou tire pontos, com um motivo (fica no registro)',
    options: {
      user: { name: 'membro', description: 'De quem são os pontos' },
      amount: { name: 'quantidade', description: 'Pontos a somar (negativo para tirar)' },
      reason: { name: 'motivo', description: 'Por quê' },
    },
  },
  reverse: {
    name: 'reverter',
    description: 'Desfaz um reconhecimento e tudo o que ele somou',
    options: {
      id: { name: 'id', description: 'O id que os admins veem em /rep' },
      reason: { name: 'motivo', description: 'Por quê' },
    },
  },
  rings: { name: 'panelinhas', description: 'Duplas que quase só agradecem uma à outra' },
  role: {
    name: 'cargo-por-pontos',
    description: 'Um cargo mantido enquanto os pontos gerais atingem um limite (exige Gerenciar cargos)',
    options: {
      role: { name: 'cargo', description: 'O cargo que o bot dá e tira' },
      points: { name: 'pontos', description: 'Pontos gerais a partir dos quais o cargo é dado (0 para de dar)' },
    },
  },
} as const satisfies LocaleCatalog['commands']['repAdmin'];
