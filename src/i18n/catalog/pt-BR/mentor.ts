import type { LocaleCatalog } from '../catalog-shape.js';

export const mentor = {
  formats: {
    oneOnOne: 'Mentoria 1:1',
    group: 'Sessões em grupo',
    codeReview: 'Revisão de código',
    mockInterview: 'Entrevistas simuladas',
    resumeReview: 'Revisão de currículo',
    careerGuidance: 'Orientação de carreira',
  },
  draft: {
    registerTitle: 'Cadastre-se como mentor',
    editTitle: 'Edite seu perfil de mentor',
    instructions:
      'Escolha até {{max}} especialidades e os formatos que você oferece, depois clique em **$t(help.buttons.continueRegistration)** para escrever seu título, sua bio, suas skills e seus horários da semana.',
    specialties: 'Especialidades',
    formats: 'Formatos',
    timezone: 'Fuso horário',
    noneYet: 'Nenhuma ainda',
    timezoneNotSet: 'não definido',
    specialtiesPlaceholder: 'Suas especialidades',
    formatsPlaceholder: 'Formatos que você oferece',
    modalTitleRegister: 'Seu perfil de mentor',
    modalTitleEdit: 'Edite seu perfil de mentor',
    headlineLabel: 'Título: no que você pode ajudar',
    bioLabel: 'Sobre você (opcional)',
    skillsLabel: 'Skills, separadas por vírgula',
    availabilityLabel: 'Horários da semana, no seu fuso (mon 18:00-20:00)',
    applicationSaved: 'Valeu! Sua candidatura a mentor foi salva.',
    profileSaved: 'Seu perfil de mentor foi salvo.',
  },
  profile: {
    title: 'Mentor: {{name}}',
    specialties: 'Especialidades',
    skills: 'Habilidades',
    formats: 'Formatos',
    localTime: 'Horário local',
    nextAvailability: 'Próxima disponibilidade',
    capacity: 'Vagas',
    languages: 'Idiomas',
    experience: 'Experiência',
    trackRecord: 'Histórico',
    status: 'Situação',
    none: 'Nenhuma',
    noneListed: 'Nenhuma informada',
    availableNow: 'Disponível agora, até {{until}}',
    noUpcomingHours: 'Sem horários próximos',
    placesUsed: '{{used}} de {{total}} vagas ocupadas',
    years_one: '{{count}} ano',
    years_other: '{{count}} anos',
    trackRecordValue_one: '{{count}} sessão realizada · reputação {{reputation}}',
    trackRecordValue_other: '{{count}} sessões realizadas · reputação {{reputation}}',
    statuses: {
      retired: 'Não é mais mentor',
      leftServer: 'Saiu do servidor',
      pausedUntil: 'Em pausa até {{until}}',
      paused: 'Em pausa',
      pending: 'Esperando um admin aprovar a candidatura',
      rejected: 'Candidatura não aprovada',
      full: 'Ativo, sem vagas livres no momento',
      active: 'Ativo, aceitando mentorados',
    },
  },
  replies: {
    paused: 'Pausa ativada.',
    resumed: 'Que bom te ver de volta!',
    retired:
      'Você deixou de ser mentor. Muito obrigado! Com `/$t(commands.mentor.name) $t(commands.mentor.register.name)` você volta quando quiser.',
    requestsClosed_one: '{{count}} pedido pendente foi encerrado e o membro foi avisado.',
    requestsClosed_other: '{{count}} pedidos pendentes foram encerrados e os membros foram avisados.',
    blocked:
      '{{member}} não pode mais te pedir mentoria. Com `/$t(commands.mentor.name) $t(commands.mentor.unblock.name)` você desfaz isso.',
    unblocked: '{{member}} pode te pedir mentoria de novo.',
    notBlocked: '{{member}} não estava bloqueado.',
    noRequests: 'Nenhum pedido esperando por você.',
    requestsWaiting_one: '{{count}} pedido esperando:',
    requestsWaiting_other: '{{count}} pedidos esperando:',
    requestsOldest_one: '{{count}} pedido esperando; aqui está o mais antigo:',
    requestsOldest_other: '{{total}} pedidos esperando; aqui estão os {{count}} mais antigos:',
  },
  dm: {
    pauseOver:
      'Sua pausa de mentoria acabou: os membros já podem te encontrar e te chamar de novo. Use `/$t(commands.mentor.name) $t(commands.mentor.pause.name)` se precisar de mais tempo.',
  },
  errors: {
    formNotYours: 'Este formulário de cadastro é de outra pessoa. Rode o comando você mesmo para ter o seu.',
    alreadyRegistered:
      'Você já está cadastrado como mentor aqui. Use `/$t(commands.mentor.name) $t(commands.mentor.edit.name)` para alterar seu perfil ou `/$t(commands.mentor.name) $t(commands.mentor.pause.name)` para dar uma pausa.',
    notRegistered:
      'Não encontrei seu perfil de mentor. Rode `/$t(commands.mentor.name) $t(commands.mentor.register.name)` primeiro.',
    noTimezone: 'Não encontrei seu fuso horário. Preencha a opção `timezone`.',
    noSpecialties:
      'Não encontrei nenhuma especialidade para mentorar. Peça para um admin adicionar uma com `/$t(commands.specialty.name) $t(commands.specialty.add.name)`.',
    draftExpired:
      'Não encontrei seu formulário de cadastro: ele expirou. Rode `/$t(commands.mentor.name) $t(commands.mentor.register.name)` (ou `/$t(commands.mentor.name) $t(commands.mentor.edit.name)`) de novo.',
    concurrentChange: 'Outra ação alterou seu perfil de mentor ao mesmo tempo; tente de novo.',
    nothingChanged: 'Altere pelo menos um campo do seu perfil.',
    notPaused: 'Você não está em pausa, então não há nada para retomar.',
    noMentorProfile: 'Não encontrei um perfil de mentor para esse membro. Ele não é mentor aqui.',
    alreadyApproved: 'Esse mentor já foi aprovado.',
    alreadyRejected: 'Essa candidatura já foi recusada.',
    retired: 'Você deixou de ser mentor. Cadastre-se de novo para voltar.',
    noApplication: 'Não encontrei uma candidatura a mentor desse membro. Ele não se cadastrou.',
    mentorRetired: 'Esse mentor não está mais mentorando.',
    joinedBeforeProgram: 'Esse mentor entrou antes do programa formal começar e não precisa de aprovação.',
    noFormalProgram:
      'Este servidor não tem um programa formal de mentores, então os mentores não precisam de aprovação.',
    tooManySpecialties:
      'Escolha no máximo {{max}} especialidades; você escolheu {{count}}. Fique com as que você mais domina.',
    specialtiesRequired: 'Escolha pelo menos uma especialidade em que você mentora.',
    headlineRequired:
      'Escreva um título: uma linha sobre no que você pode ajudar, tipo "Engenheiro backend, curto revisar código Go".',
    headlineTooLong: 'O título pode ter no máximo {{maximum, number}} caracteres; o seu tem {{length, number}}.',
    bioTooLong: 'A bio pode ter no máximo {{maximum, number}} caracteres; a sua tem {{length, number}}.',
    years: 'Os anos de experiência devem ser um número inteiro de 0 a 60.',
    capacity: 'As vagas devem ser um número inteiro de mentorados de 1 a 20.',
    unknownFormat:
      '"{{input}}" não é um formato; use one-on-one, group, code-review, mock-interview, resume-review ou career-guidance.',
    formatsRequired:
      'Escolha pelo menos um formato que você oferece: one-on-one, group, code-review, mock-interview, resume-review ou career-guidance.',
    reasonRequired: 'Informe um motivo; a pessoa que se candidatou vai ler.',
    reasonTooLong: 'O motivo pode ter no máximo {{maximum, number}} caracteres; o seu tem {{length, number}}.',
    pauseDate: 'Escreva a data como AAAA-MM-DD, por exemplo 2026-12-24.',
    notADate: '{{input}} não é uma data; escreva como AAAA-MM-DD, por exemplo "2026-07-01".',
    pauseInPast: 'Escolha uma data no futuro para terminar a pausa.',
    pauseTooLong: 'Você pode pausar por no máximo um ano; escolha uma data antes de {{latest}}.',
  },
  input: {
    unknownTimezone:
      '{{input}} não é um fuso horário que eu conheça. Comece a digitar sua cidade, tipo "Sao Paulo" ou "Lisbon", e escolha um da lista.',
    unknownLanguage:
      '{{input}} não é um idioma que eu conheça. Use códigos ISO 639-1 de duas letras como "en", "de", "pt", ou nomes em inglês como "Portuguese".',
    languagesRequired: 'Informe pelo menos um idioma em que você pode mentorar, tipo "pt".',
    tooManyLanguages:
      'Você pode informar no máximo {{max}} idiomas; você tem {{count}}. Fique com os que você mais usa para mentorar.',
    skillTooLong:
      'Cada skill pode ter no máximo {{max}} caracteres; {{skill}} tem {{length, number}}. Use um nome mais curto.',
    skillCharacters:
      '{{skill}} tem caracteres que uma skill não pode ter. Use só letras, dígitos, espaços e + # . / _ -.',
    tooManySkills:
      'Você pode informar no máximo {{max}} skills; você tem {{count}}. Fique com as que você mais domina.',
    noWindows:
      'Adicione pelo menos uma faixa de horário, tipo "mon 18:00-20:30, wed 09:00-11:00" ou "sat-sun 10:00-12:00".',
    unreadableWindow:
      'Não consegui entender {{entry}}. Escreva cada faixa como dias e um intervalo de horas, tipo "mon 18:00-20:30, wed 09:00-11:00" ou "sat-sun 10:00-12:00", separadas por vírgula.',
    unknownDay:
      '{{token}} em {{entry}} não é um dia que eu conheça. Use mon, tue, wed, thu, fri, sat, sun, um intervalo como "mon-fri", ou "weekdays", "weekend", "daily".',
    tooManyWindows:
      'Você pode informar no máximo {{max}} faixas de horário; você tem {{count}}. Junte as que ficam lado a lado, tipo "mon-fri 18:00-21:00".',
    duplicateWindow: '{{window}} aparece duas vezes; deixe só uma.',
    overlappingWindows: '{{first}} se sobrepõe a {{second}}; junte as duas numa faixa só.',
    notADay: '{{day}} não é um dia; use mon, tue, wed, thu, fri, sat ou sun.',
    unreadableTime:
      '{{window}} tem um horário que não consigo entender. Escreva os horários como HH:MM entre 00:00 e 24:00, tipo "mon 18:00-20:30".',
    endsBeforeStart:
      '{{window}} termina antes de começar. Uma faixa fica dentro de um mesmo dia; para passar da meia-noite, divida em duas, tipo "fri 22:00-24:00, sat 00:00-01:00".',
  },
} as const satisfies LocaleCatalog['mentor'];
