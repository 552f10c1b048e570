import { Long } from 'bson';
import { numberType } from '../bson-numbers.js';
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
  /** Whether each document is a stored one cut down by a projection that only removes. */
  readonly onlyRemoved: boolean;
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
  return {
    namespace: `${databaseName}.${collectionName}`,
    selection,
    documents,
    onlyRemoved: projection === undefined || onlyRemoves(projection),
  };
}

/**
 * Inclusions, exclusions, `$slice`, `$elemMatch` and positional `.$` only take away; an expression can
 * compute something larger than what it was computed from.
 */
function onlyRemoves(projection: Document): boolean {
  return Object.values(projection).every((value) => {
    if (typeof value === 'boolean' || numberType(value) !== undefined) return true;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const operators = Object.keys(value);
    return operators.length === 1 && (operators[0] === '$slice' || operators[0] === '$elemMatch');
  });
}

export const findCommand: CommandDefinition = {
  names: ['find'],
  fields: FIND_FIELDS,
  run: (context) => {
    const { namespace, documents, selection, onlyRemoved } = executeFind(context);
    const { fields } = context;
    // A negative limit is the legacy way of asking for one batch only.
    const singleBatch = fields.boolean('singleBatch') === true || (fields.integer('limit') ?? 0) < 0;
    return {
      cursor: context.cursors.open(namespace, documents, {
        batchSize: fields.nonNegativeInteger('batchSize'),
        singleBatch,
        projectedFrom: onlyRemoved ? selection.documents : undefined,
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
