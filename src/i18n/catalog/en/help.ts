/** `/help` and the answer to a direct message; buttons are named by their labels (`buttons`). */
export const help = {
  title: 'What mentor-bot can do for you',
  description: 'Find a mentor who knows your topic, shares some of your hours and has room for you.',
  lookingForMentor: {
    name: 'Looking for a mentor',
    value:
      '`/$t(commands.me.name) $t(commands.me.timezone.name)` first, so matches fit your hours. Then `/$t(commands.mentors.name) $t(commands.mentors.find.name)` with a specialty: only you see the results (**$t(help.buttons.shareResults)** posts them), **$t(help.buttons.previousPage)** and **$t(help.buttons.nextPage)** turn the pages. Press **$t(help.buttons.requestMentor, {"rank": 1})** (**$t(help.buttons.requestMentor, {"rank": 2})**, …) under the mentor you want and write your goals. `/$t(commands.me.name) $t(commands.me.requests.name)` shows the requests waiting for an answer; **$t(help.buttons.withdrawRequest, {"position": 1})** takes one back.',
  },
  mentoring: {
    name: 'Mentoring',
    value:
      '`/$t(commands.mentor.name) $t(commands.mentor.register.name)`: pick specialties and formats, press **$t(help.buttons.continueRegistration)**, fill in the form. Requests reach you by direct message with **$t(help.buttons.acceptRequest)**, **$t(help.buttons.declineRequest)** and **$t(help.buttons.declineAndBlock)**.',
  },
  directMessage:
    'Hi! I work inside servers, through slash commands. Type `/$t(commands.help.name)` in a channel of a server we share to see what you can do there.',
  buttons: {
    requestMentor: 'Request {{rank}}',
    previousPage: 'Previous',
    nextPage: 'Next',
    shareResults: 'Share in channel',
    withdrawRequest: 'Withdraw {{position}}',
    continueRegistration: 'Continue',
    acceptRequest: 'Accept',
    declineRequest: 'Decline',
    declineAndBlock: 'Decline and block',
  },
} as const;
