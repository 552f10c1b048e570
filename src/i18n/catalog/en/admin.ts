/** Running the mentor program: settings, applications and the decisions applicants are told about. */
export const admin = {
  formalProgram: {
    on: 'Formal program on: new mentors wait for approval (`/$t(commands.admin.name) $t(commands.admin.approve.name)`, `/$t(commands.admin.name) $t(commands.admin.reject.name)`; `/$t(commands.admin.name) $t(commands.admin.applications.name)` lists them). Mentors already accepted stay.',
    announcedIn: 'New applications are announced in <#{{channel}}>.',
    off: 'Formal program off: new mentors are offered as soon as they register.',
  },
  mentorRole: {
    set: 'Every mentor gets <@&{{role}}> now.',
    cleared: 'Mentors get no common role now.',
  },
  applicationsChannel: {
    set: 'New mentor applications are announced in <#{{channel}}>.',
    cleared:
      'New mentor applications are no longer announced; `/$t(commands.admin.name) $t(commands.admin.applications.name)` still lists them.',
    notSet:
      'No applications channel is set, so nobody will be told when someone applies. Set one with `/$t(commands.admin.name) $t(commands.admin.applicationsChannel.name)`.',
    notFound:
      "I can't find <#{{channel}}> as a text channel any more. Set another one with `/$t(commands.admin.name) $t(commands.admin.applicationsChannel.name)`.",
    missingPermissions:
      "I can't post in <#{{channel}}>: I lack {{permissions}} there. Give my role those permissions in the channel's settings.",
    permissions: {
      viewChannel: 'View Channel',
      sendMessages: 'Send Messages',
      embedLinks: 'Embed Links',
    },
  },
  requestCooldown: {
    off: 'Cooling-off off: a declined member may ask the same mentor again at once.',
    set_one: 'A declined member now waits {{count}} day before asking the same mentor again.',
    set_other: 'A declined member now waits {{count}} days before asking the same mentor again.',
  },
  decision: {
    approved: "Approved <@{{user}}>'s application.",
    rejected: "Rejected <@{{user}}>'s application.",
    told: 'They were told by direct message.',
    notTold: "I couldn't message them (their DMs are closed); please tell them.",
  },
  applicantDm: {
    approved: 'Your mentor application on **{{server}}** was approved.',
    rejected: 'Your mentor application on **{{server}}** was not approved.\nReason: {{reason}}',
    theServer: 'the server',
  },
  applications: {
    none: 'No mentor applications are waiting for a decision.',
    waiting_one:
      '{{count}} application waiting. Decide with `/$t(commands.admin.name) $t(commands.admin.approve.name)` or `/$t(commands.admin.name) $t(commands.admin.reject.name)`.',
    waiting_other:
      '{{count}} applications waiting. Decide with `/$t(commands.admin.name) $t(commands.admin.approve.name)` or `/$t(commands.admin.name) $t(commands.admin.reject.name)`.',
    title: 'Mentor applications',
    profileSaved: 'profile saved {{when}}',
    more: '…and {{count}} more.',
    noSpecialties: 'none',
  },
  notice: {
    title: 'New mentor application',
    specialties: 'Specialties: {{specialties}}',
    experience_one: 'Experience: {{count}} year',
    experience_other: 'Experience: {{count}} years',
    decide:
      'Decide with `/$t(commands.admin.name) $t(commands.admin.approve.name)` or `/$t(commands.admin.name) $t(commands.admin.reject.name)`; `/$t(commands.admin.name) $t(commands.admin.applications.name)` lists everyone waiting.',
  },
} as const;
