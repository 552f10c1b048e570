/**
 * The English catalog: the source every other locale translates. One file per area of the product;
 * keys are camelCase, plural forms end in `_one` / `_other`, placeholders are `{{name}}`.
 */
import { commands } from './commands.js';
import { common } from './common.js';

export const en = { common, commands } as const;
