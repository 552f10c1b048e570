import type { LocaleCatalog } from '../catalog-shape.js';

export const me = {
  timezoneSaved:
    'Seu fuso horário agora é **{{zone}}** (lá são {{time}}). As sugestões de mentores já levam seus horários em conta.',
  hoursCleared: 'Apaguei seus horários; as sugestões consideram das 09:00 às 22:00 no seu fuso.',
  hoursSaved: 'Horários salvos: {{hours}} ({{zone}}).',
  clearWord: 'limpar',
  languageChosen: 'Pronto: a partir de agora falo {{language}} com você, nas respostas e nas mensagens diretas.',
  languageFollowsDiscord: 'Pronto: volto a seguir o idioma do seu Discord, nas respostas e nas mensagens diretas.',
  errors: {
    timezoneFirst: 'Configure seu fuso horário primeiro, para eu saber o que seus horários significam.',
  },
} as const satisfies LocaleCatalog['me'];
