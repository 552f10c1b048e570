/** Words the whole bot shares: errors anyone can meet, the restart notice, generic labels. */
export const common = {
  errors: {
    guildOnly: 'This works only inside a server. Run it from a channel of your community.',
    expiredComponent: "This button or menu isn't valid any more. Run the command again to get a fresh one.",
    internal:
      'Something went wrong on our side and it has been logged. Please try again in a minute; if it keeps happening, tell a server admin.',
    databaseUnavailable: 'The database is unavailable right now; try again in a minute.',
    slowAnswer: 'This is taking longer than it should. If nothing else appears here, try again in a minute.',
    unknownCommand: "I don't know that command any more; type / to see the ones there are.",
    invalidValue: 'That value is not valid here.',
    adminsOnly: 'Only server admins (Manage Server) can do that.',
    roleManagersOnly: 'Only admins with both Manage Server and Manage Roles can choose roles the bot hands out.',
    restarting: 'The bot is restarting. Please try again in a few seconds.',
  },
} as const;
