import type { LocaleCatalog } from '../catalog-shape.js';

export const standing = {
  permissions: {
    administrator: 'Administrador',
    manageServer: 'Gerenciar servidor',
    manageRoles: 'Gerenciar cargos',
    manageChannels: 'Gerenciar canais',
    manageMessages: 'Gerenciar mensagens',
    manageWebhooks: 'Gerenciar webhooks',
    banMembers: 'Banir membros',
    kickMembers: 'Expulsar membros',
    timeoutMembers: 'Castigar membros',
    mentionEveryone: 'Mencionar @everyone, @here e todos os cargos',
  },
  roleProblems: {
    deleted: 'Não consigo ver esse cargo. Escolha um deste servidor.',
    everyone: '{{role}} é todo mundo; escolha um cargo que identifique os mentores.',
    integration: '{{role}} pertence a uma integração, então ninguém pode atribuí-lo.',
    powerful:
      '{{role}} tem {{permissions}}; cargos de mentor são dados a qualquer pessoa que se registre, então escolha um sem essas permissões.',
    aboveBot:
      '{{role}} não está abaixo do meu cargo mais alto. Coloque meu cargo acima dele em Configurações do servidor > Cargos e tente de novo.',
    botLacksManageRoles:
      'Não tenho a permissão Gerenciar cargos, então não posso dar {{role}} a ninguém. Dê Gerenciar cargos ao meu cargo em Configurações do servidor > Cargos e tente de novo.',
    aboveActor: '{{role}} não está abaixo do seu cargo mais alto, então você não pode me pedir para dá-lo.',
  },
  reasons: {
    deleted: 'o cargo foi apagado',
    everyone: 'é @everyone',
    integration: 'pertence a uma integração',
    powerful: 'tem {{permissions}}, permissões que eu nunca distribuo',
    aboveBot: 'meu cargo mais alto não está acima dele',
    botLacksManageRoles: 'não tenho a permissão Gerenciar cargos neste servidor',
    discordRefusedPermissions: 'o Discord recusou: me falta Gerenciar cargos ou meu cargo não está acima dele',
    discordRefused: 'o Discord recusou (erro {{code}})',
    discordUnavailable: 'o Discord não respondeu',
  },
  fixes: {
    pickAnother:
      'escolha outro cargo com `/$t(commands.admin.name) $t(commands.admin.mentorRole.name)` ou `/$t(commands.specialty.name) $t(commands.specialty.role.name)`',
    pickSafe:
      'escolha um cargo seguro com `/$t(commands.admin.name) $t(commands.admin.mentorRole.name)` ou `/$t(commands.specialty.name) $t(commands.specialty.role.name)`',
    moveAbove: 'coloque meu cargo acima dele em Configurações do servidor > Cargos',
    grantManageRoles: 'dê Gerenciar cargos ao meu cargo em Configurações do servidor > Cargos',
    nothing: 'nada; foi uma falha passageira',
  },
  roleList: '{{roles}} e mais {{count}}',
  member: {
    give: 'Não consegui te dar {{roles}}: {{reason}}.',
    take: 'Não consegui tirar {{roles}} de você: {{reason}}.',
    later: 'Um admin pode resolver isso; eu confiro os cargos a cada hora e atualizo os seus sozinho.',
  },
  admin: {
    summary_one: 'Cargos conferidos de {{count}} membro: {{added}} dados, {{removed}} retirados.',
    summary_other: 'Cargos conferidos de {{count}} membros: {{added}} dados, {{removed}} retirados.',
    give_one: 'Não consegui dar {{roles}} ({{count}} membro): {{reason}}. Para resolver: {{fix}}.',
    give_other: 'Não consegui dar {{roles}} ({{count}} membros): {{reason}}. Para resolver: {{fix}}.',
    take_one: 'Não consegui retirar {{roles}} ({{count}} membro): {{reason}}. Para resolver: {{fix}}.',
    take_other: 'Não consegui retirar {{roles}} ({{count}} membros): {{reason}}. Para resolver: {{fix}}.',
    more_one: '…e mais {{count}} problema; veja os logs.',
    more_other: '…e mais {{count}} problemas; veja os logs.',
    later: 'Eu confiro os cargos a cada hora e termino o que faltar sozinho assim que estiver resolvido.',
  },
  findable: {
    now: 'Os membros já podem te encontrar com `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    notNow: 'Agora os membros não conseguem te encontrar: {{reasons}}.',
    pending: 'sua candidatura espera a aprovação de um admin (você recebe uma mensagem quando decidirem)',
    rejected: 'sua candidatura não foi aprovada',
    pausedUntil:
      'você está em pausa até {{until}} (`/$t(commands.mentor.name) $t(commands.mentor.resume.name)` para voltar antes)',
    paused: 'você está em pausa (`/$t(commands.mentor.name) $t(commands.mentor.resume.name)` quando voltar)',
    full: 'todas as suas vagas estão ocupadas ({{used}} de {{total}}; você volta a aparecer quando uma vagar, ou aumente sua capacidade com `/$t(commands.mentor.name) $t(commands.mentor.edit.name)`)',
  },
} as const satisfies LocaleCatalog['standing'];
