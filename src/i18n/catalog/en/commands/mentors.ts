export const mentors = {
  name: 'mentors',
  description: 'Find mentors on this server',
  request: {
    name: 'request',
    description: 'Post a request any mentor of a specialty can take',
    options: { specialty: { name: 'specialty', description: 'The topic' } },
  },
  find: {
    name: 'find',
    description: 'Mentors who know your topic, share your hours and have room for you',
    options: {
      specialty: { name: 'specialty', description: 'The topic' },
      skill: { name: 'skill', description: 'A skill you want help with: mentors who know it rank first' },
      format: { name: 'format', description: 'How you want to meet' },
      language: { name: 'language', description: 'A language they speak' },
      available: {
        name: 'available',
        description: 'Only mentors free now or this week',
        choices: { now: 'Now', thisWeek: 'This week' },
      },
    },
  },
} as const;
