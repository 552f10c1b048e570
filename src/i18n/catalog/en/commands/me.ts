export const me = {
  name: 'me',
  description: 'What the bot knows about you, so matches fit your hours',
  timezone: {
    name: 'timezone',
    description: 'Set your time zone',
    options: { timezone: { name: 'timezone', description: 'Your time zone; start typing your city' } },
  },
  hours: {
    name: 'hours',
    description: 'When you can meet a mentor each week, in your time zone',
    options: {
      hours: {
        name: 'hours',
        description: 'Like "mon-fri 18:00-21:00, sat 10:00-12:00"; "clear" forgets them',
      },
    },
  },
  requests: { name: 'requests', description: 'Your mentorship requests waiting for an answer; withdraw one here' },
  language: {
    name: 'language',
    description: 'The language the bot speaks with you, here and in direct messages',
    options: {
      language: {
        name: 'language',
        description: 'A language, or your Discord language',
        choices: { discord: 'Follow my Discord language' },
      },
    },
  },
} as const;
