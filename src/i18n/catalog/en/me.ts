/** What a member tells the bot about themselves: time zone, weekly hours, language. */
export const me = {
  timezoneSaved: 'Your time zone is now **{{zone}}** (it is {{time}} there). Mentor matches now favour your hours.',
  hoursCleared: 'Your hours are cleared; matches assume 09:00 to 22:00 in your time zone.',
  hoursSaved: 'Your hours are saved: {{hours}} ({{zone}}).',
  /** The word that forgets one's hours in `/me hours`; "clear" works in every locale too. */
  clearWord: 'clear',
  languageChosen: "Done: I'll speak {{language}} with you from now on, in replies and direct messages.",
  languageFollowsDiscord: "Done: I'll follow your Discord language again, in replies and direct messages.",
  errors: {
    timezoneFirst: 'Set your time zone first, so I know what your hours mean.',
  },
} as const;
