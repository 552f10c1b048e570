import type { LocaleCatalog } from '../catalog-shape.js';
import { commands } from './commands/index.js';
import { common } from './common.js';
import { me } from './me.js';
import { lifecycle } from './lifecycle.js';
import { mentor } from './mentor.js';
import { mentorship } from './mentorship.js';
import { openRequests } from './open-requests.js';
import { requests } from './requests.js';
import { search } from './search.js';
import { admin } from './admin.js';
import { help } from './help.js';
import { specialty } from './specialty.js';
import { standing } from './standing.js';
import { reputation } from './reputation.js';
import { sessions } from './sessions.js';
import { thanks } from './thanks.js';

export const ptBR = {
  admin,
  common,
  commands,
  help,
  lifecycle,
  me,
  mentor,
  mentorship,
  openRequests,
  requests,
  search,
  specialty,
  standing,
  reputation,
  sessions,
  thanks,
} as const satisfies LocaleCatalog;
