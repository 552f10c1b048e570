import { CommandError } from '../command-error.js';
import type { CommandDefinition } from '../command-context.js';
import { parseCollation, sameCollation } from '../collation.js';
import type { Document } from '../document.js';
import { compileFilter } from '../query/mingo-engine.js';
import { describeIndex, ID_INDEX } from '../storage/index-definition.js';
import type { CollectionStore } from '../storage/collection-store.js';

/**
 * Creates a collection, optionally with a default collation. Other options (capped, validator,
 * timeseries, ...) are refused by the dispatcher as unknown fields. As on MongoDB 7.0, creating a
 * collection that exists with the same options succeeds; with other options it is NamespaceExists.
 */
const create: CommandDefinition = {
  names: ['create'],
  fields: ['collation'],
  run: ({ fields, store, databaseName }) => {
    const name = fields.collectionName();
    const collation = parseCollation(fields.body.collation);
    const existing = store.collection(databaseName, name);
    if (existing && !sameCollation(existing.collation, collation)) {
      throw new CommandError('NamespaceExists', `namespace ${databaseName}.${name} already exists`);
    }
    store.collectionForWrite(databaseName, name, collation);
    return {};
  },
};

function collectionOptions(collection: CollectionStore): Document {
  return collection.collation === undefined ? {} : { collation: collection.collation.spec };
}

/** Dropping a missing collection succeeds, as on MongoDB 7.0. */
const drop: CommandDefinition = {
  names: ['drop'],
  fields: [],
  run: ({ fields, store, databaseName }) => {
    const dropped = store.dropCollection(databaseName, fields.collectionName());
    return dropped ? { nIndexesWas: dropped.indexList().length, ns: dropped.namespace } : {};
  },
};

const dropDatabase: CommandDefinition = {
  names: ['dropDatabase'],
  fields: [],
  run: ({ store, databaseName }) => {
    store.dropDatabase(databaseName);
    return {};
  },
};

const listCollections: CommandDefinition = {
  names: ['listCollections'],
  fields: ['filter', 'nameOnly', 'authorizedCollections', 'cursor'],
  run: ({ fields, store, databaseName, cursors }) => {
    const nameOnly = fields.boolean('nameOnly') ?? false;
    const filter = compileFilter(fields.document('filter') ?? {});
    const entries: Document[] = store
      .collections(databaseName)
      .map((collection) =>
        nameOnly
          ? { name: collection.name, type: 'collection' }
          : {
              name: collection.name,
              type: 'collection',
              options: collectionOptions(collection),
              info: { readOnly: false, uuid: collection.uuid },
              idIndex: describeIndex(ID_INDEX),
            },
      )
      .filter((entry) => filter.test(entry));
    const batchSize = fields.document('cursor')?.batchSize;
    return {
      cursor: cursors.open(`${databaseName}.$cmd.listCollections`, entries, {
        batchSize: typeof batchSize === 'number' ? batchSize : undefined,
      }),
    };
  },
};

const listDatabases: CommandDefinition = {
  names: ['listDatabases'],
  fields: ['filter', 'nameOnly', 'authorizedDatabases'],
  run: ({ fields, store, databaseName }) => {
    if (databaseName !== 'admin')
      throw new CommandError('IllegalOperation', 'listDatabases may only be run against the admin database.');
    const filter = compileFilter(fields.document('filter') ?? {});
    const databases = store
      .databaseNames()
      .map((name) => ({
        name,
        sizeOnDisk: 0,
        empty: store.collections(name).every((collection) => collection.size === 0),
      }))
      .filter((entry) => filter.test(entry));
    if (fields.boolean('nameOnly') === true) return { databases: databases.map(({ name }) => ({ name })) };
    return { databases, totalSize: 0, totalSizeMb: 0 };
  },
};

export const collectionCommands: readonly CommandDefinition[] = [
  create,
  drop,
  dropDatabase,
  listCollections,
  listDatabases,
];
