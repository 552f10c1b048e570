/**
 * The shape every locale must have: the English catalog's keys, each with a string. A locale that
 * misses a key, or adds one English lacks, fails the type check (`satisfies LocaleCatalog`); the
 * catalog test also compares each string's placeholders with English.
 */
import type { en } from './en/index.js';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export type SourceCatalog = typeof en;
export type LocaleCatalog = Strings<SourceCatalog>;
