import type { LocaleCatalog } from '../catalog-shape.js';
import { commands } from './commands/index.js';
import { common } from './common.js';
import { requests } from './requests.js';

export const ptBR = { common, commands, requests } as const satisfies LocaleCatalog;
