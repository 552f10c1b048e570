/**
 * The one place the server hands work to mingo (query matching, projection, aggregation), with the
 * options MongoDB semantics need and mingo's errors translated into MongoDB-shaped ones.
 */
import { Aggregator, Query } from 'mingo';
import type { Options } from 'mingo/types';
import { CommandError, notImplemented } from '../command-error.js';
import { isPlainDocument, type Document } from '../document.js';

export interface EvaluationScope {
  /** `let` variables of the command, visible as `$$name`. */
  readonly variables?: Document;
  /** Documents of another collection of the same database, for `$lookup`, `$unionWith` and `$graphLookup`. */
  readonly resolveCollection?: (name: string) => Document[];
}

/** Operators MongoDB has that mingo cannot answer correctly here; named in a NotImplemented error instead. */
const UNSUPPORTED_OPERATORS = new Map<string, string>([
  ['$text', 'query operator $text (text search)'],
  ['$where', 'query operator $where (server-side JavaScript)'],
  ['$function', 'expression operator $function (server-side JavaScript)'],
  ['$accumulator', 'accumulator $accumulator (server-side JavaScript)'],
  ['$near', 'query operator $near (geospatial)'],
  ['$nearSphere', 'query operator $nearSphere (geospatial)'],
  ['$geoWithin', 'query operator $geoWithin (geospatial)'],
  ['$geoIntersects', 'query operator $geoIntersects (geospatial)'],
  ['$jsonSchema', 'query operator $jsonSchema'],
  ['$out', 'aggregation stage $out'],
  ['$merge', 'aggregation stage $merge'],
  ['$changeStream', 'aggregation stage $changeStream (change streams)'],
  ['$currentOp', 'aggregation stage $currentOp'],
  ['$collStats', 'aggregation stage $collStats'],
  ['$indexStats', 'aggregation stage $indexStats'],
  ['$listSessions', 'aggregation stage $listSessions'],
  ['$listLocalSessions', 'aggregation stage $listLocalSessions'],
  ['$planCacheStats', 'aggregation stage $planCacheStats'],
  ['$geoNear', 'aggregation stage $geoNear (geospatial)'],
  ['$search', 'aggregation stage $search (Atlas Search)'],
  ['$searchMeta', 'aggregation stage $searchMeta (Atlas Search)'],
  ['$vectorSearch', 'aggregation stage $vectorSearch (Atlas Search)'],
  ['$meta', 'expression operator $meta'],
]);

function assertSupported(expression: unknown): void {
  if (Array.isArray(expression)) {
    for (const item of expression) assertSupported(item);
    return;
  }
  if (!isPlainDocument(expression)) return;
  for (const [key, value] of Object.entries(expression)) {
    const unsupported = UNSUPPORTED_OPERATORS.get(key);
    if (unsupported !== undefined) throw notImplemented(unsupported);
    assertSupported(value);
  }
}

function mingoOptions(scope: EvaluationScope): Partial<Options> {
  return {
    idKey: '_id',
    useStrictMode: true,
    scriptEnabled: false,
    ...(scope.variables === undefined ? {} : { variables: scope.variables }),
    ...(scope.resolveCollection === undefined ? {} : { collectionResolver: scope.resolveCollection }),
  };
}

const TRANSLATIONS: readonly [RegExp, (match: RegExpExecArray) => CommandError][] = [
  [/^unknown query operator (\$\w+)/, (m) => notImplemented(`query operator ${m[1] ?? ''}`)],
  [/^unknown top level operator: (\$\w+)/, (m) => notImplemented(`query operator ${m[1] ?? ''}`)],
  [/^unregistered pipeline operator (\$\w+)/, (m) => notImplemented(`aggregation stage ${m[1] ?? ''}`)],
  [/^accumulator '(\$\w+)' is not registered/, (m) => notImplemented(`expression operator ${m[1] ?? ''}`)],
  [
    /^Unknown update operator: '(\$\w+)'/,
    (m) =>
      new CommandError(
        'FailedToParse',
        `Unknown modifier: ${m[1] ?? ''}. Expected a valid update modifier or pipeline-style update specified as an array`,
      ),
  ],
  [
    /would modify the immutable field '_id'/,
    () =>
      new CommandError(
        'ImmutableField',
        "Performing an update on the path '_id' would modify the immutable field '_id'",
      ),
  ],
  [
    /would create a conflict at '(.*)'/,
    (m) =>
      new CommandError('ConflictingUpdateOperators', `Updating the path would create a conflict at '${m[1] ?? ''}'`),
  ],
];

/** Runs mingo work, answering its errors as MongoDB errors (unsupported operators as NotImplemented). */
export function withMingoErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof CommandError || !(error instanceof Error)) throw error;
    for (const [pattern, translate] of TRANSLATIONS) {
      const match = pattern.exec(error.message);
      if (match) throw translate(match);
    }
    throw new CommandError('BadValue', error.message);
  }
}

/** A compiled filter; `test` tells whether a document matches. */
export interface CompiledFilter {
  test(document: Document): boolean;
}

export function compileFilter(filter: Document, scope: EvaluationScope = {}): CompiledFilter {
  assertSupported(filter);
  const query = withMingoErrors(() => new Query<Document>(filter, mingoOptions(scope)));
  return { test: (document) => withMingoErrors(() => query.test(document)) };
}

/**
 * Applies a find projection. mingo projects through a query, which also filters; the filter is used
 * only when a positional projection (`arr.$`) needs to know which element matched, since a document
 * returned by findAndModify after its update may no longer match it.
 */
export function projectDocuments(
  documents: Document[],
  filter: Document,
  projection: Document,
  scope: EvaluationScope = {},
): Document[] {
  assertSupported(projection);
  const positional = Object.keys(projection).some((path) => path.endsWith('.$'));
  return withMingoErrors(() =>
    new Query<Document>(positional ? filter : {}, mingoOptions(scope)).find<Document>(documents, projection).all(),
  );
}

/** Runs aggregation stages over documents the caller owns (mingo may reuse or change the input objects). */
export function runPipeline(documents: Document[], pipeline: Document[], scope: EvaluationScope = {}): Document[] {
  assertSupported(pipeline);
  return withMingoErrors(() => new Aggregator(pipeline, mingoOptions(scope)).run<Document>(documents));
}
