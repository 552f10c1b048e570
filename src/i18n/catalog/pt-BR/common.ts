import type { LocaleCatalog } from '../catalog-shape.js';

export const common = {
  errors: {
    notFound: 'Não encontrei {{what}}.',
    notFoundWithHint: 'Não encontrei {{what}}. {{hint}}',
    invalidInput: '**{{field}}**: {{problem}}',
    forbidden: 'Você não pode fazer isso: {{reason}}',
    guildOnly: 'Isso só funciona dentro de um servidor. Use a partir de um canal da sua comunidade.',
    expiredComponent: 'Este botão ou menu não vale mais. Use o comando de novo para receber um novo.',
    internal:
      'Algo deu errado do nosso lado e já foi registrado. Tente de novo em um minuto; se continuar acontecendo, avise um admin do servidor.',
    restarting: 'O bot está reiniciando. Tente de novo em alguns segundos.',
  },
} as const satisfies LocaleCatalog['common'];
