export const help = { name: 'help', description: 'What this bot can do for you, and where to start' } as const;
