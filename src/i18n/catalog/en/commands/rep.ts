export const rep = {
  name: 'rep',
  description: 'Reputation of a member: points, recent recognitions, rating',
  options: { user: { name: 'user', description: 'Whose reputation (you by default)' } },
} as const;
