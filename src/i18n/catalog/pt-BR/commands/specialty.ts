import type { LocaleCatalog } from '../../catalog-shape.js';

export const specialty = {
  name: 'especialidade',
  description: 'Organize o catálogo de especialidades de mentoria do servidor',
  list: { name: 'lista', description: 'Mostra todas as especialidades, inclusive as arquivadas' },
  add: {
    name: 'adicionar',
    description: 'Adiciona uma especialidade',
    options: {
      name: { name: 'nome', description: 'O nome dela, tipo "Rust"' },
      emoji: { name: 'ícone', description: 'Um emoji, ou um emoji personalizado deste servidor' },
      role: { name: 'cargo', description: 'Um cargo que os mentores dela recebem' },
    },
  },
  rename: {
    name: 'renomear',
    description: 'Renomeia uma especialidade (os mentores continuam com ela)',
    options: {
      specialty: { name: 'especialidade', description: 'Qual delas' },
      name: { name: 'nome', description: 'O novo nome' },
      emoji: { name: 'ícone', description: 'Um emoji novo: um comum ou um personalizado deste servidor' },
    },
  },
  archive: {
    name: 'arquivar',
    description: 'Para de oferecer uma especialidade; os perfis que já têm continuam com ela',
    options: { specialty: { name: 'especialidade', description: 'Qual delas' } },
  },
  restore: {
    name: 'restaurar',
    description: 'Volta a oferecer uma especialidade arquivada',
    options: { specialty: { name: 'especialidade', description: 'Qual delas' } },
  },
  role: {
    name: 'cargo',
    description: 'Define ou remove o cargo que os mentores dela recebem',
    options: {
      specialty: { name: 'especialidade', description: 'Qual delas' },
      role: { name: 'cargo', description: 'O cargo (deixe vazio para remover)' },
    },
  },
} as const satisfies LocaleCatalog['commands']['specialty'];
