import { admin } from './admin.js';
import { help } from './help.js';
import { specialty } from './specialty.js';
import { me } from './me.js';
import { mentor } from './mentor.js';
import { mentors } from './mentors.js';

export const commands = { admin, help, me, mentor, mentors, specialty } as const;
