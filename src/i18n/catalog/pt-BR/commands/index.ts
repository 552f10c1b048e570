import { help } from './help.js';

export const commands = { help } as const;
