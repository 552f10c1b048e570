import { bsonTypeGroup } from '../bson-value.js';
import { isOperatorObject, isPlainDocument, setPathValue, type Document } from '../document.js';

/** What a filter demands of one field, as far as choosing and using an index goes. */
export interface FieldConstraint {
  /** Equality or `$in`: the field takes one of a set of values, so the next index field can be used too. */
  readonly equality: boolean;
  /** Whether an index on the field bounds the scan at all (equality, ranges, regex, `$exists: true`, `$elemMatch`). */
  readonly bounded: boolean;
  /**
   * The exact values to look up in an index's key map, when every matching document must hold one of
   * them as a key. Absent when a lookup could miss matches (null matches missing fields, arrays match
   * whole arrays, a regex matches many strings).
   */
  readonly lookupValues: readonly unknown[] | undefined;
}

/** Operators mongod turns into index bounds (exact or not) without fixing a single value. */
const RANGE_OPERATORS = new Set(['$gt', '$gte', '$lt', '$lte', '$regex', '$elemMatch', '$all', '$ne', '$nin', '$type']);

/** Values an index key map can find: a document matching `{ f: value }` always holds `encodeKey(value)` as a key. */
function isLookupValue(value: unknown): boolean {
  const group = bsonTypeGroup(value);
  return (
    group !== 'null' &&
    group !== 'array' &&
    group !== 'regex' &&
    group !== 'minKey' &&
    group !== 'maxKey' &&
    !isOperatorObject(value)
  );
}

function constraintOfOperators(operators: Document): FieldConstraint | undefined {
  let equality = false;
  let bounded = false;
  let lookupValues: unknown[] | undefined;
  for (const [operator, argument] of Object.entries(operators)) {
    if (operator === '$eq') {
      equality = true;
      bounded = true;
      lookupValues = isLookupValue(argument) ? [argument] : lookupValues;
    } else if (operator === '$in' && Array.isArray(argument)) {
      equality = true;
      bounded = true;
      lookupValues ??= argument.every(isLookupValue) ? argument : undefined;
    } else if (RANGE_OPERATORS.has(operator) || (operator === '$exists' && argument === true)) {
      bounded = true;
    }
  }
  return bounded ? { equality, bounded, lookupValues } : undefined;
}

function constraintOfValue(value: unknown): FieldConstraint | undefined {
  if (value instanceof RegExp) return { equality: false, bounded: true, lookupValues: undefined };
  if (isOperatorObject(value)) return constraintOfOperators(value);
  return { equality: true, bounded: true, lookupValues: isLookupValue(value) ? [value] : undefined };
}

/**
 * The constraints a filter places on its fields through its top-level conjunction (including nested
 * `$and`). `$or`, `$nor` and `$expr` constrain no single field and are left to the matcher.
 */
export function filterConstraints(filter: Document): Map<string, FieldConstraint> {
  const constraints = new Map<string, FieldConstraint>();
  const visit = (conjunction: Document): void => {
    for (const [key, value] of Object.entries(conjunction)) {
      if (key === '$and' && Array.isArray(value)) {
        for (const clause of value) if (isPlainDocument(clause)) visit(clause);
      } else if (!key.startsWith('$')) {
        const constraint = constraintOfValue(value);
        const existing = constraints.get(key);
        if (
          constraint &&
          (!existing || (existing.lookupValues === undefined && constraint.lookupValues !== undefined))
        ) {
          constraints.set(key, constraint);
        }
      }
    }
  };
  visit(filter);
  return constraints;
}

/**
 * A document holding only the filter's lookup-safe equality values, used to test whether a filter
 * implies a partial index's filter: if even this minimal document satisfies it, every match does.
 */
export function equalitySeed(constraints: ReadonlyMap<string, FieldConstraint>): Document {
  const seed: Document = {};
  for (const [path, constraint] of constraints) {
    const [value] = constraint.lookupValues ?? [];
    if (constraint.lookupValues?.length === 1 && value !== undefined) setPathValue(seed, path, value);
  }
  return seed;
}
