import type { LocaleCatalog } from '../catalog-shape.js';
import { commands } from './commands.js';
import { common } from './common.js';

export const es = { common, commands } as const satisfies LocaleCatalog;
