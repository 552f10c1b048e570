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
  errors: {
    notOnServer: "You're not a member of that server any more, so you can't ask its mentors.",
    notFound: 'That request is gone; it may have been removed.',
    onlyMentorAnswers: 'Only the mentor who was asked can answer this request.',
    onlyMenteeWithdraws: 'Only the member who made a request can withdraw it.',
    goalsTooShort: 'Tell the mentor a little more about your goals: at least {{minimum}} characters.',
    goalsTooLong: 'Goals can be at most {{maximum}} characters; yours have {{length}}.',
    cannotBlockSelf: "You can't block yourself.",
    cooldownWholeDays: 'Whole days, please.',
    cooldownNotNegative: 'Use 0 to turn the cooling-off off.',
    cooldownTooLong: 'At most {{maximum}} days.',
  },
  goalsForm: {
    title: 'Ask for mentorship',
    goals: 'What do you want to work on together?',
  },
  declineForm: {
    title: 'Decline the request',
    reason: 'A kind word on why (optional, they read it)',
  },
  forMentor: {
    title: 'Mentorship request',
    asks: '{{mentee}} would like you to mentor them.',
    goals: 'Their goals',
    answer: 'Answer',
    expires: 'Expires',
    answerWithin_one: 'Answer within {{count}} day; after that the request expires.',
    answerWithin_other: 'Answer within {{count}} days; after that the request expires.',
    blockedNote:
      'They can no longer ask you; `/$t(commands.mentor.name) $t(commands.mentor.unblock.name)` lifts the block.',
  },
  answers: {
    pending: 'Waiting for your answer.',
    accepted: 'You accepted this request.',
    declined: 'You declined this request.',
    expired_one: 'This request expired: it got no answer within {{count}} day.',
    expired_other: 'This request expired: it got no answer within {{count}} days.',
    withdrawn: '{{mentee}} withdrew this request.',
    closedRetired: 'Closed: you retired from mentoring.',
    closedRejected: 'Closed: your mentor application was not approved.',
    closedLeft: 'Closed: you left the server.',
    closedUnresponsive: 'Closed: you were paused after leaving requests unanswered.',
    closed: 'Closed.',
  },
  sent: {
    delivered: 'Your request is on its way to {{mentor}}.',
    closedDms:
      "Your request is saved, but {{mentor}} doesn't accept direct messages; they'll see it with `/$t(commands.mentor.name) $t(commands.mentor.requests.name)`.",
    retrying: "Your request is saved; Discord didn't let me message {{mentor}} just now, so I'll keep trying.",
    answerLater_one:
      "You'll get a direct message when they answer (within {{count}} day); `/$t(commands.me.name) $t(commands.me.requests.name)` shows your requests.",
    answerLater_other:
      "You'll get a direct message when they answer (within {{count}} days); `/$t(commands.me.name) $t(commands.me.requests.name)` shows your requests.",
  },
  outcome: {
    accepted:
      'Good news: {{mentor}} accepted your mentorship request. Your private space with them and your agreement to confirm follow; `/$t(commands.mentorship.name) $t(commands.mentorship.list.name)` shows where it stands.',
    declined: "{{mentor}} can't take your mentorship request right now.",
    declineNote: 'Their note: {{reason}}',
    expired_one: 'Your mentorship request to {{mentor}} got no answer within {{count}} day, so it has expired.',
    expired_other: 'Your mentorship request to {{mentor}} got no answer within {{count}} days, so it has expired.',
    closedLeft: 'Your mentorship request to {{mentor}} was closed: they left the server.',
    closedUnresponsive:
      'Your mentorship request to {{mentor}} was closed: they are away for now and could not answer it.',
    closed: 'Your mentorship request to {{mentor}} was closed: they are no longer mentoring here.',
    withdrawn: 'You withdrew your mentorship request to {{mentor}}.',
    pending: 'Your request to {{mentor}} is waiting for an answer.',
    elsewhere: 'Try another mentor with `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
  },
  expiredForMentor_one:
    'The mentorship request from {{mentee}} expired: it got no answer within {{count}} day, and they have been told. If you need a break, `/$t(commands.mentor.name) $t(commands.mentor.pause.name)` keeps new requests away.',
  expiredForMentor_other:
    'The mentorship request from {{mentee}} expired: it got no answer within {{count}} days, and they have been told. If you need a break, `/$t(commands.mentor.name) $t(commands.mentor.pause.name)` keeps new requests away.',
  withdrawnNote: 'You withdrew your request to {{mentor}}; their message now says so.',
  nextBest: {
    intro: 'These mentors could help you too; press a button to ask one of them:',
    line: '**{{rank}}.** <@{{mentorId}}>: {{headline}} (match {{score}}/100)',
  },
  pausedForMentor_one:
    'The mentorship request from {{mentee}} expired: it got no answer within {{count}} day. That makes {{run}} requests in a row left unanswered, so you are paused now: members are not offered you, and your other waiting requests were closed (the members were told). When you are ready, `/$t(commands.mentor.name) $t(commands.mentor.resume.name)` brings you back.',
  pausedForMentor_other:
    'The mentorship request from {{mentee}} expired: it got no answer within {{count}} days. That makes {{run}} requests in a row left unanswered, so you are paused now: members are not offered you, and your other waiting requests were closed (the members were told). When you are ready, `/$t(commands.mentor.name) $t(commands.mentor.resume.name)` brings you back.',
  pausedForAdmins:
    '{{mentor}} left {{run}} mentorship requests in a row unanswered, so they were paused and their waiting requests closed. They were told how to resume.',
  responsiveness: {
    title: 'Responsiveness',
    none: 'No requests answered or expired yet',
    rate_one: 'Answered {{answered}} of {{count}} request ({{percent}})',
    rate_other: 'Answered {{answered}} of {{count}} requests ({{percent}})',
    usually: '{{rate}}, usually within ~{{duration}}',
  },
  mine: {
    none: 'You have no requests waiting for an answer. Find a mentor with `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    title: 'Your requests waiting for an answer',
    line: '**{{position}}.** {{mentor}}, sent {{sent}}, expires {{expires}}',
    more_one: '{{count}} more not shown.',
    more_other: '{{count}} more not shown.',
  },
} as const;
