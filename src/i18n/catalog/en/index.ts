/**
 * The English catalog: the source every other locale translates. One file per area of the product;
 * keys are camelCase, plural forms end in `_one` / `_other`, placeholders are `{{name}}`.
 */
import { commands } from './commands/index.js';
import { common } from './common.js';
import { requests } from './requests.js';

export const en = { common, commands, requests } as const;
