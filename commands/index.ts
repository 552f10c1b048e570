import type { MessageCommand, SlashCommand } from '../src/discord/command.js';
import { adminCommand } from './admin.js';
import { helpCommand } from './help.js';
import { meCommand } from './me.js';
import { mentorCommand } from './mentor.js';
import { mentorsCommand } from './mentors.js';
import { mentorshipCommand } from './mentorship.js';
import { leaderboardCommand } from './leaderboard.js';
import { repAdminCommand } from './rep-admin.js';
import { repCommand } from './rep.js';
import { sessionCommand } from './session.js';
import { thankMessageCommand, thanksCommand } from './thanks.js';
import { specialtyCommand } from './specialty.js';

/** Every top-level slash command; the router and `npm run deploy-commands` both read this list. */
export const commands: readonly SlashCommand[] = [
  helpCommand,
  mentorsCommand,
  mentorCommand,
  mentorshipCommand,
  meCommand,
  specialtyCommand,
  adminCommand,
  sessionCommand,
  thanksCommand,
  leaderboardCommand,
  repCommand,
  repAdminCommand,
];

/** Commands in a message's Apps menu (right-click a message, Apps). */
export const messageCommands: readonly MessageCommand[] = [thankMessageCommand];
