import type { LocaleCatalog } from '../../catalog-shape.js';

export const admin = {
  name: 'administrar',
  description: 'Gerencie o programa de mentoria deste servidor',
  formalProgram: {
    name: 'programa-formal',
    description: 'Exige aprovação de um admin para novos mentores',
    options: { enabled: { name: 'ativado', description: 'Ligado ou desligado' } },
  },
  mentorRole: {
    name: 'cargo-mentor',
    description: 'O cargo que todo mentor reconhecido recebe (exige também Gerenciar cargos)',
    options: { role: { name: 'cargo', description: 'O cargo (deixe vazio para remover)' } },
  },
  openRequestsChannel: {
    name: 'canal-pedidos-abertos',
    description: 'Onde os pedidos abertos são publicados para os mentores assumirem',
    options: { channel: { name: 'canal', description: 'Um canal de texto ou fórum (vazio para desativar)' } },
  },
  applicationsChannel: {
    name: 'canal-candidaturas',
    description: 'Onde os admins ficam sabendo de novas candidaturas a mentor',
    options: { channel: { name: 'canal', description: 'Um canal de texto (deixe vazio para remover)' } },
  },
  mentorshipChannel: {
    name: 'canal-mentorias',
    description: 'O canal de texto onde cada nova dupla ganha sua thread privada',
    options: { channel: { name: 'canal', description: 'Um canal de texto (deixe vazio para remover)' } },
  },
  mentorshipGuide: {
    name: 'guia-mentorias',
    description: 'Edite o guia que as novas duplas recebem ou volte ao texto padrão',
    options: {
      guide: {
        name: 'guia',
        description: 'Qual guia',
        choices: { mentee: 'Para mentorados', mentor: 'Para mentores', challenges: 'Desafios comuns' },
      },
      reset: { name: 'restaurar', description: 'Volta ao texto padrão' },
    },
  },
  applications: { name: 'candidaturas', description: 'Candidaturas a mentor esperando uma decisão' },
  requestCooldown: {
    name: 'intervalo-pedidos',
    description: 'Dias que quem foi recusado espera para pedir de novo ao mesmo mentor (padrão: 30)',
    options: { days: { name: 'dias', description: 'Com 0 não há espera' } },
  },
  fadingDays: {
    name: 'dias-sem-atividade',
    description: 'Dias sem mensagem nem resposta a check-in antes de lembrar uma dupla quieta (padrão 21)',
    options: { days: { name: 'dias', description: 'De 7 a 30; no dobro pergunta "continuar ou encerrar?"' } },
  },
  approve: {
    name: 'aprovar',
    description: 'Aprova a candidatura de um mentor',
    options: { user: { name: 'usuario', description: 'Quem se candidatou' } },
  },
  reject: {
    name: 'recusar',
    description: 'Recusa a candidatura de um mentor; a pessoa recebe o motivo',
    options: {
      user: { name: 'usuario', description: 'Quem se candidatou' },
      reason: { name: 'motivo', description: 'Por quê; a pessoa vai ler isto' },
    },
  },
} as const satisfies LocaleCatalog['commands']['admin'];
