import { admin } from './admin.js';
import { help } from './help.js';
import { specialty } from './specialty.js';
import { me } from './me.js';

export const commands = { admin, help, me, specialty } as const;
