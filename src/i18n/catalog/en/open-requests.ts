/** Open requests: a member asks a specialty, any of its mentors with a free place may claim it. */
export const openRequests = {
  form: {
    title: 'Ask the mentors of a specialty',
    goals: 'What do you want to work on?',
  },
  posted_one:
    'Your request is posted in <#{{channelId}}>: any {{specialty}} mentor with a free place can claim it within {{count}} day. You will get a direct message when one does.',
  posted_other:
    'Your request is posted in <#{{channelId}}>: any {{specialty}} mentor with a free place can claim it within {{count}} days. You will get a direct message when one does.',
  post: {
    title: 'Open mentorship request: {{specialty}}',
    asks: '{{mentee}} is looking for a mentor in {{specialty}}.',
    goals: 'Their goals',
    expires: 'Expires',
    howTo: 'Any mentor of this specialty with a free place can claim it; the first claim wins.',
    status: 'Status',
    claimed: 'Claimed by {{mentor}}: their mentorship has started.',
    expired_one: 'Expired: nobody claimed it within {{count}} day.',
    expired_other: 'Expired: nobody claimed it within {{count}} days.',
    withdrawn: 'Withdrawn by the member.',
    threadName: '{{specialty}}: {{mentee}}',
  },
  buttons: {
    claim: 'Claim',
    withdraw: 'Withdraw',
  },
  claimed: 'You claimed the request of {{mentee}}: your mentorship has started, and they have been told.',
  withdrawn: 'You withdrew your open request; its post now says so.',
  expiredDm_one:
    'Your open request for a mentor in {{specialty}} was not claimed within {{count}} day, so it has expired. Try `/$t(commands.mentors.name) $t(commands.mentors.find.name)`, or post it again with `/$t(commands.mentors.name) $t(commands.mentors.request.name)`.',
  expiredDm_other:
    'Your open request for a mentor in {{specialty}} was not claimed within {{count}} days, so it has expired. Try `/$t(commands.mentors.name) $t(commands.mentors.find.name)`, or post it again with `/$t(commands.mentors.name) $t(commands.mentors.request.name)`.',
  admin: {
    set: 'Open requests are now posted in <#{{channelId}}>.',
    cleared: 'Open requests are off: members can no longer post them.',
  },
  errors: {
    notSetUp:
      'This server has no channel for open requests yet; ask an admin, or pick a mentor with `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    duplicate: 'You already have an open request in this specialty; withdraw it from its post before posting another.',
    notFound: 'That open request is gone.',
    alreadyClaimed: 'Another mentor claimed this request first (<@{{mentorId}}>).',
    expired: 'This open request has expired.',
    withdrawn: 'The member withdrew this request.',
    alreadyYours: 'You already mentor this member; leave this request to another mentor.',
    ownRequest: "You can't claim your own request.",
    notAMentorOfSpecialty: 'Only a mentor of this specialty on this server can claim it.',
    onlyMemberWithdraws: 'Only the member who posted this request can withdraw it.',
    cannotPost:
      "I couldn't post in the open-requests channel (missing permission?); nothing was posted. Tell an admin.",
  },
} as const;
