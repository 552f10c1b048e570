/** Mentorships: the pair's space (thread, pinned summary, agreement, milestones), guides and the list. */
export const mentorship = {
  errors: {
    none: "You don't have an active mentorship on this server.",
    noneWith: "You don't have an active mentorship with <@{{otherId}}>.",
    several_one:
      'You have {{count}} active mentorship; run this in its thread, or name the other side with the `with` option.',
    several_other:
      'You have {{count}} active mentorships; run this in the pair’s thread, or name the other side with the `with` option.',
    notYourMentorship: 'This thread belongs to another pair, so you cannot change their mentorship.',
    notWithYourself: "You can't have a mentorship with yourself; pick the other side in the `with` option.",
  },
} as const;
