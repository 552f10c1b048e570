import { notImplemented } from '../command-error.js';
import type { CommandContext } from '../command-context.js';
import { isPlainDocument, type Document } from '../document.js';
import { selectDocuments, type SelectionResult } from '../query/select-documents.js';
import { assertSimpleCollation, evaluationScope } from './statement-options.js';

export interface AggregateOutcome {
  readonly namespace: string;
  /** The leading `$match` stages merged into one filter, answered through the planner like a find. */
  readonly filter: Document;
  readonly selection: SelectionResult;
  /** The stages after the leading `$match` stages. */
  readonly remainingStages: Document[];
}

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

export function selectForAggregate({
  fields,
  store,
  databaseName,
}: Pick<CommandContext, 'fields' | 'store' | 'databaseName'>): AggregateOutcome {
  assertSimpleCollation(fields.body.collation);
  if (typeof fields.body.aggregate !== 'string') throw notImplemented('database-level aggregate ({ aggregate: 1 })');
  const collectionName = fields.collectionName();
  const pipeline = fields.documents('pipeline') ?? [];
  const { filter, remainingStages } = splitLeadingMatch(pipeline);
  const scope = evaluationScope(store, databaseName, fields.document('let'));
  const selection = selectDocuments(
    store.collection(databaseName, collectionName),
    { filter, hint: fields.body.hint },
    scope,
  );
  return { namespace: `${databaseName}.${collectionName}`, filter, selection, remainingStages };
}
