/** Mentoring sessions: logging one held elsewhere, the attendee's confirmation or dispute, history and totals. */
export const sessions = {
  errors: {
    topicsTooLong: 'Topics can be at most {{maximum}} characters (you wrote {{length}}).',
    notesTooLong: 'Notes can be at most {{maximum}} characters (you wrote {{length}}).',
    self: "You can't log a session with yourself.",
    bot: 'Sessions are held with members, not bots.',
    notMember: 'You can only log sessions with members of this server.',
    mentorsOnly:
      'Only mentors can log sessions. Register with `/$t(commands.mentor.name) $t(commands.mentor.register.name)` first.',
    tooManyPending:
      '{{max}} sessions you logged with <@{{user}}> are already waiting for their answer. Log more once they have answered.',
    notFound: 'That session is gone.',
    notAttendee: 'Only the member the session was logged with can answer it.',
    already: {
      pending: 'This session is still waiting for an answer.',
      confirmed: 'This session was already confirmed.',
      disputed: 'This session was already disputed.',
      reversed: 'An admin reversed this session; it does not count.',
    },
  },
  minutes_one: '{{count}} minute',
  minutes_other: '{{count}} minutes',
  hours: '{{hours}} h',
  unknownLength: 'length not given',
  statuses: {
    pending: 'waiting for confirmation',
    confirmed: 'confirmed',
    disputed: 'disputed',
    reversed: 'reversed by an admin',
  },
  sources: { checkIn: 'mentorship check-in', logged: 'logged by the mentor', officeHour: 'office hour' },
  logged:
    'Session with <@{{user}}> logged: {{duration}} on <t:{{at}}:D>. It counts once they confirm it; they got a direct message with **$t(sessions.buttons.confirm)** and **$t(sessions.buttons.dispute)**.',
  loggedNoDm:
    'Session with <@{{user}}> logged: {{duration}} on <t:{{at}}:D>. It counts once they confirm it. I could not message them: they can answer with `/$t(commands.session.name) $t(commands.session.pending.name)`.',
  ask: '<@{{mentor}}> logged a mentoring session with you on **{{server}}**: {{duration}} on <t:{{at}}:D>. Did it happen? It counts for them once you confirm it.',
  askTopics: 'Topics: {{topics}}',
  buttons: { confirm: 'Confirm', dispute: 'Dispute' },
  confirmed: 'Thank you! The session with <@{{mentor}}> is confirmed and counts for them.',
  disputed: 'Noted: the session is disputed and does not count. <@{{mentor}}> was told.',
  disputedNotice:
    '<@{{user}}> disputed the session you logged on **{{server}}** for <t:{{at}}:D> ({{duration}}), so it does not count. If it was a mistake, talk to them and log it again.',
  pending: {
    title: 'Sessions waiting for your answer',
    none: 'No session is waiting for your answer.',
    line: '<@{{mentor}}> · <t:{{at}}:D> · {{duration}}',
  },
  history: {
    title: 'Sessions of {{name}}',
    totals_one: '**{{count}}** session held · **{{hours}}** mentored · people helped: **{{people}}**',
    totals_other: '**{{count}}** sessions held · **{{hours}}** mentored · people helped: **{{people}}**',
    none: 'No sessions to show.',
    privacy:
      'You see the confirmed sessions you took part in. The others, and notes, are visible only to them and to admins.',
    led: 'led for {{people}}',
    attended: 'with <@{{mentor}}>',
    line: '<t:{{at}}:D> · {{who}} · {{duration}} · {{status}}',
    topics: 'Topics: {{topics}}',
    notes: 'Notes: {{notes}}',
  },
  profile: {
    field: 'Time given',
    totals: '{{hours}} mentored · people helped: {{people}}',
  },
} as const;
