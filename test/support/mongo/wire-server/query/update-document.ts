/**
 * Applies one update (operators, replacement or pipeline) to a stored document, or builds the document
 * an upsert inserts, with the checks mongod makes before it writes: `_id` may not change, paths may not
 * conflict or run through scalars, documents stay within 16 MB.
 */
import { calculateObjectSize, ObjectId } from 'bson';
import { exceedsLimit, MAX_DOCUMENT_BYTES, measuredSize } from '../storage/document-size.js';
import { restoreNumberTypes, withPlainNumbers } from '../bson-numbers.js';
import { bsonIdentical, compareBsonValues } from '../bson-value.js';
import { CommandError } from '../command-error.js';
import type { Collation } from '../collation.js';
import {
  cloneValue,
  isOperatorObject,
  isPlainDocument,
  setPathValue,
  withIdFirst,
  type Document,
} from '../document.js';
import { formatBsonValue } from '../format-bson-value.js';
import { bsonTypeGroup } from '../bson-value.js';
import { compileExpressionTest, runPipeline, type EvaluationScope } from './mingo-engine.js';
import { parseArrayFilters, parseUpdateTree, type UpdateTree } from './update-tree.js';

const PIPELINE_UPDATE_STAGES = new Set(['$addFields', '$set', '$project', '$unset', '$replaceRoot', '$replaceWith']);

export interface UpdateOptions {
  readonly arrayFilters?: readonly Document[] | undefined;
  readonly collation?: Collation | undefined;
  readonly scope?: EvaluationScope | undefined;
}

export interface PreparedUpdate {
  readonly kind: 'operators' | 'replacement' | 'pipeline';
  /** Whether the update uses the positional `$`, so callers know to ask the filter where it matched. */
  readonly positional: boolean;
  /**
   * The updated copy of `original`, or undefined when the update changes nothing (mongod's nModified
   * counts only real changes). `original` itself is never touched.
   */
  apply(original: Document, matchedPosition: number | undefined): Document | undefined;
  /** The document an upsert inserts when `filter` matched nothing. */
  upsertDocument(filter: Document): Document;
}

function immutableIdError(): CommandError {
  return new CommandError(
    'ImmutableField',
    "Performing an update on the path '_id' would modify the immutable field '_id'",
  );
}

function assertUpsertSize(document: Document): void {
  if (measuredSize(document) <= MAX_DOCUMENT_BYTES) return;
  throw new CommandError('Location17420', `Document to upsert is larger than ${MAX_DOCUMENT_BYTES}`);
}

/** `growth`: the most the update can have added to `previous`, when known; otherwise `next` is measured. */
function assertUpdatedSize(next: Document, previous: Document, growth?: number): void {
  if (!exceedsLimit(next, previous, growth)) return;
  throw new CommandError('Location17419', `Resulting document after update is larger than ${MAX_DOCUMENT_BYTES}`);
}

/**
 * The most an operator update can add to a document: its arguments (each stored at most once, plus
 * its path), fields widened by arithmetic, and the nulls that pad an array up to a numeric position.
 * Undefined for `$[]`/`$[id]`, which write once per array element.
 */
function growthBound(operators: Document): number | undefined {
  let bound = calculateObjectSize(operators);
  for (const fields of Object.values(operators)) {
    for (const path of Object.keys(fields as Document)) {
      const parts = path.split('.');
      if (parts.some((part) => part.startsWith('$['))) return undefined;
      bound += 32 + path.length * 2;
      for (const part of parts) if (/^\d+$/.test(part)) bound += Number(part) * 16;
    }
  }
  return bound;
}

function assertReplacementFields(replacement: Document): void {
  for (const key of Object.keys(replacement)) {
    if (key.startsWith('$')) {
      throw new CommandError(
        'FailedToParse',
        `Unknown modifier: ${key}. Expected a valid update modifier or pipeline-style update specified as an array`,
      );
    }
  }
}

/** The fields a filter fixes by equality (`{ a: 1 }`, `{ a: { $eq: 1 } }`, a one-value `$in`, inside `$and`). */
function upsertSeed(filter: Document): Document {
  const seed: Document = {};
  const visit = (conjunction: Document): void => {
    for (const [key, value] of Object.entries(conjunction)) {
      if (key === '$and' && Array.isArray(value)) {
        for (const clause of value) if (isPlainDocument(clause)) visit(clause);
      } else if (!key.startsWith('$') && bsonTypeGroup(value) !== 'regex') {
        if (!isOperatorObject(value)) setPathValue(seed, key, cloneValue(value));
        else if ('$eq' in value && !isOperatorObject(value.$eq)) setPathValue(seed, key, cloneValue(value.$eq));
        else if (Array.isArray(value.$in) && value.$in.length === 1 && !isOperatorObject(value.$in[0])) {
          setPathValue(seed, key, cloneValue(value.$in[0]));
        }
      }
    }
  };
  visit(filter);
  return seed;
}

function finishUpsert(document: Document, seedId: unknown): Document {
  if (seedId !== undefined && document._id !== undefined && compareBsonValues(document._id, seedId) !== 0) {
    throw immutableIdError();
  }
  const withId =
    document._id === undefined ? { ...document, _id: seedId === undefined ? new ObjectId() : seedId } : document;
  const stored = withIdFirst(withId);
  assertUpsertSize(stored);
  return stored;
}

function prepareOperators(operators: Document, options: UpdateOptions): PreparedUpdate {
  const collation = options.collation;
  const compare = (left: unknown, right: unknown): number => compareBsonValues(left, right, collation?.compareStrings);
  const scope = options.scope ?? {};
  const matchOptions = {
    collation,
    compileExpression: (expression: unknown) => compileExpressionTest(expression, scope),
  };
  const tree: UpdateTree = parseUpdateTree(operators, parseArrayFilters(options.arrayFilters), {
    matchOptions,
    compare,
  });
  const positional = Object.values(operators).some(
    (fields) => isPlainDocument(fields) && Object.keys(fields).some((path) => path.split('.').includes('$')),
  );
  const growth = growthBound(operators);
  const run = (
    document: Document,
    original: Document,
    inserting: boolean,
    matchedPosition: number | undefined,
  ): Document => tree.apply(document, { original, inserting, now: new Date(), compare, matchedPosition });
  return {
    kind: 'operators',
    positional,
    apply: (original, matchedPosition) => {
      const next = run(original, original, false, matchedPosition);
      if (next === original) return undefined;
      if (next._id === undefined || compareBsonValues(next._id, original._id) !== 0) throw immutableIdError();
      if (bsonIdentical(next, original)) return undefined;
      assertUpdatedSize(next, original, growth);
      return next;
    },
    upsertDocument: (filter) => {
      const seed = upsertSeed(filter);
      return finishUpsert(run(seed, seed, true, undefined), seed._id);
    },
  };
}

function prepareReplacement(replacement: Document): PreparedUpdate {
  assertReplacementFields(replacement);
  return {
    kind: 'replacement',
    positional: false,
    apply: (original) => {
      const { _id: replacementId, ...fields } = replacement;
      if (replacementId !== undefined && compareBsonValues(replacementId, original._id) !== 0) {
        throw new CommandError(
          'ImmutableField',
          `After applying the update, the (immutable) field '_id' was found to have been altered to _id: ${formatBsonValue(replacementId)}`,
        );
      }
      const next = { _id: original._id, ...cloneValue(fields) };
      if (bsonIdentical(next, original)) return undefined;
      assertUpdatedSize(next, original);
      return next;
    },
    upsertDocument: (filter) => finishUpsert(cloneValue(replacement), upsertSeed(filter)._id),
  };
}

function preparePipeline(stages: Document[], options: UpdateOptions): PreparedUpdate {
  const scope = options.scope ?? {};
  const run = (document: Document): Document => {
    const [computed] = runPipeline([withPlainNumbers(document)], stages, scope, options.collation);
    if (!isPlainDocument(computed))
      throw new CommandError('BadValue', 'The update pipeline did not produce a document');
    return restoreNumberTypes(computed, document) as Document;
  };
  return {
    kind: 'pipeline',
    positional: false,
    apply: (original) => {
      const computed = run(original);
      // A pipeline that drops `_id` (a $project or $replaceWith without it) keeps the document's own.
      if (computed._id !== undefined && compareBsonValues(computed._id, original._id) !== 0) throw immutableIdError();
      const next = withIdFirst({ ...computed, _id: original._id });
      if (bsonIdentical(next, original)) return undefined;
      assertUpdatedSize(next, original);
      return next;
    },
    upsertDocument: (filter) => {
      const seed = upsertSeed(filter);
      return finishUpsert(run(seed), seed._id);
    },
  };
}

/** Parses a statement's update (`u`, or findAndModify's `update`) once, for every document it applies to. */
export function prepareUpdate(update: unknown, options: UpdateOptions = {}): PreparedUpdate {
  if (Array.isArray(update)) {
    const stages = update.filter(isPlainDocument);
    for (const stage of stages) {
      const name = Object.keys(stage)[0] ?? '';
      if (!PIPELINE_UPDATE_STAGES.has(name)) {
        throw new CommandError('InvalidOptions', `${name} is not allowed to be used within an update`);
      }
    }
    if (options.arrayFilters !== undefined && options.arrayFilters.length > 0) {
      throw new CommandError('FailedToParse', 'arrayFilters may not be specified for pipeline-style updates');
    }
    return preparePipeline(stages, options);
  }
  if (!isPlainDocument(update)) {
    throw new CommandError('FailedToParse', 'Update argument must be either an object or an array');
  }
  const keys = Object.keys(update);
  if (keys.length > 0 && keys[0]?.startsWith('$')) {
    for (const [operator, fields] of Object.entries(update)) {
      if (!operator.startsWith('$')) {
        throw new CommandError(
          'FailedToParse',
          `Unknown modifier: ${operator}. Expected a valid update modifier or pipeline-style update specified as an array`,
        );
      }
      if (!isPlainDocument(fields)) {
        throw new CommandError(
          'FailedToParse',
          `Modifiers operate on fields but we found type ${bsonTypeGroup(fields)} instead. For example: {$mod: {<field>: ...}} not {${operator}: ${formatBsonValue(fields)}}`,
        );
      }
    }
    return prepareOperators(update, options);
  }
  if (options.arrayFilters !== undefined && options.arrayFilters.length > 0) {
    throw new CommandError('FailedToParse', 'Cannot use array filters with a replacement-style update');
  }
  return prepareReplacement(update);
}
