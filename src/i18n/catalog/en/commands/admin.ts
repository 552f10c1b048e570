export const admin = {
  name: 'admin',
  description: 'Run the mentor program on this server',
  formalProgram: {
    name: 'formal-program',
    description: 'Require admin approval for new mentors',
    options: { enabled: { name: 'enabled', description: 'On or off' } },
  },
  mentorRole: {
    name: 'mentor-role',
    description: 'The role every recognised mentor gets (needs Manage Roles too)',
    options: { role: { name: 'role', description: 'The role (leave empty to clear)' } },
  },
  applicationsChannel: {
    name: 'applications-channel',
    description: 'Where admins are told about new mentor applications',
    options: { channel: { name: 'channel', description: 'A text channel (leave empty to clear)' } },
  },
  applications: { name: 'applications', description: 'Mentor applications waiting for a decision' },
  requestCooldown: {
    name: 'request-cooldown',
    description: 'Days a declined member waits before asking the same mentor again (default 30)',
    options: { days: { name: 'days', description: '0 turns the cooling-off off' } },
  },
  approve: {
    name: 'approve',
    description: "Approve a mentor's application",
    options: { user: { name: 'user', description: 'The applicant' } },
  },
  reject: {
    name: 'reject',
    description: "Turn down a mentor's application; they are told why",
    options: {
      user: { name: 'user', description: 'The applicant' },
      reason: { name: 'reason', description: 'Why; the applicant reads this' },
    },
  },
} as const;
