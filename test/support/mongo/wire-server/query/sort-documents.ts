import { compareBsonValues, type StringComparator } from '../bson-value.js';
import { CommandError, notImplemented } from '../command-error.js';
import { collectPathValues, isPlainDocument, type Document } from '../document.js';

export interface SortKey {
  readonly path: string;
  readonly direction: 1 | -1;
}

/** Reads a sort specification; `$natural` is kept as a key and means insertion order. */
export function parseSort(sort: unknown): SortKey[] {
  if (sort === undefined || sort === null) return [];
  if (!isPlainDocument(sort)) throw new CommandError('TypeMismatch', 'Expected field sort to be of type object');
  return Object.entries(sort).map(([path, direction]) => {
    if (isPlainDocument(direction)) throw notImplemented(`sort by ${JSON.stringify(direction)} on '${path}'`);
    const number = Number(direction);
    if (number !== 1 && number !== -1) {
      throw new CommandError('BadValue', `$sort key ordering must be 1 (for ascending) or -1 (for descending)`);
    }
    return { path, direction: number };
  });
}

/**
 * The value a document sorts by on one path, as mongod picks it: for arrays (or paths through arrays)
 * the smallest element when ascending and the largest when descending; missing sorts as null.
 */
function sortValue(document: Document, key: SortKey, compareStrings: StringComparator | undefined): unknown {
  const values = collectPathValues(document, key.path);
  if (values.length === 0) return null;
  return values.reduce((chosen, value) =>
    compareBsonValues(value, chosen, compareStrings) * key.direction < 0 ? value : chosen,
  );
}

/**
 * Sorts documents (stably, so ties keep natural order) by the given keys; strings by `compareStrings`
 * (a collation's order) when given, else binary.
 */
export function sortDocuments(
  documents: Document[],
  keys: readonly SortKey[],
  compareStrings?: StringComparator,
): Document[] {
  if (keys.length === 0) return documents;
  if (keys.length === 1 && keys[0]?.path === '$natural')
    return keys[0].direction === 1 ? documents : [...documents].reverse();
  const decorated = documents.map((document) => ({
    document,
    values: keys.map((key) => sortValue(document, key, compareStrings)),
  }));
  decorated.sort((left, right) => {
    for (let i = 0; i < keys.length; i += 1) {
      const order = compareBsonValues(left.values[i], right.values[i], compareStrings) * (keys[i]?.direction ?? 1);
      if (order !== 0) return order;
    }
    return 0;
  });
  return decorated.map((entry) => entry.document);
}
