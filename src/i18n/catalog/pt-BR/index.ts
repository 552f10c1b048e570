import type { LocaleCatalog } from '../catalog-shape.js';
import { commands } from './commands.js';
import { common } from './common.js';

export const ptBR = { common, commands } as const satisfies LocaleCatalog;
