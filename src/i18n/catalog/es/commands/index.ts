import { admin } from './admin.js';
import { help } from './help.js';
import { specialty } from './specialty.js';
import { me } from './me.js';
import { mentor } from './mentor.js';
import { mentors } from './mentors.js';
import { mentorship } from './mentorship.js';
import { leaderboard } from './leaderboard.js';
import { rep } from './rep.js';
import { repAdmin } from './repAdmin.js';
import { session } from './session.js';
import { thanks } from './thanks.js';

export const commands = {
  admin,
  help,
  me,
  mentor,
  mentors,
  mentorship,
  specialty,
  leaderboard,
  rep,
  repAdmin,
  session,
  thanks,
} as const;
