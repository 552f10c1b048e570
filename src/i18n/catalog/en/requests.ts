/** Mentorship requests: asking a mentor, their answer, expiry, withdrawal and the refusals on the way. */
export const requests = {
  statuses: {
    pending: 'waiting',
    accepted: 'accepted',
    declined: 'declined',
    expired: 'expired',
    withdrawn: 'withdrawn',
    closed: 'closed',
  },
  refusals: {
    thatMentor: 'That mentor',
    self: "You can't ask yourself for mentorship.",
    mentorUnavailable:
      '{{mentor}} is not taking requests right now. Try another mentor from `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    mentorFull:
      '{{mentor}} has no free place right now. Try another mentor from `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    mentorLeft:
      '{{mentor}} is no longer on this server. Try another mentor from `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    alreadyMentored: '{{mentor}} already mentors you.',
    duplicate: 'You already asked this mentor; their answer is on its way.',
    limit:
      'You already have {{max}} requests waiting for an answer. Wait for one, or withdraw one with `/$t(commands.me.name) $t(commands.me.requests.name)`, before asking another mentor.',
    cooldown:
      '{{mentor}} declined your last request. You can ask them again <t:{{until}}:R> (on <t:{{until}}:D>); meanwhile, try another mentor from `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    blocked:
      '{{mentor}} is not taking requests from you. Try another mentor from `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    alreadyAnswered: 'This request is no longer waiting: it was {{status}}.',
    mentorPaused:
      'You are paused, so you cannot take a mentee now. `/$t(commands.mentor.name) $t(commands.mentor.resume.name)` first, then accept.',
    mentorNotRecognised:
      'You are not an active mentor on this server (retired, or not approved yet), so you cannot take a mentee.',
    noFreePlace:
      'All your places are taken. Raise your capacity with `/$t(commands.mentor.name) $t(commands.mentor.edit.name)`, or decline this request.',
    menteeAlreadyYours: 'You already mentor this member; decline this request, or leave it to expire.',
  },
} as const;
