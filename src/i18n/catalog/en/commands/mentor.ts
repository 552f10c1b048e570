export const mentor = {
  name: 'mentor',
  description: 'Offer your time as a mentor and manage your mentor profile',
  register: { name: 'register', description: 'Become a mentor on this server' },
  edit: { name: 'edit', description: 'Change your mentor profile' },
  pause: {
    name: 'pause',
    description: 'Stop receiving requests for a while',
    options: {
      until: { name: 'until', description: 'Resume automatically on this date (YYYY-MM-DD, your time zone)' },
    },
  },
  resume: { name: 'resume', description: 'Take requests again after a pause' },
  retire: { name: 'retire', description: 'Stop mentoring; your profile and history are kept' },
  requests: { name: 'requests', description: 'Mentorship requests waiting for your answer' },
  block: {
    name: 'block',
    description: 'Stop a member from asking you for mentorship',
    options: { user: { name: 'user', description: 'The member' } },
  },
  unblock: {
    name: 'unblock',
    description: 'Let a member you blocked ask you again',
    options: { user: { name: 'user', description: 'The member' } },
  },
  profile: {
    name: 'profile',
    description: "See a mentor's profile",
    options: { user: { name: 'user', description: 'Whose profile (default: yours)' } },
  },
  /** Options `register` and `edit` share. */
  details: {
    timezone: { name: 'timezone', description: 'Your time zone; start typing your city' },
    years: { name: 'years', description: 'Years of experience in the field' },
    capacity: { name: 'capacity', description: 'How many mentees you can take at once (default 3)' },
    languages: { name: 'languages', description: 'Languages you mentor in, comma-separated (default: en)' },
  },
} as const;
