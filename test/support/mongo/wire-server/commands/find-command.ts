import { Long } from 'bson';
import type { CommandContext, CommandDefinition } from '../command-context.js';
import type { Document } from '../document.js';
import { projectDocuments } from '../query/mingo-engine.js';
import { selectDocuments, type SelectionResult } from '../query/select-documents.js';
import { evaluationScope, statementCollation } from './statement-options.js';

export const FIND_FIELDS = [
  'filter',
  'sort',
  'projection',
  'skip',
  'limit',
  'batchSize',
  'singleBatch',
  'hint',
  'let',
  'collation',
  'allowDiskUse',
  'noCursorTimeout',
  'allowPartialResults',
];

export interface FindOutcome {
  readonly namespace: string;
  readonly selection: SelectionResult;
  readonly documents: Document[];
}

/** Runs a find (also for explain): select through the planner, then project. */
export function executeFind({
  fields,
  store,
  databaseName,
}: Pick<CommandContext, 'fields' | 'store' | 'databaseName'>): FindOutcome {
  const collectionName = fields.collectionName();
  const collection = store.collection(databaseName, collectionName);
  const collation = statementCollation(fields.body.collation, collection);
  const filter = fields.document('filter') ?? {};
  const projection = fields.document('projection');
  const scope = evaluationScope(store, databaseName, fields.document('let'));
  const limit = fields.integer('limit') ?? 0;
  const selection = selectDocuments(
    collection,
    {
      filter,
      sort: fields.body.sort,
      skip: fields.nonNegativeInteger('skip') ?? 0,
      limit: Math.abs(limit),
      hint: fields.body.hint,
      collation,
    },
    scope,
  );
  const documents =
    projection === undefined || Object.keys(projection).length === 0
      ? selection.documents
      : projectDocuments(selection.documents, filter, projection, scope, collation);
  return { namespace: `${databaseName}.${collectionName}`, selection, documents };
}

export const findCommand: CommandDefinition = {
  names: ['find'],
  fields: FIND_FIELDS,
  run: (context) => {
    const { namespace, documents } = executeFind(context);
    const { fields } = context;
    // A negative limit is the legacy way of asking for one batch only.
    const singleBatch = fields.boolean('singleBatch') === true || (fields.integer('limit') ?? 0) < 0;
    return {
      cursor: context.cursors.open(namespace, documents, {
        batchSize: fields.nonNegativeInteger('batchSize'),
        singleBatch,
      }),
    };
  },
};

export const getMoreCommand: CommandDefinition = {
  names: ['getMore'],
  fields: ['collection', 'batchSize'],
  run: ({ fields, cursors, databaseName }) => {
    const id = fields.integer('getMore') ?? 0;
    const namespace = `${databaseName}.${fields.string('collection') ?? ''}`;
    return { cursor: cursors.next(id, namespace, fields.nonNegativeInteger('batchSize') || undefined) };
  },
};

export const killCursorsCommand: CommandDefinition = {
  names: ['killCursors'],
  fields: ['cursors'],
  run: ({ fields, cursors }) => {
    const ids = Array.isArray(fields.body.cursors) ? fields.body.cursors.map(Number) : [];
    const killed = ids.filter((id) => cursors.kill(id));
    return {
      cursorsKilled: killed.map((id) => Long.fromNumber(id)),
      cursorsNotFound: ids.filter((id) => !killed.includes(id)).map((id) => Long.fromNumber(id)),
      cursorsAlive: [],
      cursorsUnknown: [],
    };
  },
};
