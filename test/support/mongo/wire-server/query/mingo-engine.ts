/**
 * Where the server's own query language (filter-matcher, projection) meets mingo, which evaluates
 * aggregation stages and expressions. mingo computes with JS numbers only, so documents and pipelines
 * reach it with plain numbers; `$match` and `$sort` inside pipelines use this server's matcher and
 * BSON order (with the statement's collation) instead of mingo's. mingo's errors are translated into
 * MongoDB's: an unknown stage is 40324, an unknown expression 168, one MongoDB has but this server
 * lacks is NotImplemented.
 */
import { Aggregator } from 'mingo/aggregator';
import { Context, evalExpr } from 'mingo/core';
import { Lazy, type Iterator } from 'mingo/lazy';
import * as accumulatorOperators from 'mingo/operators/accumulator';
import * as expressionOperators from 'mingo/operators/expression';
import * as pipelineOperators from 'mingo/operators/pipeline';
import * as projectionOperators from 'mingo/operators/projection';
import * as queryOperators from 'mingo/operators/query';
import * as windowOperators from 'mingo/operators/window';
import { Query } from 'mingo/query';
import type { Options } from 'mingo/types';
import { withPlainNumbers } from '../bson-numbers.js';
import { CommandError, notImplemented } from '../command-error.js';
import type { Collation } from '../collation.js';
import { isPlainDocument, type Document } from '../document.js';
import { compileMatcher, type Matcher } from './filter-matcher.js';
import { compileProjection } from './projection.js';
import { parseSort, sortDocuments } from './sort-documents.js';
import { assertKnownExpressions, assertKnownStages, MONGODB_EXPRESSION_OPERATORS } from './pipeline-names.js';

export interface EvaluationScope {
  /** `let` variables of the command, visible as `$$name`. */
  readonly variables?: Document;
  /** Documents of another collection of the same database, for `$lookup`, `$unionWith` and `$graphLookup`. */
  readonly resolveCollection?: (name: string) => Document[];
}

/** A compiled filter; `test` tells whether a document matches, `matchedPosition` where in an array. */
export type CompiledFilter = Matcher;

type PipelineStage = (collection: Iterator, expression: unknown, options: Options) => Iterator;

function currentCollation(options: Options): Collation | undefined {
  return (options as { collation?: unknown }).collation as Collation | undefined;
}

/** `$match` inside pipelines, with this server's matcher; `$expr` through mingo with the stage's variables. */
const matchStage: PipelineStage = (collection, expression, options) => {
  if (!isPlainDocument(expression))
    throw new CommandError('BadValue', 'the match filter must be an expression in an object');
  const matcher = compileMatcher(expression, {
    collation: currentCollation(options),
    compileExpression: (expr) => {
      const query = new Query({ $expr: expr }, options);
      return (document) => query.test(document);
    },
  });
  return collection.filter((document: Document) => matcher.test(document));
};

/** `$sort` inside pipelines, in BSON order (and the statement's collation), stable like mongod's. */
const sortStage: PipelineStage = (collection, expression, options) => {
  const keys = parseSort(expression);
  if (keys.length === 0) throw new CommandError('Location15976', '$sort stage must have at least one sort key');
  const compareStrings = currentCollation(options)?.compareStrings;
  return collection.transform((documents: Document[]) => Lazy(sortDocuments(documents, keys, compareStrings)));
};

/**
 * The stage's options with `$$ROOT` set to `root`. mingo's ComputeOptions class is not exported; its
 * static `init` copies an instance (keeping the stage's variables), as mingo's own `$project` does.
 */
function withRoot(options: Options, root: Document): Options {
  const { init } = options.constructor as { init?: (from: Options) => Options & { update(locals: object): Options } };
  return init ? init(options).update({ root }) : options;
}

/**
 * `$project` inside pipelines with MongoDB's field order (`_id` first, included fields in the document's
 * order, computed fields after them), expressions evaluated by mingo with the stage's variables.
 */
const projectStage: PipelineStage = (collection, expression, options) => {
  if (!isPlainDocument(expression) || Object.keys(expression).length === 0) {
    throw new CommandError('Location51272', '$project specification must be an object with at least one field');
  }
  const projection = compileProjection(expression, {
    mode: 'aggregate',
    filter: {},
    matchOptions: { collation: currentCollation(options) },
    evaluate: (document, expr) => evalExpr(document, expr, withRoot(options, document)),
  });
  return collection.map((document: Document) => projection.apply(document));
};

const CONTEXT = Context.init({
  accumulator: accumulatorOperators,
  expression: expressionOperators,
  pipeline: { ...pipelineOperators, $match: matchStage, $sort: sortStage, $project: projectStage },
  projection: projectionOperators,
  query: queryOperators,
  window: windowOperators,
});

const QUERY_CONTEXT = Context.init({
  expression: expressionOperators,
  query: queryOperators,
  accumulator: accumulatorOperators,
});

/**
 * mingo's options. The collation travels in them as this server's Collation object: only the `$sort`
 * and `$match` stages above read it (mingo's own collation handling is not used).
 */
function mingoOptions(scope: EvaluationScope, collation?: Collation): Partial<Options> {
  const options: Record<string, unknown> = {
    idKey: '_id',
    useStrictMode: true,
    scriptEnabled: false,
    context: CONTEXT,
  };
  if (collation !== undefined) options.collation = collation;
  if (scope.variables !== undefined) options.variables = withPlainNumbers(scope.variables);
  if (scope.resolveCollection !== undefined) options.collectionResolver = scope.resolveCollection;
  return options;
}

const TRANSLATIONS: readonly [RegExp, (match: RegExpExecArray) => CommandError][] = [
  [
    /accumulator '(\$\w+)' is not registered/,
    (m) => {
      const name = m[1] ?? '';
      return MONGODB_EXPRESSION_OPERATORS.has(name)
        ? notImplemented(`expression operator ${name}`)
        : new CommandError('InvalidPipelineOperator', `Unrecognized expression '${name}'`);
    },
  ],
  [
    /Use of undefined variable: (\w+)/,
    (m) => new CommandError('Location17276', `Use of undefined variable: ${m[1] ?? ''}`),
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

/** A `$expr` test over stored documents (typed numbers are handed to mingo as plain ones). */
export function compileExpressionTest(expression: unknown, scope: EvaluationScope): (document: Document) => boolean {
  assertKnownExpressions(expression);
  const query = withMingoErrors(
    () => new Query({ $expr: withPlainNumbers(expression) }, { ...mingoOptions(scope), context: QUERY_CONTEXT }),
  );
  return (document) => withMingoErrors(() => query.test(withPlainNumbers(document)));
}

/** Evaluates an aggregation expression against one document (computed fields of find projections). */
export function evaluateExpression(document: Document, expression: unknown, scope: EvaluationScope): unknown {
  assertKnownExpressions(expression);
  return withMingoErrors(() =>
    evalExpr(withPlainNumbers(document), withPlainNumbers(expression), mingoOptions(scope) as Options),
  );
}

export function compileFilter(filter: Document, scope: EvaluationScope = {}, collation?: Collation): CompiledFilter {
  return compileMatcher(filter, {
    collation,
    compileExpression: (expression) => compileExpressionTest(expression, scope),
  });
}

/** Applies a find projection (`filter` locates the element a positional `arr.$` stands for). */
export function projectDocuments(
  documents: Document[],
  filter: Document,
  projection: Document,
  scope: EvaluationScope = {},
  collation?: Collation,
): Document[] {
  const compiled = compileProjection(projection, {
    mode: 'find',
    filter,
    matchOptions: { collation, compileExpression: (expression) => compileExpressionTest(expression, scope) },
    evaluate: (document, expression) => evaluateExpression(document, expression, scope),
  });
  return documents.map((document) => compiled.apply(document));
}

/**
 * Runs aggregation stages over copies of documents (numbers made plain for mingo). Output stages
 * ($out, $merge) are the caller's; everything else MongoDB has and mingo lacks is NotImplemented.
 */
export function runPipeline(
  documents: Document[],
  pipeline: Document[],
  scope: EvaluationScope = {},
  collation?: Collation,
): Document[] {
  assertKnownStages(pipeline);
  const stages = withPlainNumbers(pipeline);
  return withMingoErrors(() =>
    new Aggregator(stages, mingoOptions(scope, collation)).run<Document>(documents.map((d) => withPlainNumbers(d))),
  );
}
