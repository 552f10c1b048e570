import { compareBsonValues, encodeKey } from '../bson-value.js';
import type { CommandDefinition } from '../command-context.js';
import { collectPathValues } from '../document.js';
import { selectDocuments } from '../query/select-documents.js';
import { evaluationScope, statementCollation } from './statement-options.js';

export const countCommand: CommandDefinition = {
  names: ['count'],
  fields: ['query', 'limit', 'skip', 'hint', 'collation'],
  run: ({ fields, store, databaseName }) => {
    const collection = store.collection(databaseName, fields.collectionName());
    const collation = statementCollation(fields.body.collation, collection);
    const filter = fields.document('query') ?? {};
    const skip = fields.nonNegativeInteger('skip') ?? 0;
    const limit = Math.abs(fields.integer('limit') ?? 0);
    if (Object.keys(filter).length === 0) {
      const total = Math.max((collection?.size ?? 0) - skip, 0);
      return { n: limit > 0 ? Math.min(total, limit) : total };
    }
    const scope = evaluationScope(store, databaseName, undefined);
    return {
      n: selectDocuments(collection, { filter, skip, limit, hint: fields.body.hint, collation }, scope).documents
        .length,
    };
  },
};

export const distinctCommand: CommandDefinition = {
  names: ['distinct'],
  fields: ['key', 'query', 'collation', 'hint'],
  run: ({ fields, store, databaseName }) => {
    const collection = store.collection(databaseName, fields.collectionName());
    const collation = statementCollation(fields.body.collation, collection);
    const key = fields.string('key') ?? '';
    const scope = evaluationScope(store, databaseName, undefined);
    const { documents } = selectDocuments(
      collection,
      { filter: fields.document('query') ?? {}, hint: fields.body.hint, collation },
      scope,
    );
    // Values equal under the collation are one value; the first one met is reported.
    const values = new Map<string, unknown>();
    for (const document of documents) {
      for (const value of collectPathValues(document, key)) {
        const valueKey = encodeKey(value, collation?.stringKey);
        if (!values.has(valueKey)) values.set(valueKey, value);
      }
    }
    return {
      values: [...values.values()].sort((left, right) => compareBsonValues(left, right, collation?.compareStrings)),
    };
  },
};
