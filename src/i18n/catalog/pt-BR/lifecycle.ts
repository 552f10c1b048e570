import type { LocaleCatalog } from '../catalog-shape.js';

export const lifecycle = {
  errors: {
    notFound: 'Essa mentoria não existe mais.',
    notYours: 'Isso é de outra dupla: só o mentor e o mentee dela podem responder.',
    ended: 'Esta mentoria já terminou, então não há mais nada para responder aqui.',
    alreadyPaused:
      'Esta mentoria já está pausada. `/$t(commands.mentorship.name) $t(commands.mentorship.resume.name)` retoma de onde parou.',
    notPaused: 'Esta mentoria não está pausada.',
    alreadyEnded: 'Esta mentoria já terminou.',
    badReason: 'Escolha um dos motivos da lista.',
    fadingDaysTooFew: 'No mínimo {{minimum}} dias.',
    fadingDaysTooMany: 'No máximo {{maximum}} dias: o dobro precisa vir antes do aviso dos 90 dias.',
  },
  pulses: {
    good: 'Indo bem',
    ok: 'Mais ou menos',
    stuck: 'Travado',
  },
  checkIns: {
    title: 'Check-in nº {{number}}',
    prompt:
      '{{mentor}} e {{mentee}}: hora do check-in (previsto para <t:{{due}}:f>). Como está a mentoria? Cada um responde no privado; o outro lado não vê a sua resposta.',
    ratingAsked: 'Este é de revisão: dê também uma nota para a mentoria até aqui, de 1 a 5 (também no privado).',
    next: 'Próximo check-in: <t:{{next}}:F> (<t:{{next}}:R>).',
    rate: 'Dê uma nota para a mentoria até aqui (1–5)',
    ratingOption_one: '{{count}} estrela',
    ratingOption_other: '{{count}} estrelas',
    dmIntro: 'Seu check-in de mentoria em **{{server}}**, com {{other}}.',
    recorded: 'Valeu, ficou registrado no privado: **{{pulse}}**.',
    rated: 'Valeu, sua nota **{{rating}}/5** ficou registrada no privado.',
    alreadyAnswered: 'Você já respondeu este check-in; cada resposta é registrada uma vez só, no privado.',
    alreadyRated: 'Você já deu nota neste check-in (**{{rating}}/5**); a nota é registrada uma vez só.',
    noRatingHere: 'Este check-in não pede nota.',
    help: 'Que pena que está difícil agora. Conte no tópico de vocês o que está travando, combinem um próximo passo pequeno ou deem uma pausa com `/$t(commands.mentorship.name) $t(commands.mentorship.pause.name)`; se não estiver funcionando, `/$t(commands.mentorship.name) $t(commands.mentorship.end.name)` encerra numa boa.',
    adminsTold: 'Os admins do programa foram avisados, para alguém poder ajudar.',
    flagTitle: 'Uma mentoria pode precisar de ajuda',
    flagStuck:
      '{{who}} disse estar **travado** no check-in nº {{number}} da mentoria de {{mentor}} (mentor) e {{mentee}} (mentee).',
    flagLowRating:
      '{{who}} deu nota **{{rating}}/5** para a mentoria de {{mentor}} (mentor) e {{mentee}} (mentee) no check-in nº {{number}}.',
  },
  pause: {
    done: 'Pausada. Os check-ins param e a vaga fica guardada até um de vocês usar `/$t(commands.mentorship.name) $t(commands.mentorship.resume.name)`.',
    toOther:
      '{{actor}} pausou a mentoria de vocês em **{{server}}**. Os check-ins param até um de vocês usar `/$t(commands.mentorship.name) $t(commands.mentorship.resume.name)`.',
  },
  resume: {
    done: 'Retomada. Próximo check-in: <t:{{next}}:F> (<t:{{next}}:R>).',
    toOther: '{{actor}} retomou a mentoria de vocês em **{{server}}**. Próximo check-in: <t:{{next}}:F>.',
  },
  reasons: {
    completed: 'concluída',
    goalsChanged: 'os objetivos mudaram',
    noTime: 'falta de tempo',
    noResponse: 'sem resposta',
    mismatch: 'não deu match',
    other: 'outro motivo',
    inactive: 'inativa por tempo demais',
  },
  end: {
    done: 'A mentoria terminou ({{reason}}). A vaga está livre de novo; valeu, vocês dois! Tem um formulário de feedback privado esperando por você aqui embaixo e na sua DM.',
    toOther:
      '{{actor}} encerrou a mentoria de vocês em **{{server}}** ({{reason}}). Obrigado pelo tempo que você dedicou.',
    toEnder: 'Você encerrou sua mentoria com {{other}} em **{{server}}** ({{reason}}).',
    inactive:
      'Sua mentoria com {{other}} em **{{server}}** terminou: ninguém respondeu por muito tempo. A vaga está livre de novo.',
    inThread: 'Esta mentoria terminou. O tópico foi arquivado; valeu, vocês dois.',
    askFeedback:
      'Como foi? Seu feedback é privado: {{other}} só lê quando vocês dois tiverem respondido, ou 14 dias depois do fim, e ele nunca é publicado.',
  },
  feedback: {
    button: 'Dar feedback privado',
    title: 'Feedback privado',
    rating: 'Sua nota para a mentoria (1–5)',
    comment: 'Um comentário para o outro lado (opcional)',
    thanks: 'Valeu. {{other}} vai ler quando também responder, ou 14 dias depois do fim.',
    thanksRevealed: 'Valeu. Vocês dois já responderam, então cada um recebe o feedback do outro por DM.',
    already: 'Você já deu seu feedback sobre esta mentoria; ele é registrado uma vez só.',
    badRating: 'A nota é um número inteiro de 1 a 5.',
    commentTooLong: 'O comentário pode ter no máximo {{maximum}} caracteres.',
    notEnded: 'O feedback abre quando a mentoria termina.',
    revealTitle: 'Feedback de {{other}}',
    reveal: 'Sua mentoria em **{{server}}** terminou; veja o que {{other}} escreveu sobre ela (só você vê).',
    ratingLine: 'Nota: **{{rating}}/5**',
    noComment: '(sem comentário)',
  },
  fading: {
    nudge:
      '{{mentor}}, {{mentee}}: está tudo quieto por aqui desde <t:{{since}}:D>. Uma mensagem curta sobre como estão as coisas mantém a mentoria viva.',
    ask: '{{mentor}}, {{mentee}}: nada aconteceu desde <t:{{since}}:D>. Vocês querem continuar ou encerrar a mentoria?',
    warn: '{{mentor}}, {{mentee}}: ninguém respondeu desde <t:{{since}}:D>. A mentoria será encerrada por inatividade <t:{{ends}}:R> (<t:{{ends}}:F>), a não ser que um de vocês clique em **Continuar**.',
    continue: 'Continuar',
    end: 'Encerrar',
    continued: 'Boa, a mentoria continua! Os check-ins seguem como combinado.',
    pickReason: 'Por que ela termina? Escolha um motivo; ela é encerrada na hora.',
    reasonPlaceholder: 'Motivo do encerramento',
  },
  settings: {
    fadingDays_one:
      'Uma dupla sem atividade por {{count}} dia recebe um lembrete; no dobro, a pergunta "continuar ou encerrar?".',
    fadingDays_other:
      'Uma dupla sem atividade por {{count}} dias recebe um lembrete; no dobro, a pergunta "continuar ou encerrar?".',
  },
} as const satisfies LocaleCatalog['lifecycle'];
