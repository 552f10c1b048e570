import type { LocaleCatalog } from '../catalog-shape.js';

export const common = {
  errors: {
    guildOnly: 'Isso só funciona dentro de um servidor. Use a partir de um canal da sua comunidade.',
    expiredComponent: 'Este botão ou menu não vale mais. Use o comando de novo para receber um novo.',
    internal:
      'Algo deu errado do nosso lado e já foi registrado. Tente de novo em um minuto; se continuar acontecendo, avise um admin do servidor.',
    databaseUnavailable: 'O banco de dados está indisponível agora; tente de novo em um minuto.',
    slowAnswer: 'Isso está demorando mais do que deveria. Se nada mais aparecer aqui, tente de novo em um minuto.',
    unknownCommand: 'Não conheço mais esse comando; digite / para ver os que existem.',
    invalidValue: 'Esse valor não é válido aqui.',
    adminsOnly: 'Só admins do servidor (Gerenciar servidor) podem fazer isso.',
    roleManagersOnly:
      'Só admins com Gerenciar servidor e Gerenciar cargos podem escolher os cargos que o bot distribui.',
    restarting: 'O bot está reiniciando. Tente de novo em alguns segundos.',
  },
} as const satisfies LocaleCatalog['common'];
