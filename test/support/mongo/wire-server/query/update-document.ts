/**
 * Applies one update (operators, replacement or pipeline) to a copy of a document, with the checks
 * mongod makes before it writes: `_id` may not change, paths may not conflict or run through scalars,
 * `$inc` needs numbers, `$push` needs arrays.
 */
import { ObjectId } from 'bson';
import { update as applyUpdateWithFilter } from 'mingo';
import * as updateOperators from 'mingo/operators/update';
import { bsonTypeGroup, encodeKey } from '../bson-value.js';
import { CommandError } from '../command-error.js';
import {
  cloneValue,
  getPathValue,
  isOperatorObject,
  isPlainDocument,
  setPathValue,
  withIdFirst,
  type Document,
} from '../document.js';
import { formatBsonValue } from '../format-bson-value.js';
import { runPipeline, withMingoErrors, type EvaluationScope } from './mingo-engine.js';

export type UpdateSpec =
  | { readonly kind: 'operators'; readonly operators: Document }
  | { readonly kind: 'replacement'; readonly replacement: Document }
  | { readonly kind: 'pipeline'; readonly stages: Document[] };

export interface UpdateContext {
  /** The statement's filter; positional `$` updates resolve against it. */
  readonly filter: Document;
  readonly arrayFilters?: Document[];
  readonly scope?: EvaluationScope;
}

const PIPELINE_UPDATE_STAGES = new Set(['$addFields', '$set', '$project', '$unset', '$replaceRoot', '$replaceWith']);
const NUMERIC_OPERATORS: Record<string, string> = { $inc: 'increment', $mul: 'multiply' };
const ARRAY_OPERATORS = new Set(['$push', '$addToSet', '$pull', '$pullAll', '$pop']);
const CREATING_OPERATORS = new Set([
  '$set',
  '$setOnInsert',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$push',
  '$addToSet',
  '$currentDate',
]);

export function parseUpdateSpec(update: unknown): UpdateSpec {
  if (Array.isArray(update)) {
    const stages = update.filter(isPlainDocument);
    for (const stage of stages) {
      const name = Object.keys(stage)[0] ?? '';
      if (!PIPELINE_UPDATE_STAGES.has(name)) {
        throw new CommandError('InvalidOptions', `${name} is not allowed to be used within an update`);
      }
    }
    return { kind: 'pipeline', stages };
  }
  if (!isPlainDocument(update))
    throw new CommandError('FailedToParse', 'Update argument must be either an object or an array');
  const keys = Object.keys(update);
  if (keys.length > 0 && keys.every((key) => key.startsWith('$'))) {
    for (const [operator, fields] of Object.entries(update)) {
      if (!isPlainDocument(fields)) {
        throw new CommandError(
          'FailedToParse',
          `Modifiers operate on fields but we found type ${bsonTypeGroup(fields)} instead. For example: {$mod: {<field>: ...}} not {${operator}: ${formatBsonValue(fields)}}`,
        );
      }
    }
    assertNoConflicts(update);
    return { kind: 'operators', operators: update };
  }
  const dollarField = keys.find((key) => key.startsWith('$'));
  if (dollarField !== undefined) {
    throw new CommandError(
      'FailedToParse',
      `Unknown modifier: ${dollarField}. Expected a valid update modifier or pipeline-style update specified as an array`,
    );
  }
  return { kind: 'replacement', replacement: update };
}

/** Two paths of one update may not overlap (`a` and `a.b`), as mongod refuses them. */
function assertNoConflicts(operators: Document): void {
  const paths: string[] = [];
  for (const [operator, fields] of Object.entries(operators)) {
    for (const [path, argument] of Object.entries(fields as Document)) {
      paths.push(path);
      if (operator === '$rename' && typeof argument === 'string') paths.push(argument);
    }
  }
  const sorted = [...paths].sort();
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = sorted[i - 1] ?? '';
    const current = sorted[i] ?? '';
    if (current === previous || current.startsWith(`${previous}.`)) {
      throw new CommandError(
        'ConflictingUpdateOperators',
        `Updating the path '${current}' would create a conflict at '${previous}'`,
      );
    }
  }
}

const isPositional = (path: string): boolean => path.split('.').some((part) => part.startsWith('$'));

/** Checks mingo would silently skip: paths through scalars, `$inc` on non-numbers, `$push` on non-arrays. */
function assertApplicable(document: Document, operators: Document): void {
  for (const [operator, fields] of Object.entries(operators)) {
    for (const [path, argument] of Object.entries(fields as Document)) {
      if (isPositional(path)) continue;
      if (CREATING_OPERATORS.has(operator)) assertPathViable(document, path);
      const current = getPathValue(document, path);
      const verb = NUMERIC_OPERATORS[operator];
      if (verb !== undefined) {
        if (bsonTypeGroup(argument) !== 'number') {
          throw new CommandError(
            'TypeMismatch',
            `Cannot ${verb} with non-numeric argument: {${path}: ${formatBsonValue(argument)}}`,
          );
        }
        if (current !== undefined && bsonTypeGroup(current) !== 'number') {
          throw new CommandError(
            'TypeMismatch',
            `Cannot apply ${operator} to a value of non-numeric type. {_id: ${formatBsonValue(document._id)}} has the field '${path}' of non-numeric type ${bsonTypeGroup(current)}`,
          );
        }
      }
      if (
        ARRAY_OPERATORS.has(operator) &&
        current !== undefined &&
        !Array.isArray(current) &&
        operator !== '$pull' &&
        operator !== '$pullAll'
      ) {
        throw new CommandError(
          'BadValue',
          `The field '${path}' must be an array but is of type ${bsonTypeGroup(current)} in document {_id: ${formatBsonValue(document._id)}}`,
        );
      }
    }
  }
}

function assertPathViable(document: Document, path: string): void {
  const parts = path.split('.');
  for (let i = 1; i < parts.length; i += 1) {
    const prefix = parts.slice(0, i).join('.');
    const value = getPathValue(document, prefix);
    if (value !== undefined && value !== null && !isPlainDocument(value) && !Array.isArray(value)) {
      throw new CommandError(
        'PathNotViable',
        `Cannot create field '${parts[i] ?? ''}' in element {${parts[i - 1] ?? ''}: ${formatBsonValue(value)}}`,
      );
    }
  }
}

/**
 * mingo writes `$push: { f: { $each, $sort, $slice } }` on a missing field without sorting or
 * slicing; starting from an empty array gives MongoDB's result.
 */
function seedPushTargets(document: Document, operators: Document): void {
  const pushes = operators.$push;
  if (!isPlainDocument(pushes)) return;
  for (const [path, argument] of Object.entries(pushes)) {
    if (!isPositional(path) && isOperatorObject(argument) && getPathValue(document, path) === undefined) {
      setPathValue(document, path, []);
    }
  }
}

function applyOperatorUpdate(
  document: Document,
  operators: Document,
  context: UpdateContext,
  inserting: boolean,
): void {
  const { $setOnInsert: setOnInsert, ...rest } = operators;
  const effective: Document = { ...rest };
  if (inserting && isPlainDocument(setOnInsert)) {
    effective.$set = { ...(isPlainDocument(rest.$set) ? rest.$set : {}), ...setOnInsert };
  }
  if (Object.keys(effective).length === 0) return;
  assertApplicable(document, effective);
  seedPushTargets(document, effective);
  if (!inserting && usesMatchedElement(effective)) {
    // `arr.$` needs the filter to find the element that matched, which only mingo's full update() takes;
    // it sets up a query context per call, so plain updates use the operators directly below.
    withMingoErrors(() =>
      applyUpdateWithFilter(document, effective, context.arrayFilters, context.filter, { cloneMode: 'deep' }),
    );
    return;
  }
  for (const [operator, fields] of Object.entries(effective)) {
    const apply = UPDATE_OPERATORS[operator];
    if (!apply) {
      throw new CommandError(
        'FailedToParse',
        `Unknown modifier: ${operator}. Expected a valid update modifier or pipeline-style update specified as an array`,
      );
    }
    withMingoErrors(() => apply(fields as Document, context.arrayFilters)(document));
  }
}

type UpdateOperator = (fields: Document, arrayFilters?: Document[]) => (document: Document) => string[];

/** mingo's update operators by name ($set, $inc, ...). Values they store are copied shallowly, which is safe
 * because stored documents are never changed in place (applyUpdate works on a deep copy). */
const UPDATE_OPERATORS = updateOperators as unknown as Partial<Record<string, UpdateOperator>>;

function usesMatchedElement(operators: Document): boolean {
  return Object.values(operators).some(
    (fields) => isPlainDocument(fields) && Object.keys(fields).some((path) => path.split('.').includes('$')),
  );
}

function immutableIdError(): CommandError {
  return new CommandError(
    'ImmutableField',
    "Performing an update on the path '_id' would modify the immutable field '_id'",
  );
}

/**
 * The updated copy of `original`, or undefined when the update changes nothing (mongod's nModified
 * counts only real changes). `original` itself is never touched.
 */
export function applyUpdate(original: Document, spec: UpdateSpec, context: UpdateContext): Document | undefined {
  let next: Document;
  if (spec.kind === 'replacement') {
    const { _id: replacementId, ...fields } = cloneValue(spec.replacement);
    if (replacementId !== undefined && encodeKey(replacementId) !== encodeKey(original._id)) {
      throw new CommandError(
        'ImmutableField',
        `After applying the update, the (immutable) field '_id' was found to have been altered to _id: ${formatBsonValue(replacementId)}`,
      );
    }
    next = { _id: original._id, ...fields };
  } else if (spec.kind === 'pipeline') {
    next = runPipeline([cloneValue(original)], spec.stages, context.scope)[0] ?? {};
  } else {
    next = cloneValue(original);
    applyOperatorUpdate(next, spec.operators, context, false);
  }
  if (encodeKey(next._id) !== encodeKey(original._id)) throw immutableIdError();
  return encodeKey(next) === encodeKey(original) ? undefined : withIdFirst(next);
}

/** The document an upsert inserts: the filter's equality fields, then the update (with `$setOnInsert`). */
export function buildUpsertDocument(spec: UpdateSpec, context: UpdateContext): Document {
  const seed = upsertSeed(context.filter);
  let document: Document;
  if (spec.kind === 'replacement') {
    document = { ...cloneValue(spec.replacement) };
    document._id ??= seed._id;
  } else if (spec.kind === 'pipeline') {
    document = runPipeline([seed], spec.stages, context.scope)[0] ?? {};
  } else {
    document = seed;
    applyOperatorUpdate(document, spec.operators, context, true);
  }
  if (seed._id !== undefined && encodeKey(document._id) !== encodeKey(seed._id)) throw immutableIdError();
  document._id ??= new ObjectId();
  return withIdFirst(document);
}

/** The fields a filter fixes by equality (`{ a: 1 }`, `{ a: { $eq: 1 } }`, inside `$and`), which an upsert inherits. */
function upsertSeed(filter: Document): Document {
  const seed: Document = {};
  const visit = (conjunction: Document): void => {
    for (const [key, value] of Object.entries(conjunction)) {
      if (key === '$and' && Array.isArray(value)) {
        for (const clause of value) if (isPlainDocument(clause)) visit(clause);
      } else if (!key.startsWith('$') && !(value instanceof RegExp)) {
        if (!isOperatorObject(value)) setPathValue(seed, key, cloneValue(value));
        else if ('$eq' in value && !isOperatorObject(value.$eq)) setPathValue(seed, key, cloneValue(value.$eq));
      }
    }
  };
  visit(filter);
  return seed;
}
