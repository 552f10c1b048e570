/** Words the whole bot shares: errors anyone can meet, the restart notice, generic labels. */
export const common = {
  errors: {
    notFound: "I couldn't find {{what}}.",
    notFoundWithHint: "I couldn't find {{what}}. {{hint}}",
    invalidInput: '**{{field}}**: {{problem}}',
    forbidden: "You can't do that: {{reason}}",
    guildOnly: 'This works only inside a server. Run it from a channel of your community.',
    expiredComponent: "This button or menu isn't valid any more. Run the command again to get a fresh one.",
    internal:
      'Something went wrong on our side and it has been logged. Please try again in a minute; if it keeps happening, tell a server admin.',
    restarting: 'The bot is restarting. Please try again in a few seconds.',
  },
} as const;
