export const repAdmin = {
  name: 'rep-admin',
  description: 'Reputation rules and corrections on this server',
  settings: { name: 'settings', description: 'Show the reputation rules in force' },
  points: {
    name: 'points',
    description: 'What each recognition is worth',
    options: {
      session: { name: 'session', description: 'Points for a confirmed session (default 10)' },
      thanks: { name: 'thanks', description: 'Points for a thanks (default 3)' },
      unrelated: {
        name: 'thanks-unrelated',
        description: 'Points for a thanks between members with no history (default 1)',
      },
      feedback: { name: 'rating-per-star', description: 'Points per star above 2 of a rating (default 2)' },
    },
  },
  thanksRules: {
    name: 'thanks-rules',
    description: 'Limits on thanks',
    options: {
      cooldown: { name: 'cooldown-hours', description: 'Hours before thanking the same member again (default 24)' },
      cap: { name: 'daily-cap', description: 'Thanks one member may give a day (default 5)' },
      days: { name: 'min-days', description: 'Days on the server before a member can thank (default 7)' },
    },
  },
  channel: {
    name: 'channel',
    description: 'Where the top members of each week and month are announced',
    options: { channel: { name: 'channel', description: 'A text channel (leave empty to stop announcing)' } },
  },
  adjust: {
    name: 'adjust',
    description: 'Add or remove points, with a reason (kept in the ledger)',
    options: {
      user: { name: 'user', description: 'Whose points' },
      amount: { name: 'amount', description: 'Points to add (negative to remove)' },
      reason: { name: 'reason', description: 'Why' },
    },
  },
  reverse: {
    name: 'reverse',
    description: 'Undo a recognition and everything it counted for',
    options: {
      id: { name: 'id', description: 'The id shown to admins in /rep' },
      reason: { name: 'reason', description: 'Why' },
    },
  },
  rings: { name: 'rings', description: 'Pairs who mostly thank each other' },
  role: {
    name: 'role-threshold',
    description: 'A role members hold while their all-time points reach a threshold (needs Manage Roles too)',
    options: {
      role: { name: 'role', description: 'The role the bot gives and takes back' },
      points: { name: 'points', description: 'All-time points from which it is held (0 stops giving it)' },
    },
  },
} as const;
