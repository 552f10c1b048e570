/** Mentor search results: the asker's private page, the shared post, and why each mentor ranks where it does. */
export const search = {
  title: 'Mentors for {{specialty}}',
  empty:
    'No mentor with a free place matches yet. Try without the language, format or availability filter, or check back soon.',
  footer: '{{total}} found · page {{page}} of {{pages}} · {{note}}',
  hoursNote: {
    own: 'Ranked by skills, shared hours with yours, free places, reputation and responsiveness.',
    assumed:
      'Ranked with your hours assumed 09:00-22:00 your time; set them with `/$t(commands.me.name) $t(commands.me.hours.name)`.',
    unknown:
      'Set your time zone with `/$t(commands.me.name) $t(commands.me.timezone.name)` so shared hours count in the ranking.',
  },
  sharedFooter: 'Ranked for the hours of the member who searched.',
  shared: '{{member}} shared these mentor search results.',
  result: {
    heading: '**{{rank}}.** {{mentor}} · match **{{score}}**/100',
    places_one: '{{free}} of {{count}} place free',
    places_other: '{{free}} of {{count}} places free',
    availableNow: 'available now',
    nextAvailable: 'next available {{when}}',
    noUpcomingHours: 'no upcoming hours',
    theirTime: '{{time}} their time',
  },
  reasons: {
    knows: 'knows {{skills}}',
    listsNoSkills: 'lists no skills',
    knowsRelated: 'knows {{skills}}, close to {{asked}}',
    doesNotList: "doesn't list {{asked}}",
    unknownHours: 'your time zone is unknown, so hours were not compared',
    noCommonHours: 'no hours in common with yours',
    commonHours: '{{duration}} a week in common with your {{parts}}',
    places_one: '{{free}} of {{count}} place free',
    places_other: '{{free}} of {{count}} places free',
    manyWaiting_one: 'many requests waiting: {{count}} for {{free}} of {{capacity}} free places',
    manyWaiting_other: 'many requests waiting: {{count}} for {{free}} of {{capacity}} free places',
    noReputation: 'no reputation yet',
    reputation: 'reputation {{points}}',
    noRequests: 'no requests received yet',
    answers_one: 'answers {{answered}} of {{count}} request',
    answers_other: 'answers {{answered}} of {{count}} requests',
    answersUsually: '{{answers}}, usually in ~{{duration}}',
    minutes: '{{count}} min',
    hours: '{{count}} h',
  },
  partsOfDay: { nights: 'nights', mornings: 'mornings', afternoons: 'afternoons', evenings: 'evenings' },
  errors: {
    gone: "I couldn't find that search any more. Searches last a day; run `/$t(commands.mentors.name) $t(commands.mentors.find.name)` again.",
    notYours:
      'These results belong to someone else. Run `/$t(commands.mentors.name) $t(commands.mentors.find.name)` to see your own.',
  },
} as const;
