import { CommandError, notImplemented } from '../command-error.js';
import type { CommandContext, CommandDefinition } from '../command-context.js';
import { CommandFields } from '../command-fields.js';
import { isPlainDocument, type Document } from '../document.js';
import { accessStage, findWinningPlan } from '../query/explain-plan.js';
import { selectDocuments, type SelectionResult } from '../query/select-documents.js';
import { parseSort } from '../query/sort-documents.js';
import { selectForAggregate } from './aggregate-selection.js';
import { executeFind, FIND_FIELDS } from './find-command.js';
import { evaluationScope, statementCollation } from './statement-options.js';

type Verbosity = 'queryPlanner' | 'executionStats' | 'allPlansExecution';

/** Stages that mongod folds into the query layer, so an aggregate made only of these explains like a find. */
const PUSHED_DOWN_STAGES = new Set(['$sort', '$limit', '$skip', '$project']);

function queryPlanner(namespace: string, filter: Document, winningPlan: Document): Document {
  return {
    namespace,
    indexFilterSet: false,
    parsedQuery: filter,
    maxIndexedOrSolutionsReached: false,
    maxIndexedAndSolutionsReached: false,
    maxScansToExplodeReached: false,
    winningPlan,
    rejectedPlans: [],
  };
}

function executionStats(
  verbosity: Verbosity,
  selection: SelectionResult,
  returned: number,
  winningPlan: Document,
): Document {
  if (verbosity === 'queryPlanner') return {};
  const keysExamined = selection.plan.kind === 'collectionScan' ? 0 : selection.examined;
  return {
    executionStats: {
      executionSuccess: true,
      nReturned: returned,
      executionTimeMillis: 0,
      totalKeysExamined: keysExamined,
      totalDocsExamined: selection.examined,
      executionStages: { ...winningPlan, nReturned: returned, docsExamined: selection.examined },
    },
  };
}

function serverInfo(context: CommandContext): Document {
  return {
    serverInfo: {
      host: context.server.host,
      port: context.server.port,
      version: '7.0.0',
      gitVersion: 'in-process-test-server',
    },
  };
}

function explainFind(context: CommandContext, verbosity: Verbosity): Document {
  const { fields } = context;
  const outcome = executeFind(context);
  const filter = fields.document('filter') ?? {};
  const winningPlan = findWinningPlan(outcome.selection.plan, {
    filter,
    sort: parseSort(fields.body.sort),
    skip: fields.nonNegativeInteger('skip') ?? 0,
    limit: Math.abs(fields.integer('limit') ?? 0),
    projection: fields.document('projection'),
  });
  return {
    explainVersion: '1',
    queryPlanner: queryPlanner(outcome.namespace, filter, winningPlan),
    ...executionStats(verbosity, outcome.selection, outcome.documents.length, winningPlan),
    command: fields.body,
    ...serverInfo(context),
  };
}

export function explainAggregate(context: CommandContext, verbosity: Verbosity): Document {
  const outcome = selectForAggregate(context);
  const pushedDown = outcome.remainingStages.every((stage) => PUSHED_DOWN_STAGES.has(Object.keys(stage)[0] ?? ''));
  const winningPlan = findWinningPlan(outcome.selection.plan, { filter: outcome.filter });
  const planner = queryPlanner(outcome.namespace, outcome.filter, winningPlan);
  const stats = executionStats(verbosity, outcome.selection, outcome.selection.documents.length, winningPlan);
  const common = { command: context.fields.body, ...serverInfo(context) };
  if (pushedDown) return { explainVersion: '1', queryPlanner: planner, ...stats, ...common };
  return {
    explainVersion: '1',
    stages: [{ $cursor: { queryPlanner: planner, ...stats } }, ...outcome.remainingStages],
    ...common,
  };
}

function explainCount(context: CommandContext, verbosity: Verbosity): Document {
  const { fields, store, databaseName } = context;
  const filter = fields.document('query') ?? {};
  const collectionName = fields.collectionName();
  const scope = evaluationScope(store, databaseName, undefined);
  const collection = store.collection(databaseName, collectionName);
  const collation = statementCollation(fields.body.collation, collection);
  const selection = selectDocuments(collection, { filter, hint: fields.body.hint, collation }, scope);
  const winningPlan =
    Object.keys(filter).length === 0
      ? { stage: 'RECORD_STORE_FAST_COUNT' }
      : { stage: 'COUNT', inputStage: accessStage(selection.plan, filter) };
  return {
    explainVersion: '1',
    queryPlanner: queryPlanner(`${databaseName}.${collectionName}`, filter, winningPlan),
    ...executionStats(verbosity, selection, selection.documents.length, winningPlan),
    command: fields.body,
    ...serverInfo(context),
  };
}

const EXPLAINABLE: Record<
  string,
  { fields: readonly string[]; explain: (context: CommandContext, verbosity: Verbosity) => Document }
> = {
  find: { fields: FIND_FIELDS, explain: explainFind },
  aggregate: {
    fields: ['pipeline', 'cursor', 'allowDiskUse', 'collation', 'hint', 'let', 'explain'],
    explain: explainAggregate,
  },
  count: { fields: ['query', 'limit', 'skip', 'hint', 'collation'], explain: explainCount },
};

const IGNORED_INNER_FIELDS = new Set([
  '$db',
  'lsid',
  '$clusterTime',
  'readConcern',
  'maxTimeMS',
  'comment',
  '$readPreference',
]);

/** `{ explain: { find | aggregate | count ... }, verbosity }`: reports the plan the command would use. */
export const explainCommand: CommandDefinition = {
  names: ['explain'],
  fields: ['verbosity'],
  run: (context) => {
    const inner = context.fields.body.explain;
    if (!isPlainDocument(inner)) throw new CommandError('FailedToParse', 'explain command requires a nested object');
    const innerName = Object.keys(inner)[0] ?? '';
    const explainable = EXPLAINABLE[innerName];
    if (!explainable) throw notImplemented(`explain of '${innerName}'`);
    const known = new Set(explainable.fields);
    for (const field of Object.keys(inner).slice(1)) {
      if (!known.has(field) && !IGNORED_INNER_FIELDS.has(field))
        throw notImplemented(`field '${field}' of explained command '${innerName}'`);
    }
    const verbosity = context.fields.string('verbosity') ?? 'allPlansExecution';
    if (verbosity !== 'queryPlanner' && verbosity !== 'executionStats' && verbosity !== 'allPlansExecution') {
      throw new CommandError(
        'FailedToParse',
        `verbosity string must be one of {'queryPlanner', 'executionStats', 'allPlansExecution'}`,
      );
    }
    return explainable.explain({ ...context, fields: new CommandFields(innerName, inner) }, verbosity);
  },
};
