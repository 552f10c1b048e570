const withOption = { name: 'with', description: 'The other side, when you have several mentorships' };
const milestoneOption = { name: 'milestone', description: 'Its number in the summary' };

export const mentorship = {
  name: 'mentorship',
  description: 'Your mentorships: the agreement, goals and milestones',
  list: { name: 'list', description: 'Your requests and mentorships, as mentee and as mentor' },
  agreement: {
    name: 'agreement',
    description: 'See or change how you work together; both confirm again after a change',
    options: {
      cadence: {
        name: 'cadence',
        description: 'How often you meet',
        choices: { weekly: 'Weekly', biweekly: 'Every two weeks', monthly: 'Monthly' },
      },
      length: { name: 'length', description: 'Expected length in weeks (4 to 52)' },
      format: { name: 'format', description: 'How you work together' },
      with: withOption,
    },
  },
  goals: {
    name: 'goals',
    description: 'Milestones toward the goals',
    add: {
      name: 'add',
      description: 'Add a milestone',
      options: {
        title: { name: 'title', description: 'What done looks like (up to 100 characters)' },
        with: withOption,
      },
    },
    edit: {
      name: 'edit',
      description: 'Rename a milestone',
      options: {
        milestone: milestoneOption,
        title: { name: 'title', description: 'The new title (up to 100 characters)' },
        with: withOption,
      },
    },
    done: {
      name: 'done',
      description: 'Mark a milestone as reached',
      options: { milestone: milestoneOption, with: withOption },
    },
    drop: {
      name: 'drop',
      description: 'Drop a milestone that no longer fits (it stays listed, crossed out)',
      options: { milestone: milestoneOption, with: withOption },
    },
  },
  pause: {
    name: 'pause',
    description: 'Pause the mentorship: check-ins stop, the place is kept',
    options: { with: withOption },
  },
  resume: {
    name: 'resume',
    description: 'Pick a paused mentorship up again',
    options: { with: withOption },
  },
  end: {
    name: 'end',
    description: 'End the mentorship kindly; both of you are asked for private feedback',
    options: {
      reason: {
        name: 'reason',
        description: 'Why it ends',
        choices: {
          completed: 'Completed',
          goalsChanged: 'Goals changed',
          noTime: 'No time',
          noResponse: 'No response',
          mismatch: 'Mismatch',
          other: 'Other',
        },
      },
      with: withOption,
    },
  },
} as const;
