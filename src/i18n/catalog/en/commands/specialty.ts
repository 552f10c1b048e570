export const specialty = {
  name: 'specialty',
  description: "Shape this server's catalog of mentoring specialties",
  list: { name: 'list', description: 'Show every specialty, archived ones too' },
  add: {
    name: 'add',
    description: 'Add a specialty',
    options: {
      name: { name: 'name', description: 'Its name, like "Rust"' },
      emoji: { name: 'emoji', description: 'One emoji, or a custom emoji of this server' },
      role: { name: 'role', description: 'A role its mentors get' },
    },
  },
  rename: {
    name: 'rename',
    description: 'Rename a specialty (mentors keep it)',
    options: {
      specialty: { name: 'specialty', description: 'Which one' },
      name: { name: 'name', description: 'The new name' },
      emoji: { name: 'emoji', description: 'A new emoji: one emoji, or a custom emoji of this server' },
    },
  },
  archive: {
    name: 'archive',
    description: 'Stop offering a specialty; profiles that have it keep it',
    options: { specialty: { name: 'specialty', description: 'Which one' } },
  },
  restore: {
    name: 'restore',
    description: 'Offer an archived specialty again',
    options: { specialty: { name: 'specialty', description: 'Which one' } },
  },
  role: {
    name: 'role',
    description: 'Set or clear the role its mentors get',
    options: {
      specialty: { name: 'specialty', description: 'Which one' },
      role: { name: 'role', description: 'The role (leave empty to clear)' },
    },
  },
} as const;
