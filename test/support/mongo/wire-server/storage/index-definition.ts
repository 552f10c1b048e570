import { encodeKey } from '../bson-value.js';
import { numberType, numberValue } from '../bson-numbers.js';
import { CommandError, notImplemented } from '../command-error.js';
import { parseCollation, sameCollation, type Collation } from '../collation.js';
import { isPlainDocument, type Document } from '../document.js';

export interface IndexField {
  readonly path: string;
  readonly direction: 1 | -1;
}

/** One index as createIndexes described it, reduced to what this server supports. */
export interface IndexDefinition {
  readonly name: string;
  /** The key pattern exactly as given, echoed by listIndexes and in duplicate-key errors. */
  readonly key: Document;
  readonly fields: readonly IndexField[];
  readonly unique: boolean;
  readonly sparse: boolean;
  readonly hidden: boolean;
  readonly partialFilterExpression: Document | undefined;
  readonly expireAfterSeconds: number | undefined;
  /** How the index compares strings (undefined: binary); unique checks and lookups use it. */
  readonly collation: Collation | undefined;
}

export const ID_INDEX_NAME = '_id_';

export const ID_INDEX: IndexDefinition = {
  name: ID_INDEX_NAME,
  key: { _id: 1 },
  fields: [{ path: '_id', direction: 1 }],
  unique: true,
  sparse: false,
  hidden: false,
  partialFilterExpression: undefined,
  expireAfterSeconds: undefined,
  collation: undefined,
};

/** Options the driver may send that change nothing here (build mode, format version). */
const IGNORED_OPTIONS = new Set(['background', 'v', 'ns', 'dropDups']);
const SUPPORTED_OPTIONS = new Set([
  'key',
  'name',
  'unique',
  'sparse',
  'hidden',
  'partialFilterExpression',
  'expireAfterSeconds',
  'collation',
]);

/** The name MongoDB generates for a key pattern: `email_1`, `a_1_b_-1`. */
function defaultIndexName(key: Document): string {
  return Object.entries(key)
    .map(([field, direction]) => `${field}_${String(direction)}`)
    .join('_');
}

function parseFields(key: unknown): IndexField[] {
  if (!isPlainDocument(key) || Object.keys(key).length === 0) {
    throw new CommandError('CannotCreateIndex', 'Index keys cannot be an empty field.');
  }
  return Object.entries(key).map(([path, direction]) => {
    if (typeof direction === 'string') throw notImplemented(`${direction} indexes (index on '${path}')`);
    const value = numberType(direction) === undefined ? Number.NaN : numberValue(direction);
    if (value === 0 || Number.isNaN(value)) {
      throw new CommandError('CannotCreateIndex', `Values in the index key pattern can't be 0 or non-numeric: ${path}`);
    }
    return { path, direction: value > 0 ? 1 : -1 };
  });
}

/** Reads one createIndexes entry; an index without a collation takes the collection's default one. */
export function parseIndexDefinition(spec: Document, collectionCollation?: Collation): IndexDefinition {
  for (const option of Object.keys(spec)) {
    if (!SUPPORTED_OPTIONS.has(option) && !IGNORED_OPTIONS.has(option))
      throw notImplemented(`index option '${option}'`);
  }
  const fields = parseFields(spec.key);
  const key = spec.key as Document;
  const name = spec.name ?? defaultIndexName(key);
  if (typeof name !== 'string' || name.length === 0)
    throw new CommandError('CannotCreateIndex', 'The index name must be a non-empty string.');
  const partial = spec.partialFilterExpression;
  if (partial !== undefined && !isPlainDocument(partial)) {
    throw new CommandError('CannotCreateIndex', 'partialFilterExpression must be an object');
  }
  const ttl = spec.expireAfterSeconds === undefined ? undefined : numberValue(spec.expireAfterSeconds);
  if (ttl !== undefined && (numberType(spec.expireAfterSeconds) === undefined || ttl < 0)) {
    throw new CommandError('CannotCreateIndex', "TTL index 'expireAfterSeconds' option must be a non-negative number");
  }
  return {
    name,
    key,
    fields,
    unique: spec.unique === true,
    sparse: spec.sparse === true,
    hidden: spec.hidden === true,
    partialFilterExpression: partial,
    expireAfterSeconds: ttl,
    collation: spec.collation === undefined ? collectionCollation : parseCollation(spec.collation),
  };
}

/** The listIndexes entry, in the shape mongod reports. */
export function describeIndex(definition: IndexDefinition): Document {
  return {
    v: 2,
    key: definition.key,
    name: definition.name,
    ...(definition.unique && definition.name !== ID_INDEX_NAME ? { unique: true } : {}),
    ...(definition.sparse ? { sparse: true } : {}),
    ...(definition.hidden ? { hidden: true } : {}),
    ...(definition.partialFilterExpression === undefined
      ? {}
      : { partialFilterExpression: definition.partialFilterExpression }),
    ...(definition.expireAfterSeconds === undefined ? {} : { expireAfterSeconds: definition.expireAfterSeconds }),
    ...(definition.collation === undefined ? {} : { collation: definition.collation.spec }),
  };
}

export function sameKeyPattern(left: IndexDefinition, right: IndexDefinition): boolean {
  return (
    left.fields.length === right.fields.length &&
    left.fields.every((field, i) => {
      const other = right.fields[i];
      return field.path === other?.path && field.direction === other.direction;
    })
  );
}

/** Options that make two indexes on one key pattern different indexes, as mongod compares them. */
export function sameIndexOptions(left: IndexDefinition, right: IndexDefinition): boolean {
  const describe = (definition: IndexDefinition): string => {
    const { name: _name, key: _key, hidden: _hidden, ...options } = describeIndex(definition);
    return encodeKey(options);
  };
  return describe(left) === describe(right);
}

/**
 * mongod allows two indexes on one key pattern only when they differ in partial filter or collation;
 * any other difference (unique, sparse, TTL) is a conflict.
 */
export function samePartialFilterAndCollation(left: IndexDefinition, right: IndexDefinition): boolean {
  return (
    encodeKey(left.partialFilterExpression) === encodeKey(right.partialFilterExpression) &&
    sameCollation(left.collation, right.collation)
  );
}
