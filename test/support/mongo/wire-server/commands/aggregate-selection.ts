import { numberType, numberValue } from '../bson-numbers.js';
import { CommandError, notImplemented } from '../command-error.js';
import type { CommandContext } from '../command-context.js';
import type { Collation } from '../collation.js';
import { isPlainDocument, type Document } from '../document.js';
import { selectDocuments, type SelectionResult } from '../query/select-documents.js';
import { evaluationScope, statementCollation } from './statement-options.js';

export interface AggregateOutcome {
  readonly namespace: string;
  /** The leading `$match` stages merged into one filter, answered through the planner like a find. */
  readonly filter: Document;
  readonly selection: SelectionResult;
  /** The stages after the leading `$match` stages. */
  readonly remainingStages: Document[];
  readonly collation: Collation | undefined;
}

/** Stages that produce their own documents, so they may start a database-level `{ aggregate: 1 }`. */
const COLLECTIONLESS_STAGES = new Map<string, string | undefined>([
  ['$documents', undefined],
  ['$currentOp', 'aggregation stage $currentOp'],
  ['$listLocalSessions', 'aggregation stage $listLocalSessions'],
  ['$changeStream', 'aggregation stage $changeStream (change streams)'],
]);

/** Splits the leading `$match` stages off, so they can use indexes before mingo runs the rest. */
function splitLeadingMatch(pipeline: Document[]): { filter: Document; remainingStages: Document[] } {
  const matches: Document[] = [];
  let index = 0;
  for (const stage of pipeline) {
    const keys = Object.keys(stage);
    if (keys.length !== 1 || keys[0] !== '$match' || !isPlainDocument(stage.$match)) break;
    matches.push(stage.$match);
    index += 1;
  }
  const filter = matches.length === 0 ? {} : matches.length === 1 ? (matches[0] ?? {}) : { $and: matches };
  return { filter, remainingStages: pipeline.slice(index) };
}

/**
 * `{ aggregate: 1 }` runs against the database: its first stage must make documents ($documents here;
 * mongod's administrative ones are NotImplemented), as mongod requires.
 */
function databaseLevel(pipeline: Document[], databaseName: string, collation: Collation | undefined): AggregateOutcome {
  const first = Object.keys(pipeline[0] ?? {})[0] ?? '';
  if (!COLLECTIONLESS_STAGES.has(first)) {
    throw new CommandError(
      'InvalidNamespace',
      `{aggregate: 1} is not valid for '${first || 'an empty pipeline'}'; a collection is required.`,
    );
  }
  const unsupported = COLLECTIONLESS_STAGES.get(first);
  if (unsupported !== undefined) throw notImplemented(unsupported);
  return {
    namespace: `${databaseName}.$cmd.aggregate`,
    filter: {},
    selection: { documents: [], plan: { kind: 'collectionScan' }, examined: 0 },
    remainingStages: pipeline,
    collation,
  };
}

export function selectForAggregate({
  fields,
  store,
  databaseName,
}: Pick<CommandContext, 'fields' | 'store' | 'databaseName'>): AggregateOutcome {
  const pipeline = fields.documents('pipeline') ?? [];
  const target = fields.body.aggregate;
  if (typeof target !== 'string') {
    if (numberType(target) === undefined || numberValue(target) !== 1) {
      throw new CommandError(
        'FailedToParse',
        "Invalid command format: the 'aggregate' field must specify a collection name or 1",
      );
    }
    return databaseLevel(pipeline, databaseName, statementCollation(fields.body.collation, undefined));
  }
  const collectionName = fields.collectionName();
  const collection = store.collection(databaseName, collectionName);
  const collation = statementCollation(fields.body.collation, collection);
  const { filter, remainingStages } = splitLeadingMatch(pipeline);
  const scope = evaluationScope(store, databaseName, fields.document('let'));
  const selection = selectDocuments(collection, { filter, hint: fields.body.hint, collation }, scope);
  return { namespace: `${databaseName}.${collectionName}`, filter, selection, remainingStages, collation };
}
