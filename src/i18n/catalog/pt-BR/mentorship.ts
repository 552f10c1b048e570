import type { LocaleCatalog } from '../catalog-shape.js';

export const mentorship = {
  errors: {
    none: 'Você não tem nenhuma mentoria ativa neste servidor.',
    noneWith: 'Você não tem nenhuma mentoria ativa com <@{{otherId}}>.',
    several_one:
      'Você tem {{count}} mentoria ativa; use isto na thread dela ou indique a outra pessoa na opção `$t(commands.mentorship.agreement.options.with.name)`.',
    several_other:
      'Você tem {{count}} mentorias ativas; use isto na thread da dupla ou indique a outra pessoa na opção `$t(commands.mentorship.agreement.options.with.name)`.',
    notYourMentorship: 'Esta thread é de outra dupla, então você não pode mudar a mentoria deles.',
    notWithYourself:
      'Você não pode ter uma mentoria consigo mesmo; escolha a outra pessoa na opção `$t(commands.mentorship.agreement.options.with.name)`.',
    gone: 'Essa mentoria não existe mais.',
    notYourPair: 'Isto é de outra dupla: só o mentor e o mentorado dela podem confirmar o acordo.',
    notYourButton: 'Este botão é de <@{{userId}}>; use o do seu lado.',
    ended: 'Esta mentoria terminou, então o acordo dela não pode mais mudar.',
    agreementChanged:
      'O acordo mudou desde que isto foi mostrado. Leia o atual no resumo fixado (ou com `/$t(commands.mentorship.name) $t(commands.mentorship.agreement.name)`) e confirme esse.',
    weeksWhole: 'A duração precisa ser um número inteiro de semanas.',
    weeksTooShort: 'Uma mentoria dura pelo menos {{minimum}} semanas.',
    weeksTooLong: 'Uma mentoria dura no máximo {{maximum}} semanas; depois disso, combinem uma nova.',
    milestoneTooShort: 'Um marco precisa de um título com pelo menos {{minimum}} caracteres.',
    milestoneTooLong: 'O título de um marco pode ter no máximo {{maximum}} caracteres; o seu tem {{length}}.',
    noSuchMilestone:
      'Não existe marco com esse número. O resumo fixado (ou `/$t(commands.mentorship.name) $t(commands.mentorship.agreement.name)`) mostra a numeração.',
    guideEmpty:
      'Um guia precisa de algum texto; use a opção `$t(commands.admin.mentorshipGuide.options.reset.name)` para voltar ao texto padrão.',
    guideTooLong: 'Um guia pode ter no máximo {{maximum}} caracteres; o seu tem {{length}}.',
    tooManyMilestones:
      'Uma mentoria pode ter no máximo {{max}} marcos (os descartados contam). Edite um que ainda esteja aberto.',
  },
  cadences: {
    weekly: 'toda semana',
    biweekly: 'a cada duas semanas',
    monthly: 'todo mês',
  },
  sides: {
    mentor: 'o mentor',
    mentee: 'o mentorado',
  },
  summary: {
    title: 'Mentoria: {{mentor}} e {{mentee}}',
    description: '{{mentor}} é mentor de {{mentee}}. Este resumo fica fixado e sempre atualizado.',
    goals: 'Objetivos',
    noGoals: 'Nada escrito ainda.',
    format: 'Formato',
    noFormat: 'Ainda não escolhido',
    cadence: 'Frequência',
    length: 'Duração prevista',
    weeks_one: '{{count}} semana, até {{until}}',
    weeks_other: '{{count}} semanas, até {{until}}',
    commitments: 'O compromisso de cada lado',
    mentorCommits:
      '**Mentor**: se encontrar {{cadence}}, responder em até dois dias, avisar cedo quando precisar remarcar e ajudar o mentorado a achar as próprias respostas.',
    menteeCommits:
      '**Mentorado**: chegar a cada encontro com avanços ou uma dúvida, fazer entre os encontros o que foi combinado e manter os marcos em dia.',
    milestones: 'Marcos',
    noMilestones:
      'Nenhum ainda: adicione um com `/$t(commands.mentorship.name) $t(commands.mentorship.goals.name) $t(commands.mentorship.goals.add.name)`.',
    milestoneOpen: '{{number}}. ⬜ {{title}}',
    milestoneDone: '{{number}}. ✅ {{title}}',
    milestoneDropped: '{{number}}. ~~{{title}}~~ (descartado)',
    state: 'Situação',
    confirmedBoth: 'Acordo confirmado pelos dois.',
    waitingFor: 'Falta {{names}} confirmar o acordo pelos botões abaixo.',
    paused: 'Pausada desde {{since}}.',
    ended: 'Terminou {{since}}.',
    nextCheckIn: 'Próximo check-in {{at}}.',
    footer: 'Mudar a frequência, a duração ou o formato pede que os dois confirmem de novo.',
    confirmAsMentor: 'Confirmar como mentor',
    confirmAsMentee: 'Confirmar como mentorado',
  },
  thread: {
    name: '{{mentor}} e {{mentee}}',
    welcome:
      'Boas-vindas, {{mentor}} e {{mentee}}! Esta thread privada é de vocês. Leiam o resumo fixado e depois cada um confirma o acordo com o seu botão (ou mudem antes com `/$t(commands.mentorship.name) $t(commands.mentorship.agreement.name)`).',
    reminder:
      '{{names}}: o acordo ainda espera a sua confirmação. Aperte o seu botão no resumo fixado ou, se quiser mudar algo, use antes `/$t(commands.mentorship.name) $t(commands.mentorship.agreement.name)`.',
    agreementChanged: '{{other}}: {{actor}} mudou o acordo. Por favor, os dois confirmem de novo no resumo fixado.',
    confirmed: '{{name}} confirmou o acordo.',
    allConfirmed: 'Os dois confirmaram o acordo: está tudo pronto. Bom começo!',
  },
  dm: {
    startedInThread:
      'Sua mentoria com {{other}} em **{{server}}** começou. O ponto de encontro é a thread privada de vocês: <#{{thread}}>',
    startedWithoutThread:
      'Sua mentoria com {{other}} em **{{server}}** começou. O servidor não tem uma thread privada para vocês, então o acordo está aqui: confirme com o seu botão.',
    reminder: 'Seu acordo de mentoria com {{other}} em **{{server}}** ainda espera a sua confirmação.',
  },
  guides: {
    menteeTitle: 'Como ser um bom mentorado',
    mentee:
      '- Assuma seus objetivos: leve avanços ou uma dúvida para cada encontro.\n- Seja específico: "travei em X e tentei Y" rende ajuda melhor do que "não funciona".\n- Faça a sua parte entre os encontros; o mentor orienta, quem dirige é você.\n- Respeite o tempo dele: confirme, remarque cedo e cumpra o combinado.\n- Diga o que ajuda e o que não ajuda; feedback sincero melhora a mentoria.',
    mentorTitle: 'O que faz um bom mentor',
    mentor:
      '- Escute primeiro: pergunte o que a pessoa já tentou antes de responder.\n- Ajude a pessoa a achar a resposta em vez de entregá-la pronta.\n- Seja confiável: mantenha a frequência combinada e avise cedo quando não puder.\n- Compartilhe seus erros, não só seus acertos.\n- Foque nos objetivos dela, não no caminho que você fez.',
    challengesTitle: 'Desafios comuns e como vocês vão lidar com eles',
    challenges:
      '- **Objetivos pouco claros**: seus objetivos e marcos estão no resumo fixado; revisem em cada check-in e mantenham em dia com `/$t(commands.mentorship.name) $t(commands.mentorship.goals.name)`.\n- **Comunicação falha**: vocês se encontram {{cadence}}; quem não puder ir avisa com pelo menos um dia de antecedência.\n- **Compromisso esfriando**: o bot faz check-in {{cadence}} e cutuca vocês quando tudo fica em silêncio; pausar às claras é melhor do que sumir.\n- **Expectativas desalinhadas**: os dois confirmam o acordo ({{format}}, {{weeks}} semanas) e mudam com `/$t(commands.mentorship.name) $t(commands.mentorship.agreement.name)` quando deixar de servir.\n- **Dependência demais**: a meta é o mentorado seguir sozinho; a partir da semana {{halfway}}, é ele quem conduz a pauta.',
  },
  confirm: {
    done: 'Valeu, você confirmou o acordo.',
    already: 'Você já tinha confirmado este acordo; nada mudou.',
  },
  agreement: {
    current: 'O acordo de vocês como está agora; mude com as opções deste comando.',
    changed: 'Acordo atualizado. Os dois precisam confirmar de novo.',
  },
  goals: {
    added: 'Marco {{number}} adicionado: {{title}}',
    edited: 'O marco {{number}} agora é: {{title}}',
    done: 'Marco {{number}} alcançado: {{title}}. Mandou bem!',
    dropped: 'Marco {{number}} descartado: {{title}}',
  },
  list: {
    title: 'Suas mentorias',
    none: 'Ainda não há pedidos nem mentorias. Encontre um mentor com `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    requestsSent: 'Pedidos que você enviou',
    requestsReceived: 'Pedidos esperando a sua resposta',
    active: 'Ativas',
    paused: 'Pausadas',
    past: 'Anteriores',
    requestLine: '{{name}} · enviado {{sent}} · expira {{expires}}',
    asMentor: 'você é mentor de {{name}}',
    asMentee: '{{name}} é seu mentor',
    line: '{{who}} · desde {{since}} · {{state}}',
    thread: 'conversa em <#{{thread}}>',
    confirmed: 'acordo confirmado',
    unconfirmed: 'acordo ainda não confirmado',
    pausedSince: 'pausada desde {{since}}',
    nextCheckIn: 'próximo check-in {{at}}',
    endedLine: '{{who}} · de {{since}} a {{until}}',
    more_one: '…e mais {{count}}.',
    more_other: '…e mais {{count}}.',
  },
  admin: {
    channelSet: 'As threads de mentoria agora são criadas em <#{{channel}}>.',
    channelCleared: 'Sem canal de mentorias: as novas duplas recebem o resumo só por mensagem direta.',
    channelNotText: 'Escolha um canal de texto: threads privadas só podem ser criadas em canais de texto.',
    channelMissing:
      'Não consigo criar threads privadas em <#{{channel}}>: me falta {{permissions}} lá. Dê essas permissões ao meu cargo nas configurações do canal e defina o canal de novo.',
    permissions: {
      viewChannel: 'Ver canal',
      sendMessages: 'Enviar mensagens',
      createPrivateThreads: 'Criar threads privadas',
      sendMessagesInThreads: 'Enviar mensagens em threads',
      pinMessages: 'Fixar mensagens',
    },
    noChannelNotice:
      'Uma nova mentoria começou ({{mentor}} é mentor de {{mentee}}), mas não há canal de mentorias definido, então eles não têm thread privada; receberam o acordo por DM. Defina um com `/$t(commands.admin.name) $t(commands.admin.mentorshipChannel.name)`.',
    missingPermissionsNotice:
      'Uma nova mentoria começou ({{mentor}} é mentor de {{mentee}}), mas não consegui dar a eles uma thread privada em <#{{channel}}>: me falta {{permissions}} lá. Eles receberam o acordo por DM. Dê essas permissões ao meu cargo nas configurações do canal para que as próximas duplas tenham thread.',
    failedNotice:
      'Uma nova mentoria começou ({{mentor}} é mentor de {{mentee}}), mas o Discord recusou criar a thread privada deles em <#{{channel}}>. Eles receberam o acordo por DM.',
    guideSaved:
      'O guia de {{guide}} deste servidor agora diz o que você escreveu. As novas duplas vão recebê-lo assim.',
    guideReset: 'O guia de {{guide}} voltou ao texto padrão.',
    guideCurrent: 'O guia de {{guide}} que as novas duplas recebem agora ({{source}}):',
    guideSourceDefault: 'o padrão, no idioma de cada leitor',
    guideSourceCustom: 'escrito para este servidor',
    guideEditButton: 'Editar este guia',
    guideModalTitle: 'Editar um guia de mentoria',
    guideModalLabel: 'Texto do guia',
    guideModalHint: 'Até {{max}} caracteres. Deixe como está para manter.',
    guideNames: {
      mentee: 'mentorados',
      mentor: 'mentores',
      challenges: 'desafios comuns',
    },
  },
} as const satisfies LocaleCatalog['mentorship'];
