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
  openRequestsChannel: {
    name: 'open-requests-channel',
    description: 'Where open requests to a specialty are posted for mentors to claim',
    options: { channel: { name: 'channel', description: 'A text or forum channel (leave empty to turn off)' } },
  },
  applicationsChannel: {
    name: 'applications-channel',
    description: 'Where admins are told about new mentor applications',
    options: { channel: { name: 'channel', description: 'A text channel (leave empty to clear)' } },
  },
  mentorshipChannel: {
    name: 'mentorship-channel',
    description: 'The text channel where each new pair gets its private thread',
    options: { channel: { name: 'channel', description: 'A text channel (leave empty to clear)' } },
  },
  mentorshipGuide: {
    name: 'mentorship-guide',
    description: 'Edit the guide new pairs get, or reset it to the default',
    options: {
      guide: {
        name: 'guide',
        description: 'Which guide',
        choices: { mentee: 'For mentees', mentor: 'For mentors', challenges: 'Common challenges' },
      },
      reset: { name: 'reset', description: 'Go back to the default text' },
    },
  },
  applications: { name: 'applications', description: 'Mentor applications waiting for a decision' },
  requestCooldown: {
    name: 'request-cooldown',
    description: 'Days a declined member waits before asking the same mentor again (default 30)',
    options: { days: { name: 'days', description: '0 turns the cooling-off off' } },
  },
  fadingDays: {
    name: 'fading-days',
    description: 'Days without a message or check-in answer before a quiet pair is nudged (default 21)',
    options: { days: { name: 'days', description: 'From 7 to 30; twice this asks "continue or end?"' } },
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
