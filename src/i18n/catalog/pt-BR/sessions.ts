import type { LocaleCatalog } from '../catalog-shape.js';

export const sessions = {
  errors: {
    topicsTooLong: 'Os temas podem ter no máximo {{maximum}} caracteres (você escreveu {{length}}).',
    notesTooLong: 'As notas podem ter no máximo {{maximum}} caracteres (você escreveu {{length}}).',
    self: 'Você não pode registrar uma sessão com você mesmo.',
    bot: 'Sessões são com membros, não com bots.',
    notMember: 'Você só pode registrar sessões com membros deste servidor.',
    mentorsOnly:
      'Só mentores podem registrar sessões. Cadastre-se primeiro com `/$t(commands.mentor.name) $t(commands.mentor.register.name)`.',
    tooManyPending:
      'Já há {{max}} sessões que você registrou com <@{{user}}> aguardando resposta. Registre mais quando a pessoa responder.',
    notFound: 'Essa sessão não existe mais.',
    notAttendee: 'Só o membro com quem a sessão foi registrada pode respondê-la.',
    already: {
      pending: 'Esta sessão ainda está esperando resposta.',
      confirmed: 'Esta sessão já foi confirmada.',
      disputed: 'Esta sessão já foi contestada.',
      reversed: 'Um admin anulou esta sessão; ela não conta.',
    },
  },
  minutes_one: '{{count}} minuto',
  minutes_other: '{{count}} minutos',
  hours: '{{hours}} h',
  unknownLength: 'duração não informada',
  statuses: {
    pending: 'aguardando confirmação',
    confirmed: 'confirmada',
    disputed: 'contestada',
    reversed: 'anulada por um admin',
  },
  sources: { checkIn: 'check-in da mentoria', logged: 'registrada pelo mentor', officeHour: 'plantão de dúvidas' },
  logged:
    'Sessão com <@{{user}}> registrada: {{duration}} em <t:{{at}}:D>. Ela conta quando a pessoa confirmar; ela recebeu uma mensagem direta com **$t(sessions.buttons.confirm)** e **$t(sessions.buttons.dispute)**.',
  loggedNoDm:
    'Sessão com <@{{user}}> registrada: {{duration}} em <t:{{at}}:D>. Ela conta quando a pessoa confirmar. Não consegui mandar mensagem: ela pode responder com `/$t(commands.session.name) $t(commands.session.pending.name)`.',
  ask: '<@{{mentor}}> registrou uma sessão de mentoria com você em **{{server}}**: {{duration}} em <t:{{at}}:D>. Ela aconteceu? Conta para a pessoa assim que você confirmar.',
  askTopics: 'Temas: {{topics}}',
  buttons: { confirm: 'Confirmar', dispute: 'Contestar' },
  confirmed: 'Valeu! A sessão com <@{{mentor}}> está confirmada e conta para a pessoa.',
  disputed: 'Anotado: a sessão foi contestada e não conta. Avisamos <@{{mentor}}>.',
  disputedNotice:
    '<@{{user}}> contestou a sessão que você registrou em **{{server}}** para <t:{{at}}:D> ({{duration}}), então ela não conta. Se foi engano, conversem e registre de novo.',
  pending: {
    title: 'Sessões esperando sua resposta',
    none: 'Nenhuma sessão está esperando sua resposta.',
    line: '<@{{mentor}}> · <t:{{at}}:D> · {{duration}}',
  },
  history: {
    title: 'Sessões de {{name}}',
    totals_one: '**{{count}}** sessão realizada · **{{hours}}** de mentoria · pessoas ajudadas: **{{people}}**',
    totals_other: '**{{count}}** sessões realizadas · **{{hours}}** de mentoria · pessoas ajudadas: **{{people}}**',
    none: 'Nenhuma sessão para mostrar.',
    privacy:
      'Você vê as sessões confirmadas das quais participou. As outras, e as notas, só a própria pessoa e os admins veem.',
    led: 'conduziu para {{people}}',
    attended: 'com <@{{mentor}}>',
    line: '<t:{{at}}:D> · {{who}} · {{duration}} · {{status}}',
    topics: 'Temas: {{topics}}',
    notes: 'Notas: {{notes}}',
  },
  profile: {
    field: 'Tempo dedicado',
    totals: '{{hours}} de mentoria · pessoas ajudadas: {{people}}',
  },
} as const satisfies LocaleCatalog['sessions'];
