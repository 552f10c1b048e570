import type { LocaleCatalog } from '../catalog-shape.js';

export const specialty = {
  added: 'Pronto, adicionei {{specialty}} (`{{slug}}`).',
  renamed: 'Agora se chama {{specialty}}.',
  archived: 'Arquivei {{specialty}}: ela não é mais oferecida, mas os mentores que já têm continuam com ela.',
  restored: '{{specialty}} voltou a ser oferecida.',
  roleSet: '{{specialty}} agora dá o cargo <@&{{role}}>.',
  roleCleared: '{{specialty}} não dá mais nenhum cargo.',
  archivedChoice: '{{name}} (arquivada)',
  list: {
    title: 'Especialidades',
    titlePaged: 'Especialidades ({{page}}/{{pages}})',
    archived: '(arquivada)',
    empty:
      'Ainda não há especialidades. Adicione uma com `/$t(commands.specialty.name) $t(commands.specialty.add.name)`.',
  },
  errors: {
    unknownTyped: 'Não existe a especialidade {{name}} neste servidor. Comece a digitar e escolha uma da lista.',
    unknownPicked: 'Não existe a especialidade {{name}} neste servidor. Escolha uma da lista.',
    noLongerOffered: '{{name}} não é mais oferecida neste servidor; escolha outra especialidade.',
    nameTooShort: 'O nome de uma especialidade precisa ter pelo menos {{minimum}} caracteres.',
    nameTooLong: 'O nome de uma especialidade pode ter no máximo {{maximum}} caracteres; o seu tem {{length, number}}.',
    nameControlCharacters:
      'O nome de uma especialidade não pode ter quebras de linha nem caracteres de controle invisíveis.',
    nameNeedsLetter: 'O nome de uma especialidade precisa de pelo menos uma letra ou um dígito.',
    emojiTooLong: 'Nenhum emoji é tão longo assim; use um só, tipo 🐍.',
    slugFormat: 'Um slug usa letras minúsculas, dígitos e hifens simples, tipo "desenvolvimento-web".',
    slugTooLong: 'Um slug pode ter no máximo {{maximum}} caracteres.',
    noSlug: '{{name}} não tem letras nem dígitos para gerar um slug; informe um, tipo "rust".',
    catalogFull:
      'Este servidor já oferece {{max}} especialidades, o máximo possível. Arquive primeiro uma que você não precisa mais.',
    slugTaken: 'O slug `{{slug}}` já é usado por outra especialidade. Escolha outro.',
    alreadyArchived: '{{name}} já está arquivada.',
    notArchived: '{{name}} não está arquivada.',
    nameTaken: 'Já existe uma especialidade chamada {{name}}.',
    nameTakenArchived: 'Já existe uma especialidade arquivada chamada {{name}}; é melhor restaurá-la.',
    notServerEmoji:
      '{{emoji}} não é um emoji personalizado deste servidor. Escolha um dos emojis do servidor ou um emoji comum, tipo 🐍.',
    notOneEmoji: '{{emoji}} não é exatamente um emoji. Use um só, tipo 🐍, ou um emoji personalizado deste servidor.',
  },
  seed: {
    webDevelopment: 'Desenvolvimento web',
    mobile: 'Desenvolvimento mobile',
    dataScience: 'Ciência de dados',
    aiMl: 'IA e machine learning',
    cybersecurity: 'Cibersegurança',
    cloud: 'Computação em nuvem',
    devopsSre: 'DevOps e SRE',
    databases: 'Bancos de dados',
    systemsEmbedded: 'Sistemas e embarcados',
    gameDevelopment: 'Desenvolvimento de jogos',
    uiUx: 'Design UI/UX',
    careerInterviews: 'Carreira e entrevistas',
    resumePortfolio: 'Revisão de currículo e portfólio',
  },
} as const satisfies LocaleCatalog['specialty'];
