/**
 * MongoDB's query language (find filters, update and delete selectors, `$match`, `$pull` conditions,
 * `arrayFilters`), evaluated over BSON values with MongoDB's rules: dotted paths that descend into
 * arrays, array fields that match through any element, comparisons only within one type bracket,
 * numbers of every width compared exactly, strings compared by the statement's collation.
 * https://www.mongodb.com/docs/manual/reference/operator/query/
 */
import { Binary } from 'bson';
import { numberType, numberValue } from '../bson-numbers.js';
import { bsonTypeAlias, bsonTypeGroup, compareBsonValues, type StringComparator } from '../bson-value.js';
import { CommandError, notImplemented } from '../command-error.js';
import type { Collation } from '../collation.js';
import { isPlainDocument, type Document } from '../document.js';
import { formatBsonValue } from '../format-bson-value.js';

export interface MatchOptions {
  readonly collation?: Collation | undefined;
  /** Compiles a `$expr` expression into a test; without it `$expr` is refused. */
  readonly compileExpression?: ((expression: unknown) => (document: Document) => boolean) | undefined;
}

export interface Matcher {
  test(document: Document): boolean;
  /**
   * The position of the array element through which the document matched, which the positional `$`
   * of updates and projections stands for; undefined when no array was matched through.
   */
  matchedPosition(document: Document): number | undefined;
}

interface MatchDetails {
  position: number | undefined;
}

type Predicate = (document: unknown, details: MatchDetails | undefined) => boolean;

/** A value a path reaches: the value itself, or (`expanded`) one element of an array at the end of the path. */
interface Candidate {
  readonly value: unknown;
  readonly expanded: boolean;
  /** Index in the first array the path went through, for positional `$`. */
  readonly position: number | undefined;
}

type CandidateTest = (candidates: readonly Candidate[], details: MatchDetails | undefined) => boolean;

interface CompileContext {
  readonly compare: (left: unknown, right: unknown) => number;
  readonly options: MatchOptions;
}

const UNSUPPORTED = new Map<string, string>([
  ['$where', 'query operator $where (server-side JavaScript)'],
  ['$text', 'query operator $text (text search)'],
  ['$jsonSchema', 'query operator $jsonSchema'],
  ['$sampleRate', 'query operator $sampleRate'],
  ['$near', 'query operator $near (geospatial)'],
  ['$nearSphere', 'query operator $nearSphere (geospatial)'],
  ['$geoWithin', 'query operator $geoWithin (geospatial)'],
  ['$geoIntersects', 'query operator $geoIntersects (geospatial)'],
  ['$within', 'query operator $within (geospatial)'],
]);

/** Operators that apply to a field (`{ f: { $gt: 1 } }`); `$elemMatch` with one of these first matches values. */
const FIELD_OPERATORS = new Set([
  '$eq',
  '$ne',
  '$gt',
  '$gte',
  '$lt',
  '$lte',
  '$in',
  '$nin',
  '$exists',
  '$type',
  '$size',
  '$all',
  '$elemMatch',
  '$not',
  '$regex',
  '$options',
  '$mod',
  '$bitsAllSet',
  '$bitsAnySet',
  '$bitsAllClear',
  '$bitsAnyClear',
  '$near',
  '$nearSphere',
  '$geoWithin',
  '$geoIntersects',
  '$within',
]);

const TYPE_CODES = new Map<number, string>([
  [1, 'double'],
  [2, 'string'],
  [3, 'object'],
  [4, 'array'],
  [5, 'binData'],
  [6, 'undefined'],
  [7, 'objectId'],
  [8, 'bool'],
  [9, 'date'],
  [10, 'null'],
  [11, 'regex'],
  [12, 'dbPointer'],
  [13, 'javascript'],
  [14, 'symbol'],
  [15, 'javascriptWithScope'],
  [16, 'int'],
  [17, 'timestamp'],
  [18, 'long'],
  [19, 'decimal'],
  [-1, 'minKey'],
  [127, 'maxKey'],
]);
const TYPE_NAMES = new Set([...TYPE_CODES.values(), 'number']);

function badValue(message: string): CommandError {
  return new CommandError('BadValue', message);
}

const isArrayIndex = (part: string): boolean => /^\d+$/.test(part);

/** Every value `parts` reaches in `value`, with MongoDB's array traversal. */
function collectCandidates(
  value: unknown,
  parts: readonly string[],
  index: number,
  position: number | undefined,
  out: Candidate[],
): void {
  if (index === parts.length) {
    out.push({ value, expanded: false, position });
    if (Array.isArray(value)) {
      value.forEach((item: unknown, i) => out.push({ value: item, expanded: true, position: position ?? i }));
    }
    return;
  }
  const part = parts[index] ?? '';
  if (isPlainDocument(value)) {
    collectCandidates(value[part], parts, index + 1, position, out);
    return;
  }
  if (!Array.isArray(value)) {
    out.push({ value: undefined, expanded: false, position });
    return;
  }
  const before = out.length;
  if (isArrayIndex(part)) collectCandidates(value[Number(part)], parts, index + 1, position, out);
  value.forEach((item: unknown, i) => {
    if (isPlainDocument(item)) collectCandidates(item[part], parts, index + 1, position ?? i, out);
  });
  if (out.length === before) out.push({ value: undefined, expanded: false, position });
}

function candidatesOf(document: unknown, parts: readonly string[]): Candidate[] {
  if (parts.length === 1 && isPlainDocument(document)) {
    const value = document[parts[0] ?? ''];
    if (!Array.isArray(value)) return [{ value, expanded: false, position: undefined }];
  }
  const out: Candidate[] = [];
  collectCandidates(document, parts, 0, undefined, out);
  return out;
}

/** A test on every candidate, including array elements; records the position of the first that passes. */
function anyValue(test: (value: unknown) => boolean): CandidateTest {
  return (candidates, details) => {
    for (const candidate of candidates) {
      if (test(candidate.value)) {
        if (details && candidate.position !== undefined) details.position = candidate.position;
        return true;
      }
    }
    return false;
  };
}

function isNaNValue(value: unknown): boolean {
  return numberType(value) !== undefined && Number.isNaN(numberValue(value));
}

function equalityTest(target: unknown, context: CompileContext): (value: unknown) => boolean {
  if (target instanceof RegExp || bsonTypeGroup(target) === 'regex') {
    const regex = toRegExp(target);
    return (value) =>
      (typeof value === 'string' && regex.test(value)) ||
      (bsonTypeGroup(value) === 'regex' && sameRegex(value, target));
  }
  if (target === null) return (value) => value === undefined || value === null;
  const targetGroup = bsonTypeGroup(target);
  return (value) => value !== undefined && bsonTypeGroup(value) === targetGroup && context.compare(value, target) === 0;
}

function sameRegex(left: unknown, right: unknown): boolean {
  const describe = (value: unknown): string => {
    const regex = value as { source?: unknown; pattern?: unknown; flags?: unknown; options?: unknown };
    return `${String(regex.source ?? regex.pattern)}/${String(regex.flags ?? regex.options)}`;
  };
  return describe(left) === describe(right);
}

function comparisonTest(operator: string, target: unknown, context: CompileContext): (value: unknown) => boolean {
  const inclusive = operator === '$gte' || operator === '$lte';
  const sign = operator === '$gt' || operator === '$gte' ? 1 : -1;
  const targetGroup = bsonTypeGroup(target);
  if (target instanceof RegExp) throw badValue(`Can't have RegEx as arg to predicate over field.`);
  if (target === null) return (value) => inclusive && (value === undefined || value === null);
  const targetNaN = isNaNValue(target);
  return (value) => {
    if (value === undefined) return false;
    const group = bsonTypeGroup(value);
    const bracketed = targetGroup !== 'minKey' && targetGroup !== 'maxKey';
    if (bracketed && group !== targetGroup) return false;
    if (targetNaN || isNaNValue(value)) return inclusive && targetNaN && isNaNValue(value);
    const order = context.compare(value, target) * sign;
    return inclusive ? order >= 0 : order > 0;
  };
}

function extendedPattern(source: string): string {
  return source.replace(/\\.|\[(?:\\.|[^\]])*\]|#[^\n]*|\s+/g, (token) =>
    token.startsWith('\\') || token.startsWith('[') ? token : '',
  );
}

/** A JS RegExp for a BSON regex or a `$regex` pattern with `$options` (i, m, s, x). */
function toRegExp(pattern: unknown, options = ''): RegExp {
  let source: string;
  let flags: string;
  if (pattern instanceof RegExp) {
    source = pattern.source;
    flags = pattern.flags;
  } else if (typeof pattern === 'string') {
    source = pattern;
    flags = '';
  } else if (bsonTypeGroup(pattern) === 'regex') {
    const regex = pattern as { pattern: string; options: string };
    source = regex.pattern;
    flags = regex.options;
  } else {
    throw badValue('$regex has to be a string');
  }
  let jsFlags = '';
  for (const flag of `${flags}${options}`) {
    if (flag === 'x') source = extendedPattern(source);
    else if ('imsu'.includes(flag)) jsFlags += jsFlags.includes(flag) ? '' : flag;
    else if (flag !== 'g' && flag !== 'l') throw new CommandError('BadValue', `invalid flag in regex options: ${flag}`);
  }
  try {
    return new RegExp(source, jsFlags);
  } catch (error) {
    throw badValue(`Regular expression is invalid: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function typeTest(argument: unknown): (value: unknown) => boolean {
  const wanted = (Array.isArray(argument) ? argument : [argument]).map((type) => {
    if (typeof type === 'string') {
      if (!TYPE_NAMES.has(type)) throw badValue(`Unknown type name alias: ${type}`);
      return type;
    }
    if (numberType(type) !== undefined) {
      const name = TYPE_CODES.get(numberValue(type));
      if (name === undefined) throw badValue(`Invalid numerical type code: ${formatBsonValue(type)}`);
      return name;
    }
    throw new CommandError('TypeMismatch', 'type must be represented as a number or a string');
  });
  return (value) => {
    if (value === undefined) return false;
    const alias = bsonTypeAlias(value);
    return wanted.some((type) => type === alias || (type === 'number' && numberType(value) !== undefined));
  };
}

function modTest(argument: unknown): (value: unknown) => boolean {
  if (!Array.isArray(argument)) throw badValue('malformed mod, needs to be an array');
  if (argument.length < 2) throw badValue('malformed mod, not enough elements');
  if (argument.length > 2) throw badValue('malformed mod, too many elements');
  const [divisorValue, remainderValue] = argument as [unknown, unknown];
  if (numberType(divisorValue) === undefined || numberType(remainderValue) === undefined) {
    throw badValue('malformed mod, divisor and remainder must be numbers');
  }
  const divisor = BigInt(Math.trunc(numberValue(divisorValue)));
  const remainder = BigInt(Math.trunc(numberValue(remainderValue)));
  if (divisor === 0n) throw badValue('divisor cannot be 0');
  return (value) => {
    if (numberType(value) === undefined) return false;
    const number = typeof value === 'bigint' ? value : numberValue(value);
    if (typeof number === 'number' && !Number.isFinite(number)) return false;
    return BigInt(typeof number === 'bigint' ? number : Math.trunc(number)) % divisor === remainder;
  };
}

function bitMask(argument: unknown): bigint {
  if (Array.isArray(argument)) {
    return argument.reduce<bigint>((mask, position) => {
      if (numberType(position) === undefined || numberValue(position) < 0) {
        throw badValue('bit positions must be non-negative integers');
      }
      return mask | (1n << BigInt(numberValue(position)));
    }, 0n);
  }
  if (argument instanceof Binary) {
    let mask = 0n;
    Buffer.from(argument.buffer).forEach((byte, i) => {
      mask |= BigInt(byte) << BigInt(8 * i);
    });
    return mask;
  }
  if (numberType(argument) !== undefined && Number.isInteger(numberValue(argument)) && numberValue(argument) >= 0) {
    return typeof argument === 'bigint' ? argument : BigInt(numberValue(argument));
  }
  throw badValue('bitmask must be a non-negative integer, an array of bit positions or BinData');
}

function bitsTest(operator: string, argument: unknown): (value: unknown) => boolean {
  const mask = bitMask(argument);
  return (value) => {
    let bits: bigint;
    if (value instanceof Binary) {
      bits = bitMask(value);
    } else if (numberType(value) !== undefined) {
      const number = typeof value === 'bigint' ? value : numberValue(value);
      if (typeof number === 'number' && !Number.isInteger(number)) return false;
      bits = BigInt.asUintN(64, BigInt(number));
    } else {
      return false;
    }
    switch (operator) {
      case '$bitsAllSet':
        return (bits & mask) === mask;
      case '$bitsAnySet':
        return (bits & mask) !== 0n;
      case '$bitsAllClear':
        return (bits & mask) === 0n;
      default:
        return (bits & mask) !== mask;
    }
  };
}

function inTest(argument: unknown, context: CompileContext, operator: string): (value: unknown) => boolean {
  if (!Array.isArray(argument)) throw badValue(`${operator} needs an array`);
  const tests = argument.map((item: unknown) => {
    if (isPlainDocument(item) && Object.keys(item)[0]?.startsWith('$')) {
      throw badValue(`cannot nest $ under ${operator}`);
    }
    return equalityTest(item, context);
  });
  return (value) => tests.some((test) => test(value));
}

function negate(test: CandidateTest): CandidateTest {
  return (candidates) => !test(candidates, undefined);
}

function elemMatchTest(argument: unknown, context: CompileContext): CandidateTest {
  if (!isPlainDocument(argument)) throw badValue('$elemMatch needs an Object');
  const firstKey = Object.keys(argument)[0];
  const valueMode = firstKey !== undefined && FIELD_OPERATORS.has(firstKey);
  const elementTest: (element: unknown) => boolean = valueMode
    ? ((): ((element: unknown) => boolean) => {
        const test = compileOperators(argument, context);
        return (element) => test([{ value: element, expanded: false, position: undefined }], undefined);
      })()
    : ((): ((element: unknown) => boolean) => {
        const predicate = compileDocument(argument, context);
        return (element) => (isPlainDocument(element) || Array.isArray(element)) && predicate(element, undefined);
      })();
  return (candidates, details) => {
    for (const candidate of candidates) {
      if (candidate.expanded || !Array.isArray(candidate.value)) continue;
      const index = candidate.value.findIndex((element: unknown) => elementTest(element));
      if (index >= 0) {
        if (details) details.position = candidate.position ?? index;
        return true;
      }
    }
    return false;
  };
}

function allTest(argument: unknown, context: CompileContext): CandidateTest {
  if (!Array.isArray(argument)) throw badValue('$all needs an array');
  if (argument.length === 0) return () => false;
  const tests = argument.map((item: unknown): CandidateTest => {
    if (isPlainDocument(item) && Object.keys(item)[0] === '$elemMatch') return elemMatchTest(item.$elemMatch, context);
    if (isPlainDocument(item) && Object.keys(item)[0]?.startsWith('$')) throw badValue('no $ expressions in $all');
    return anyValue(equalityTest(item, context));
  });
  return (candidates, details) => tests.every((test) => test(candidates, details));
}

/** `{ $gt: 1, $lt: 5 }`, `{ $regex, $options }`, `{ $not: ... }`: every operator must hold. */
function compileOperators(operators: Document, context: CompileContext): CandidateTest {
  const tests: CandidateTest[] = [];
  for (const [operator, argument] of Object.entries(operators)) {
    const unsupported = UNSUPPORTED.get(operator);
    if (unsupported !== undefined) throw notImplemented(unsupported);
    tests.push(compileOperator(operator, argument, operators, context));
  }
  if (tests.length === 1 && tests[0]) return tests[0];
  return (candidates, details) => tests.every((test) => test(candidates, details));
}

function compileOperator(
  operator: string,
  argument: unknown,
  operators: Document,
  context: CompileContext,
): CandidateTest {
  switch (operator) {
    case '$eq':
    case '$ne': {
      // Unlike `{ f: /re/ }`, `$eq: /re/` matches only an identical regex, not the strings it describes.
      const test =
        bsonTypeGroup(argument) === 'regex'
          ? (value: unknown) => bsonTypeGroup(value) === 'regex' && sameRegex(value, argument)
          : equalityTest(argument, context);
      return operator === '$eq' ? anyValue(test) : negate(anyValue(test));
    }
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte':
      return anyValue(comparisonTest(operator, argument, context));
    case '$in':
      return anyValue(inTest(argument, context, '$in'));
    case '$nin':
      return negate(anyValue(inTest(argument, context, '$nin')));
    case '$exists': {
      const wanted = argument !== false && argument !== null && !(numberType(argument) && numberValue(argument) === 0);
      return (candidates) => candidates.some((c) => !c.expanded && c.value !== undefined) === wanted;
    }
    case '$type':
      return anyValue(typeTest(argument));
    case '$size': {
      if (numberType(argument) === undefined || !Number.isInteger(numberValue(argument))) {
        throw badValue(`Failed to parse $size. Expected an integer in: $size: ${formatBsonValue(argument)}`);
      }
      const size = numberValue(argument);
      return (candidates) => candidates.some((c) => !c.expanded && Array.isArray(c.value) && c.value.length === size);
    }
    case '$all':
      return allTest(argument, context);
    case '$elemMatch':
      return elemMatchTest(argument, context);
    case '$not': {
      if (argument instanceof RegExp || bsonTypeGroup(argument) === 'regex') {
        return negate(anyValue(equalityTest(argument, context)));
      }
      if (!isPlainDocument(argument)) throw badValue('$not needs a regex or a document');
      if (Object.keys(argument).length === 0) throw badValue('$not cannot be empty');
      return negate(compileOperators(argument, context));
    }
    case '$regex': {
      const options = operators.$options;
      if (options !== undefined && typeof options !== 'string') throw badValue('$options has to be a string');
      const regex = toRegExp(argument, options ?? '');
      return anyValue((value) => typeof value === 'string' && regex.test(value));
    }
    case '$options':
      if (!('$regex' in operators)) throw badValue('$options needs a $regex');
      return () => true;
    case '$mod':
      return anyValue(modTest(argument));
    case '$bitsAllSet':
    case '$bitsAnySet':
    case '$bitsAllClear':
    case '$bitsAnyClear':
      return anyValue(bitsTest(operator, argument));
    case '$comment':
      return () => true;
    default:
      throw badValue(`unknown operator: ${operator}`);
  }
}

function compileField(path: string, value: unknown, context: CompileContext): Predicate {
  const parts = path.split('.');
  let test: CandidateTest;
  if (isPlainDocument(value) && Object.keys(value)[0]?.startsWith('$') && !('$ref' in value && '$id' in value)) {
    test = compileOperators(value, context);
  } else {
    test = anyValue(equalityTest(value, context));
  }
  return (document, details) => test(candidatesOf(document, parts), details);
}

function clauses(operator: string, value: unknown, context: CompileContext): Predicate[] {
  if (!Array.isArray(value)) throw badValue(`${operator} must be an array`);
  if (value.length === 0) throw badValue('$and/$or/$nor must be a nonempty array');
  return value.map((clause: unknown) => {
    if (!isPlainDocument(clause)) throw badValue(`$or/$and/$nor entries need to be full objects`);
    return compileDocument(clause, context);
  });
}

function compileDocument(filter: Document, context: CompileContext): Predicate {
  const predicates: Predicate[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (!key.startsWith('$')) {
      predicates.push(compileField(key, value, context));
      continue;
    }
    const unsupported = UNSUPPORTED.get(key);
    if (unsupported !== undefined) throw notImplemented(unsupported);
    switch (key) {
      case '$and': {
        const children = clauses(key, value, context);
        predicates.push((document, details) => children.every((child) => child(document, details)));
        break;
      }
      case '$or': {
        const children = clauses(key, value, context);
        predicates.push((document) => children.some((child) => child(document, undefined)));
        break;
      }
      case '$nor': {
        const children = clauses(key, value, context);
        predicates.push((document) => !children.some((child) => child(document, undefined)));
        break;
      }
      case '$expr': {
        const compile = context.options.compileExpression;
        if (!compile) throw notImplemented('$expr here');
        const test = compile(value);
        predicates.push((document) => isPlainDocument(document) && test(document));
        break;
      }
      case '$comment':
        break;
      case '$alwaysTrue':
      case '$alwaysFalse': {
        if (numberType(value) === undefined || numberValue(value) !== 1)
          throw badValue(`${key} must be an integer value of 1`);
        const result = key === '$alwaysTrue';
        predicates.push(() => result);
        break;
      }
      default:
        throw badValue(
          `unknown top level operator: ${key}. If you are trying to use a field name starting with '$', please use $getField.`,
        );
    }
  }
  if (predicates.length === 1 && predicates[0]) return predicates[0];
  return (document, details) => predicates.every((predicate) => predicate(document, details));
}

/** Compiles a filter once; the result tests any number of documents. Throws MongoDB's errors for bad filters. */
export function compileMatcher(filter: Document, options: MatchOptions = {}): Matcher {
  const collation = options.collation;
  const compareStrings: StringComparator | undefined = collation ? collation.compareStrings : undefined;
  const context: CompileContext = {
    compare: (left, right) => compareBsonValues(left, right, compareStrings),
    options,
  };
  const predicate = compileDocument(filter, context);
  return {
    test: (document) => predicate(document, undefined),
    matchedPosition: (document) => {
      const details: MatchDetails = { position: undefined };
      return predicate(document, details) ? details.position : undefined;
    },
  };
}

/** Tests one value against a `$pull`-style condition on the value itself (`{ $gte: 3 }`, a regex). */
export function compileValueCondition(condition: unknown, options: MatchOptions = {}): (value: unknown) => boolean {
  const matcher = compileMatcher({ value: condition }, options);
  return (value) => matcher.test({ value });
}
