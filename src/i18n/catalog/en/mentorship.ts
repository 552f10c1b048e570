/** Mentorships: the pair's space (thread, pinned summary, agreement, milestones), guides and the list. */
export const mentorship = {
  errors: {
    none: "You don't have an active mentorship on this server.",
    noneWith: "You don't have an active mentorship with <@{{otherId}}>.",
    several_one:
      'You have {{count}} active mentorship; run this in its thread, or name the other side with the `$t(commands.mentorship.agreement.options.with.name)` option.',
    several_other:
      'You have {{count}} active mentorships; run this in the pair’s thread, or name the other side with the `$t(commands.mentorship.agreement.options.with.name)` option.',
    notYourMentorship: 'This thread belongs to another pair, so you cannot change their mentorship.',
    notWithYourself:
      "You can't have a mentorship with yourself; pick the other side in the `$t(commands.mentorship.agreement.options.with.name)` option.",
    gone: 'That mentorship is gone.',
    notYourPair: 'This belongs to another pair: only its mentor and mentee can confirm their agreement.',
    notYourButton: 'This button is for <@{{userId}}>; press the one for your side.',
    ended: 'This mentorship has ended, so its agreement can no longer change.',
    agreementChanged:
      'The agreement changed since this was shown. Read the current one in the pinned summary (or `/$t(commands.mentorship.name) $t(commands.mentorship.agreement.name)`) and confirm that.',
    weeksWhole: 'The length is a whole number of weeks.',
    weeksTooShort: 'A mentorship lasts at least {{minimum}} weeks.',
    weeksTooLong: 'A mentorship lasts at most {{maximum}} weeks; agree on a new one after that.',
    milestoneTooShort: 'A milestone needs a title of at least {{minimum}} characters.',
    milestoneTooLong: 'A milestone title can be at most {{maximum}} characters; yours has {{length}}.',
    noSuchMilestone:
      'There is no milestone with that number. The pinned summary (or `/$t(commands.mentorship.name) $t(commands.mentorship.agreement.name)`) numbers them.',
    guideEmpty:
      'A guide needs some text; use the `$t(commands.admin.mentorshipGuide.options.reset.name)` option to go back to the default.',
    guideTooLong: 'A guide can be at most {{maximum}} characters; yours has {{length}}.',
    tooManyMilestones:
      'A mentorship can have at most {{max}} milestones (dropped ones count). Edit one that is still open instead.',
  },
  cadences: {
    weekly: 'every week',
    biweekly: 'every two weeks',
    monthly: 'every month',
  },
  sides: {
    mentor: 'the mentor',
    mentee: 'the mentee',
  },
  summary: {
    title: 'Mentorship: {{mentor}} and {{mentee}}',
    description: '{{mentor}} mentors {{mentee}}. This summary stays pinned and up to date.',
    goals: 'Goals',
    noGoals: 'None written yet.',
    format: 'Format',
    noFormat: 'Not chosen yet',
    cadence: 'Cadence',
    length: 'Expected length',
    weeks_one: '{{count}} week, until {{until}}',
    weeks_other: '{{count}} weeks, until {{until}}',
    commitments: 'What each side commits to',
    mentorCommits:
      '**Mentor**: meet {{cadence}}, answer within two days, say early when a meeting has to move, and help the mentee find their own answers.',
    menteeCommits:
      '**Mentee**: come to each meeting with progress or a question, do the work agreed in between, and keep the milestones current.',
    milestones: 'Milestones',
    noMilestones:
      'None yet: add one with `/$t(commands.mentorship.name) $t(commands.mentorship.goals.name) $t(commands.mentorship.goals.add.name)`.',
    milestoneOpen: '{{number}}. ⬜ {{title}}',
    milestoneDone: '{{number}}. ✅ {{title}}',
    milestoneDropped: '{{number}}. ~~{{title}}~~ (dropped)',
    state: 'State',
    confirmedBoth: 'Agreement confirmed by both.',
    waitingFor: 'Waiting for {{names}} to confirm the agreement with the buttons below.',
    paused: 'Paused since {{since}}.',
    ended: 'Ended {{since}}.',
    nextCheckIn: 'Next check-in {{at}}.',
    footer: 'Changing the cadence, length or format asks both of you to confirm again.',
    confirmAsMentor: 'Confirm as mentor',
    confirmAsMentee: 'Confirm as mentee',
  },
  thread: {
    name: '{{mentor}} & {{mentee}}',
    welcome:
      'Welcome, {{mentor}} and {{mentee}}! This private thread is yours. Read the pinned summary, then each of you confirms the agreement with your button (or change it first with `/$t(commands.mentorship.name) $t(commands.mentorship.agreement.name)`).',
    reminder:
      '{{names}}: the agreement is still waiting for your confirmation. Press your button on the pinned summary, or change the agreement with `/$t(commands.mentorship.name) $t(commands.mentorship.agreement.name)` first.',
    agreementChanged: '{{other}}: {{actor}} changed the agreement. Please both confirm it again on the pinned summary.',
    confirmed: '{{name}} confirmed the agreement.',
    allConfirmed: 'Both of you confirmed the agreement: you are all set. Have a great start!',
  },
  dm: {
    startedInThread:
      'Your mentorship with {{other}} on **{{server}}** has started. Meet in your private thread: <#{{thread}}>',
    startedWithoutThread:
      'Your mentorship with {{other}} on **{{server}}** has started. The server has no private thread for you, so your agreement is here: confirm it with your button.',
    reminder: 'Your mentorship agreement with {{other}} on **{{server}}** is still waiting for your confirmation.',
  },
  guides: {
    menteeTitle: 'How to be a good mentee',
    mentee:
      '- Own your goals: bring progress or a question to every meeting.\n- Be specific: "I am stuck on X and tried Y" gets better help than "it does not work".\n- Do the work between meetings; your mentor guides, you drive.\n- Respect their time: confirm, move meetings early, follow up on what you agreed.\n- Say what helps and what does not; honest feedback makes the mentorship better.',
    mentorTitle: 'What makes a good mentor',
    mentor:
      '- Listen first: ask what they tried before you answer.\n- Help them find the answer instead of handing it over.\n- Be reliable: keep the cadence you agreed, and say early when you cannot.\n- Share your mistakes as well as your wins.\n- Keep it about their goals, not the path you took.',
    challengesTitle: 'Common challenges, and how you two will handle them',
    challenges:
      '- **Unclear goals**: your goals and milestones are pinned in the summary; look at them at every check-in and keep them current with `/$t(commands.mentorship.name) $t(commands.mentorship.goals.name)`.\n- **Poor communication**: you meet {{cadence}}; whoever cannot make it says so at least a day ahead.\n- **Fading commitment**: the bot checks in {{cadence}} and nudges you when things go quiet; pausing openly is better than disappearing.\n- **Mismatched expectations**: you both confirm the agreement ({{format}}, {{weeks}} weeks) and change it with `/$t(commands.mentorship.name) $t(commands.mentorship.agreement.name)` when it stops fitting.\n- **Over-dependence**: the aim is a mentee who can go on alone; from week {{halfway}} the mentee leads the agenda.',
  },
  confirm: {
    done: 'Thanks, you confirmed the agreement.',
    already: 'You had already confirmed this agreement; nothing changed.',
  },
  agreement: {
    current: 'Your agreement as it stands; change it with the options of this command.',
    changed: 'Agreement updated. Both of you are asked to confirm it again.',
  },
  goals: {
    added: 'Milestone {{number}} added: {{title}}',
    edited: 'Milestone {{number}} is now: {{title}}',
    done: 'Milestone {{number}} reached: {{title}}. Well done!',
    dropped: 'Milestone {{number}} dropped: {{title}}',
  },
  list: {
    title: 'Your mentorships',
    none: 'No requests or mentorships yet. Find a mentor with `/$t(commands.mentors.name) $t(commands.mentors.find.name)`.',
    requestsSent: 'Requests you sent',
    requestsReceived: 'Requests waiting for your answer',
    active: 'Active',
    paused: 'Paused',
    past: 'Past',
    requestLine: '{{name}} · sent {{sent}} · expires {{expires}}',
    asMentor: 'you mentor {{name}}',
    asMentee: '{{name}} mentors you',
    line: '{{who}} · since {{since}} · {{state}}',
    thread: 'thread <#{{thread}}>',
    confirmed: 'agreement confirmed',
    unconfirmed: 'agreement not confirmed yet',
    pausedSince: 'paused since {{since}}',
    nextCheckIn: 'next check-in {{at}}',
    endedLine: '{{who}} · {{since}} to {{until}}',
    more_one: '…and {{count}} more.',
    more_other: '…and {{count}} more.',
  },
  admin: {
    channelSet: 'Mentorship threads are now created in <#{{channel}}>.',
    channelCleared: 'No mentorship channel: new pairs get their summary by direct message only.',
    channelNotText: 'Pick a text channel: private threads can only be created in text channels.',
    channelMissing:
      'I cannot create private threads in <#{{channel}}>: I lack {{permissions}} there. Give my role those permissions in the channel settings, then set it again.',
    permissions: {
      viewChannel: 'View Channel',
      sendMessages: 'Send Messages',
      createPrivateThreads: 'Create Private Threads',
      sendMessagesInThreads: 'Send Messages in Threads',
      pinMessages: 'Pin Messages',
    },
    noChannelNotice:
      'A new mentorship started ({{mentor}} mentors {{mentee}}), but no mentorship channel is set, so they have no private thread; they got their agreement by DM. Set one with `/$t(commands.admin.name) $t(commands.admin.mentorshipChannel.name)`.',
    missingPermissionsNotice:
      'A new mentorship started ({{mentor}} mentors {{mentee}}), but I could not give them a private thread in <#{{channel}}>: I lack {{permissions}} there. They got their agreement by DM. Give my role those permissions in the channel settings so the next pairs get a thread.',
    failedNotice:
      'A new mentorship started ({{mentor}} mentors {{mentee}}), but Discord refused to create their private thread in <#{{channel}}>. They got their agreement by DM.',
    guideSaved: 'The {{guide}} guide on this server now reads as you wrote it. New pairs get it from now on.',
    guideReset: 'The {{guide}} guide is back to the default text.',
    guideCurrent: 'The {{guide}} guide new pairs get now ({{source}}):',
    guideSourceDefault: 'the default, in each reader’s language',
    guideSourceCustom: 'written for this server',
    guideEditButton: 'Edit this guide',
    guideModalTitle: 'Edit a mentorship guide',
    guideModalLabel: 'Guide text',
    guideModalHint: 'Up to {{max}} characters. Leave it as it is to keep it.',
    guideNames: {
      mentee: 'mentee',
      mentor: 'mentor',
      challenges: 'common challenges',
    },
  },
} as const;
