import type { LocaleCatalog } from '../catalog-shape.js';

export const admin = {
  formalProgram: {
    on: 'Programa formal ligado: novos mentores esperam aprovação (`/$t(commands.admin.name) $t(commands.admin.approve.name)`, `/$t(commands.admin.name) $t(commands.admin.reject.name)`; `/$t(commands.admin.name) $t(commands.admin.applications.name)` lista todos). Quem já foi aceito continua mentor.',
    announcedIn: 'As novas candidaturas são anunciadas em <#{{channel}}>.',
    off: 'Programa formal desligado: novos mentores aparecem assim que se cadastram.',
  },
  mentorRole: {
    set: 'Agora todo mentor recebe <@&{{role}}>.',
    cleared: 'Agora os mentores não recebem nenhum cargo em comum.',
  },
  applicationsChannel: {
    set: 'As novas candidaturas a mentor são anunciadas em <#{{channel}}>.',
    cleared:
      'As novas candidaturas a mentor não são mais anunciadas; `/$t(commands.admin.name) $t(commands.admin.applications.name)` continua listando todas.',
    notSet:
      'Nenhum canal de candidaturas foi definido, então ninguém vai ficar sabendo quando alguém se candidatar. Defina um com `/$t(commands.admin.name) $t(commands.admin.applicationsChannel.name)`.',
    notFound:
      'Não encontro mais <#{{channel}}> como canal de texto. Defina outro com `/$t(commands.admin.name) $t(commands.admin.applicationsChannel.name)`.',
    missingPermissions:
      'Não consigo postar em <#{{channel}}>: me falta {{permissions}} lá. Dê essas permissões ao meu cargo nas configurações do canal.',
    permissions: {
      viewChannel: 'Ver canal',
      sendMessages: 'Enviar mensagens',
      embedLinks: 'Inserir links',
    },
  },
  requestCooldown: {
    off: 'Sem intervalo: quem foi recusado pode pedir de novo ao mesmo mentor na hora.',
    set_one: 'Agora quem foi recusado espera {{count}} dia para pedir de novo ao mesmo mentor.',
    set_other: 'Agora quem foi recusado espera {{count}} dias para pedir de novo ao mesmo mentor.',
  },
  decision: {
    approved: 'Candidatura de <@{{user}}> aprovada.',
    rejected: 'Candidatura de <@{{user}}> recusada.',
    told: 'A pessoa foi avisada por mensagem direta.',
    notTold: 'Não consegui mandar mensagem (as DMs estão fechadas); avise a pessoa, por favor.',
  },
  applicantDm: {
    approved: 'Sua candidatura a mentor em **{{server}}** foi aprovada!',
    rejected: 'Sua candidatura a mentor em **{{server}}** não foi aprovada.\nMotivo: {{reason}}',
    theServer: 'o servidor',
  },
  applications: {
    none: 'Nenhuma candidatura a mentor está esperando uma decisão.',
    waiting_one:
      '{{count}} candidatura esperando. Decida com `/$t(commands.admin.name) $t(commands.admin.approve.name)` ou `/$t(commands.admin.name) $t(commands.admin.reject.name)`.',
    waiting_other:
      '{{count}} candidaturas esperando. Decida com `/$t(commands.admin.name) $t(commands.admin.approve.name)` ou `/$t(commands.admin.name) $t(commands.admin.reject.name)`.',
    title: 'Candidaturas a mentor',
    profileSaved: 'perfil salvo {{when}}',
    more: '…e mais {{count}}.',
    noSpecialties: 'nenhuma',
  },
  notice: {
    title: 'Nova candidatura a mentor',
    specialties: 'Especialidades: {{specialties}}',
    experience_one: 'Experiência: {{count}} ano',
    experience_other: 'Experiência: {{count}} anos',
    decide:
      'Decida com `/$t(commands.admin.name) $t(commands.admin.approve.name)` ou `/$t(commands.admin.name) $t(commands.admin.reject.name)`; `/$t(commands.admin.name) $t(commands.admin.applications.name)` lista todo mundo que está esperando.',
  },
} as const satisfies LocaleCatalog['admin'];
