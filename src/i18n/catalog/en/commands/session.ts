export const session = {
  name: 'session',
  description: 'Mentoring sessions: log one, answer one, see the history',
  log: {
    name: 'log',
    description: 'Log a session you held elsewhere; it counts once the member confirms it',
    options: {
      with: { name: 'with', description: 'The member you mentored' },
      minutes: { name: 'minutes', description: 'How long it lasted, in minutes' },
      daysAgo: { name: 'days-ago', description: 'How many days ago it was (0 for today)' },
      format: { name: 'format', description: 'What kind of session it was' },
      topics: { name: 'topics', description: 'What you worked on (visible to members who can see it)' },
      notes: { name: 'notes', description: 'Private notes (only the two of you and admins see them)' },
    },
  },
  pending: { name: 'pending', description: 'Sessions waiting for your confirmation' },
  history: {
    name: 'history',
    description: 'Sessions and totals of a member (you by default)',
    options: { user: { name: 'user', description: 'Whose sessions' } },
  },
} as const;
