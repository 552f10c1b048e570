/** A mentorship's life after the start: check-ins, pause and resume, the end, feedback, fading pairs. */
export const lifecycle = {
  errors: {
    notFound: 'That mentorship is gone.',
    notYours: 'This belongs to another pair: only its mentor and mentee can answer it.',
    ended: 'This mentorship has ended, so there is nothing more to answer here.',
    alreadyPaused:
      'This mentorship is already paused. `/$t(commands.mentorship.name) $t(commands.mentorship.resume.name)` picks it up again.',
    notPaused: 'This mentorship is not paused.',
    alreadyEnded: 'This mentorship has already ended.',
    badReason: 'Pick one of the reasons offered.',
    fadingDaysTooFew: 'At least {{minimum}} days.',
    fadingDaysTooMany: 'At most {{maximum}} days: twice that must come before the 90-day warning.',
  },
  pulses: {
    good: 'Going well',
    ok: 'OK',
    stuck: 'Stuck',
  },
  checkIns: {
    title: 'Check-in #{{number}}',
    prompt:
      '{{mentor}} and {{mentee}}: time for your check-in (due <t:{{due}}:f>). How is the mentorship going? Each of you answers privately; the other side does not see your answer.',
    ratingAsked: 'This one is a review: please also rate the mentorship so far, from 1 to 5 (private too).',
    next: 'Next check-in: <t:{{next}}:F> (<t:{{next}}:R>).',
    rate: 'Rate the mentorship so far (1–5)',
    ratingOption_one: '{{count}} star',
    ratingOption_other: '{{count}} stars',
    dmIntro: 'Your mentorship check-in from **{{server}}**, with {{other}}.',
    recorded: 'Thanks, recorded privately: **{{pulse}}**.',
    rated: 'Thanks, your rating of **{{rating}}/5** is recorded privately.',
    alreadyAnswered: 'You already answered this check-in; answers are recorded once, privately.',
    alreadyRated: 'You already rated this check-in (**{{rating}}/5**); ratings are recorded once.',
    noRatingHere: 'This check-in does not ask for a rating.',
    help: 'Sorry it is hard right now. Say in your thread what blocks you, agree on one small next step, or pause with `/$t(commands.mentorship.name) $t(commands.mentorship.pause.name)`; if it is not working, `/$t(commands.mentorship.name) $t(commands.mentorship.end.name)` ends it kindly.',
    adminsTold: 'The program’s admins were told, so one of them can help.',
    flagTitle: 'A mentorship may need help',
    flagStuck:
      '{{who}} said they are **stuck** at check-in #{{number}} of the mentorship of {{mentor}} (mentor) and {{mentee}} (mentee).',
    flagLowRating:
      '{{who}} rated the mentorship of {{mentor}} (mentor) and {{mentee}} (mentee) **{{rating}}/5** at check-in #{{number}}.',
  },
  pause: {
    done: 'Paused. Check-ins stop and the place is kept until one of you runs `/$t(commands.mentorship.name) $t(commands.mentorship.resume.name)`.',
    toOther:
      '{{actor}} paused your mentorship on **{{server}}**. Check-ins stop until one of you runs `/$t(commands.mentorship.name) $t(commands.mentorship.resume.name)`.',
  },
  resume: {
    done: 'Resumed. Next check-in: <t:{{next}}:F> (<t:{{next}}:R>).',
    toOther: '{{actor}} resumed your mentorship on **{{server}}**. Next check-in: <t:{{next}}:F>.',
  },
  reasons: {
    completed: 'completed',
    goalsChanged: 'goals changed',
    noTime: 'no time',
    noResponse: 'no response',
    mismatch: 'not a good match',
    other: 'another reason',
    inactive: 'inactive for too long',
  },
  end: {
    done: 'The mentorship has ended ({{reason}}). Its place is free again; thank you both! A private feedback form is waiting for you below and in your DMs.',
    toOther: '{{actor}} ended your mentorship on **{{server}}** ({{reason}}). Thank you for the time you gave it.',
    toEnder: 'You ended your mentorship with {{other}} on **{{server}}** ({{reason}}).',
    inactive:
      'Your mentorship with {{other}} on **{{server}}** has ended: nobody answered for a long time. Its place is free again.',
    inThread: 'This mentorship has ended. The thread is archived; thank you both.',
    askFeedback:
      'How did it go? Your feedback is private: {{other}} reads it only once you have both answered, or 14 days after the end, and it is never posted publicly.',
  },
  feedback: {
    button: 'Give private feedback',
    title: 'Private feedback',
    rating: 'Your rating of the mentorship (1–5)',
    comment: 'A comment for the other side (optional)',
    thanks: 'Thank you. {{other}} will read it once they have answered too, or 14 days after the end.',
    thanksRevealed: 'Thank you. You have both answered, so each of you now gets the other’s feedback by DM.',
    already: 'You already gave your feedback on this mentorship; it is recorded once.',
    badRating: 'The rating is a whole number from 1 to 5.',
    commentTooLong: 'The comment can be at most {{maximum}} characters.',
    notEnded: 'Feedback opens once the mentorship has ended.',
    revealTitle: 'Feedback from {{other}}',
    reveal: 'Your mentorship on **{{server}}** has ended; here is what {{other}} wrote about it (private to you).',
    ratingLine: 'Rating: **{{rating}}/5**',
    noComment: '(no comment)',
  },
  fading: {
    nudge:
      '{{mentor}}, {{mentee}}: it has been quiet here since <t:{{since}}:D>. A short message about where things stand keeps the mentorship going.',
    ask: '{{mentor}}, {{mentee}}: nothing has happened since <t:{{since}}:D>. Do you want to continue, or end the mentorship?',
    warn: '{{mentor}}, {{mentee}}: nobody has answered since <t:{{since}}:D>. The mentorship ends as inactive <t:{{ends}}:R> (<t:{{ends}}:F>) unless one of you presses **Continue**.',
    continue: 'Continue',
    end: 'End it',
    continued: 'Great, the mentorship goes on. Check-ins continue as agreed.',
    pickReason: 'Why does it end? Pick a reason; it ends right away.',
    reasonPlaceholder: 'Reason for ending',
  },
  settings: {
    fadingDays_one: 'A pair quiet for {{count}} day gets a nudge; twice that, a "continue or end?" question.',
    fadingDays_other: 'A pair quiet for {{count}} days gets a nudge; twice that, a "continue or end?" question.',
  },
} as const;
