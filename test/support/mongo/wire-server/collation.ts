/**
 * Collations (`{ locale, strength, ... }`): how strings compare in queries, sorts and indexes, from
 * ICU through `Intl.Collator`. Absent or `{ locale: 'simple' }` means binary comparison, which callers
 * get as `undefined`.
 * https://www.mongodb.com/docs/manual/reference/collation/
 */
import { CommandError, notImplemented } from './command-error.js';
import { isPlainDocument, type Document } from './document.js';

export interface Collation {
  /** Every option with its default filled in, as mongod reports a collation (listIndexes, listCollections). */
  readonly spec: Document;
  readonly compareStrings: (left: string, right: string) => number;
  /** A string equal for two texts exactly when the collation calls them equal (for hashed index keys). */
  readonly stringKey: (text: string) => string;
}

/** mongod 7.0 reports the ICU version its collations were built with. */
const ICU_VERSION = '57.1';

const OPTIONS: Record<string, (value: unknown) => boolean> = {
  locale: (value) => typeof value === 'string',
  strength: (value) => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5,
  caseLevel: (value) => typeof value === 'boolean',
  caseFirst: (value) => value === 'upper' || value === 'lower' || value === 'off',
  numericOrdering: (value) => typeof value === 'boolean',
  alternate: (value) => value === 'non-ignorable' || value === 'shifted',
  maxVariable: (value) => value === 'punct' || value === 'space',
  normalization: (value) => typeof value === 'boolean',
  backwards: (value) => typeof value === 'boolean',
  version: (value) => typeof value === 'string',
};

function intlLocale(locale: string): string {
  if (locale.includes('@')) throw notImplemented(`collation locale variant '${locale}'`);
  const tag = locale.replace(/_/g, '-');
  if (Intl.Collator.supportedLocalesOf(tag).length === 0) {
    throw new CommandError('BadValue', `Field 'locale' is invalid in: { locale: "${locale}" }`);
  }
  return tag;
}

function numberOption(spec: Document, name: string, fallback: number): number {
  const value = spec[name];
  return typeof value === 'number' ? value : fallback;
}

/** Reads a collation document; undefined for the simple (binary) collation. */
export function parseCollation(value: unknown): Collation | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isPlainDocument(value)) {
    throw new CommandError('TypeMismatch', "BSON field 'collation' is the wrong type, expected type 'object'");
  }
  for (const [name, option] of Object.entries(value)) {
    const valid = OPTIONS[name];
    if (!valid) throw new CommandError('Location40415', `BSON field 'collation.${name}' is an unknown field.`);
    if (!valid(option))
      throw new CommandError('BadValue', `Field '${name}' is invalid in collation: ${String(option)}`);
  }
  const locale = value.locale;
  if (typeof locale !== 'string') {
    throw new CommandError('Location40414', "BSON field 'collation.locale' is missing but a required field");
  }
  if (locale === 'simple') {
    if (Object.keys(value).length > 1) {
      throw new CommandError('BadValue', "Collation with locale 'simple' may not have any other fields");
    }
    return undefined;
  }
  if (value.backwards === true) throw notImplemented("collation option 'backwards'");
  const strength = numberOption(value, 'strength', 3);
  const caseLevel = value.caseLevel === true;
  const caseFirst = typeof value.caseFirst === 'string' ? value.caseFirst : 'off';
  const numericOrdering = value.numericOrdering === true;
  const alternate = typeof value.alternate === 'string' ? value.alternate : 'non-ignorable';
  const maxVariable = typeof value.maxVariable === 'string' ? value.maxVariable : 'punct';
  const tag = intlLocale(locale);
  const sensitivity =
    strength === 1 ? (caseLevel ? 'case' : 'base') : strength === 2 ? (caseLevel ? 'variant' : 'accent') : 'variant';
  const collator = new Intl.Collator(tag, {
    sensitivity,
    caseFirst: caseFirst === 'off' ? 'false' : (caseFirst as 'upper' | 'lower'),
    numeric: numericOrdering,
    ignorePunctuation: alternate === 'shifted',
    usage: 'sort',
  });
  const ignored = alternate !== 'shifted' ? undefined : maxVariable === 'space' ? /\p{Zs}/gu : /[\p{P}\p{Z}]/gu;
  const spec: Document = {
    locale,
    caseLevel,
    caseFirst,
    strength,
    numericOrdering,
    alternate,
    maxVariable,
    normalization: value.normalization === true,
    backwards: false,
    version: ICU_VERSION,
  };
  return {
    spec,
    compareStrings: (left, right) => Math.sign(collator.compare(left, right)),
    stringKey: (text) => {
      let key = text.normalize('NFD');
      if (ignored) key = key.replace(ignored, '');
      if (strength === 1) key = key.replace(/\p{M}/gu, '');
      if (strength <= 2 && !caseLevel) key = key.toLocaleLowerCase(tag);
      if (numericOrdering) key = key.replace(/\d+/g, (digits) => BigInt(digits).toString());
      return key.normalize('NFC');
    },
  };
}

/** Whether two collations (undefined = simple) are the same. */
export function sameCollation(left: Collation | undefined, right: Collation | undefined): boolean {
  if (left === undefined || right === undefined) return left === right;
  return JSON.stringify(left.spec) === JSON.stringify(right.spec);
}
