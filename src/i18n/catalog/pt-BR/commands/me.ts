import type { LocaleCatalog } from '../../catalog-shape.js';

export const me = {
  name: 'eu',
  description: 'O que o bot sabe sobre você, para as sugestões baterem com seus horários',
  timezone: {
    name: 'fuso-horário',
    description: 'Configure seu fuso horário',
    options: { timezone: { name: 'fuso-horário', description: 'Seu fuso horário; comece a digitar sua cidade' } },
  },
  hours: {
    name: 'horários',
    description: 'Quando você pode encontrar um mentor toda semana, no seu fuso horário',
    options: {
      hours: {
        name: 'horários',
        description: 'Tipo "mon-fri 18:00-21:00, sat 10:00-12:00"; "limpar" apaga tudo',
      },
    },
  },
  requests: { name: 'pedidos', description: 'Seus pedidos de mentoria aguardando resposta; retire algum aqui' },
  language: {
    name: 'idioma',
    description: 'O idioma em que o bot fala com você, aqui e nas mensagens diretas',
    options: {
      language: {
        name: 'idioma',
        description: 'Um idioma, ou o do seu Discord',
        choices: { discord: 'Seguir o idioma do meu Discord' },
      },
    },
  },
} as const satisfies LocaleCatalog['commands']['me'];
