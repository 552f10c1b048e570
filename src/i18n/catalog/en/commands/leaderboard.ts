export const leaderboard = {
  name: 'leaderboard',
  description: 'Who helped most: points from confirmed sessions and thanks',
  options: {
    period: {
      name: 'period',
      description: 'This week (default), this month or all time',
      choices: { week: 'This week', month: 'This month', all: 'All time' },
    },
    specialty: { name: 'specialty', description: 'Only mentors of this specialty' },
  },
} as const;
