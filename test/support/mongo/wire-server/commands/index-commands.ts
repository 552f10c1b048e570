import { encodeKey } from '../bson-value.js';
import { CommandError } from '../command-error.js';
import type { CommandDefinition } from '../command-context.js';
import { isPlainDocument } from '../document.js';
import { describeIndex, parseIndexDefinition } from '../storage/index-definition.js';
import type { CollectionStore } from '../storage/collection-store.js';

const createIndexes: CommandDefinition = {
  names: ['createIndexes'],
  fields: ['indexes', 'commitQuorum'],
  run: ({ fields, store, databaseName }) => {
    const collectionName = fields.collectionName();
    const existing = store.collection(databaseName, collectionName);
    const definitions = (fields.documents('indexes') ?? []).map((spec) =>
      parseIndexDefinition(spec, existing?.collation),
    );
    const existed = existing !== undefined;
    const collection = store.collectionForWrite(databaseName, collectionName);
    const before = collection.indexList().length;
    let created = 0;
    for (const definition of definitions) if (collection.createIndex(definition)) created += 1;
    return {
      numIndexesBefore: before,
      numIndexesAfter: collection.indexList().length,
      createdCollectionAutomatically: !existed,
      ...(created === 0 ? { note: 'all indexes already exist' } : {}),
    };
  },
};

const listIndexes: CommandDefinition = {
  names: ['listIndexes'],
  fields: ['cursor'],
  run: ({ fields, store, databaseName, cursors }) => {
    const collection = store.collection(databaseName, fields.collectionName());
    if (!collection)
      throw new CommandError('NamespaceNotFound', `ns does not exist: ${databaseName}.${fields.collectionName()}`);
    const batchSize = fields.document('cursor')?.batchSize;
    const entries = collection.indexList().map((index) => describeIndex(index.definition));
    return {
      cursor: cursors.open(collection.namespace, entries, {
        batchSize: typeof batchSize === 'number' ? batchSize : undefined,
      }),
    };
  },
};

/** The names an `index` argument of dropIndexes selects: '*', a name, names, or a key pattern. */
function indexNamesToDrop(collection: CollectionStore, selector: unknown): string[] | '*' {
  if (selector === '*') return '*';
  if (typeof selector === 'string') return [selector];
  if (Array.isArray(selector)) return selector.map(String);
  if (isPlainDocument(selector)) {
    const match = collection.indexList().find((index) => encodeKey(index.definition.key) === encodeKey(selector));
    if (!match) throw new CommandError('IndexNotFound', `can't find index with key: ${JSON.stringify(selector)}`);
    return [match.name];
  }
  throw new CommandError('TypeMismatch', 'dropIndexes index must be a string, array of strings or an object');
}

const dropIndexes: CommandDefinition = {
  names: ['dropIndexes', 'deleteIndexes'],
  fields: ['index'],
  run: ({ fields, store, databaseName }) => {
    const collection = store.collection(databaseName, fields.collectionName());
    if (!collection)
      throw new CommandError('NamespaceNotFound', `ns not found ${databaseName}.${fields.collectionName()}`);
    const before = collection.indexList().length;
    const names = indexNamesToDrop(collection, fields.body.index);
    if (names === '*') collection.dropIndexesExceptId();
    else for (const name of names) collection.dropIndex(name);
    return { nIndexesWas: before };
  },
};

export const indexCommands: readonly CommandDefinition[] = [createIndexes, listIndexes, dropIndexes];
