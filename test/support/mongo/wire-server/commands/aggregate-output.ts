/**
 * The output stages of an aggregation: `$out` replaces a collection with the results (all or nothing:
 * the new contents are built beside the old one, with its indexes, and swapped in only if every
 * document fits them); `$merge` writes each result into a collection, matching on `_id` or other fields
 * with a unique index, as the statistics rollups will.
 * https://www.mongodb.com/docs/v7.0/reference/operator/aggregation/out/
 * https://www.mongodb.com/docs/v7.0/reference/operator/aggregation/merge/
 */
import { ObjectId } from 'bson';
import { bsonTypeGroup, compareBsonValues } from '../bson-value.js';
import { CommandError } from '../command-error.js';
import { isPlainDocument, withIdFirst, type Document } from '../document.js';
import { evaluateExpression, runPipeline, type EvaluationScope } from '../query/mingo-engine.js';
import { CollectionStore } from '../storage/collection-store.js';
import { ID_INDEX_NAME } from '../storage/index-definition.js';
import type { ServerStore } from '../storage/server-store.js';
import { prepareForInsert } from './insert-command.js';

interface Target {
  readonly databaseName: string;
  readonly collectionName: string;
}

function parseTarget(stage: string, value: unknown, databaseName: string): Target {
  if (typeof value === 'string') return { databaseName, collectionName: value };
  if (isPlainDocument(value) && typeof value.coll === 'string') {
    return { databaseName: typeof value.db === 'string' ? value.db : databaseName, collectionName: value.coll };
  }
  throw new CommandError(
    'Location16990',
    `${stage} only supports a string or object argument, not ${bsonTypeGroup(value)}`,
  );
}

function withId(document: Document): Document {
  return document._id === undefined ? withIdFirst({ ...document, _id: new ObjectId() }) : document;
}

/** `$out`: the collection holds exactly the results afterwards, keeping its indexes and default collation. */
export function writeOut(store: ServerStore, databaseName: string, argument: unknown, results: Document[]): void {
  const target = parseTarget('$out', argument, databaseName);
  const existing = store.collection(target.databaseName, target.collectionName);
  const staged = new CollectionStore(target.databaseName, target.collectionName, existing?.collation);
  for (const index of existing?.indexList() ?? []) {
    if (index.name !== ID_INDEX_NAME) staged.createIndex(index.definition);
  }
  for (const document of results) staged.insert(prepareForInsert(withId(document)));
  store.replaceCollection(staged);
}

interface MergeSpec {
  readonly target: Target;
  readonly on: readonly string[];
  readonly whenMatched: string | Document[];
  readonly whenNotMatched: string;
  readonly variables: Document | undefined;
}

function parseMerge(argument: unknown, databaseName: string): MergeSpec {
  if (!isPlainDocument(argument)) {
    return {
      target: parseTarget('$merge', argument, databaseName),
      on: ['_id'],
      whenMatched: 'merge',
      whenNotMatched: 'insert',
      variables: undefined,
    };
  }
  const on = argument.on === undefined ? ['_id'] : Array.isArray(argument.on) ? argument.on : [argument.on];
  if (on.length === 0 || !on.every((field): field is string => typeof field === 'string')) {
    throw new CommandError('Location51134', "$merge 'on' field must be either a string or an array of strings");
  }
  const whenMatched = argument.whenMatched ?? 'merge';
  const matchedMode = typeof whenMatched === 'string' ? whenMatched : '';
  if (!(Array.isArray(whenMatched) || ['replace', 'keepExisting', 'merge', 'fail'].includes(matchedMode))) {
    throw new CommandError(
      'BadValue',
      `Enumeration value '${matchedMode}' for field '$merge.whenMatched' is not a valid value.`,
    );
  }
  const whenNotMatched = typeof argument.whenNotMatched === 'string' ? argument.whenNotMatched : 'insert';
  if (!['insert', 'discard', 'fail'].includes(whenNotMatched)) {
    throw new CommandError(
      'BadValue',
      `Enumeration value '${whenNotMatched}' for field '$merge.whenNotMatched' is not a valid value.`,
    );
  }
  return {
    target: parseTarget('$merge', argument.into, databaseName),
    on,
    whenMatched: Array.isArray(whenMatched) ? whenMatched.filter(isPlainDocument) : matchedMode,
    whenNotMatched,
    variables: isPlainDocument(argument.let) ? argument.let : undefined,
  };
}

/** mongod requires a unique index on the `on` fields (other than `_id`), so a result matches at most one document. */
function assertUniqueOn(collection: CollectionStore, on: readonly string[]): void {
  if (on.length === 1 && on[0] === '_id') return;
  const wanted = [...on].sort().join('\0');
  const found = collection.indexList().some((index) => {
    const { unique, partialFilterExpression, fields } = index.definition;
    return (
      unique &&
      partialFilterExpression === undefined &&
      fields
        .map((field) => field.path)
        .sort()
        .join('\0') === wanted
    );
  });
  if (!found) throw new CommandError('Location51183', 'Cannot find index to verify that join fields will be unique');
}

function onValues(document: Document, on: readonly string[]): unknown[] {
  return on.map((path) => {
    let value: unknown = document;
    for (const part of path.split('.')) value = isPlainDocument(value) ? value[part] : undefined;
    if (value === undefined || value === null || Array.isArray(value)) {
      throw new CommandError(
        'Location51132',
        "$merge write error: 'on' field cannot be missing, null, undefined or an array",
      );
    }
    return value;
  });
}

/** `$merge`: each result updates or inserts one document of the target, in order. */
export function writeMerge(
  store: ServerStore,
  databaseName: string,
  argument: unknown,
  results: Document[],
  scope: EvaluationScope,
): void {
  const spec = parseMerge(argument, databaseName);
  const collection = store.collectionForWrite(spec.target.databaseName, spec.target.collectionName);
  assertUniqueOn(collection, spec.on);
  for (const result of results) {
    const values = onValues(result, spec.on);
    const match = [...collection.all()].find((candidate) =>
      spec.on.every((path, i) => {
        let value: unknown = candidate;
        for (const part of path.split('.')) value = isPlainDocument(value) ? value[part] : undefined;
        return value !== undefined && compareBsonValues(value, values[i]) === 0;
      }),
    );
    if (!match) {
      if (spec.whenNotMatched === 'fail') {
        throw new CommandError(
          'Location13113',
          '$merge could not find a matching document in the target collection for at least one document in the source collection',
        );
      }
      if (spec.whenNotMatched === 'insert') collection.insert(prepareForInsert(withId(result)));
      continue;
    }
    const next = mergedDocument(spec, match, result, scope);
    if (next !== undefined) collection.replace(match, next);
  }
}

function mergedDocument(
  spec: MergeSpec,
  existing: Document,
  result: Document,
  scope: EvaluationScope,
): Document | undefined {
  const keepId = (document: Document): Document => {
    if (document._id !== undefined && compareBsonValues(document._id, existing._id) !== 0) {
      throw new CommandError(
        'ImmutableField',
        '$merge failed to update the matching document, did you attempt to modify the _id or the shard key?',
      );
    }
    return withIdFirst({ ...document, _id: existing._id });
  };
  if (Array.isArray(spec.whenMatched)) {
    // Without `let`, `$$new` is the result; with it, exactly the variables it defines (evaluated on the result).
    const defined = spec.variables
      ? Object.fromEntries(
          Object.entries(spec.variables).map(([name, expression]) => [
            name,
            evaluateExpression(result, expression, scope),
          ]),
        )
      : { new: result };
    const variables = { ...scope.variables, ...defined };
    const [updated] = runPipeline([existing], spec.whenMatched, { ...scope, variables });
    return updated === undefined ? undefined : keepId(updated);
  }
  switch (spec.whenMatched) {
    case 'keepExisting':
      return undefined;
    case 'fail':
      throw new CommandError(
        'DuplicateKey',
        "$merge with whenMatched: 'fail' found an existing document with the same values for the 'on' fields",
      );
    case 'replace':
      return keepId(result);
    default:
      return keepId({ ...existing, ...result });
  }
}
