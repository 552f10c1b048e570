/**
 * What each update operator does to the one value its path reaches: `$set`, `$inc`, `$push`, ... as
 * mongod applies them, with its type checks and error codes. Each operator is parsed once per
 * statement and then applied to any number of documents.
 * https://www.mongodb.com/docs/manual/reference/operator/update/
 */
import { Timestamp } from 'bson';
import {
  addNumbers,
  bitwiseOperand,
  bitwiseResult,
  multiplyNumbers,
  numberType,
  numberValue,
  zeroLike,
} from '../bson-numbers.js';
import { bsonIdentical, bsonTypeAlias, compareBsonValues } from '../bson-value.js';
import { CommandError } from '../command-error.js';
import { cloneValue, collectPathValues, isPlainDocument, type Document } from '../document.js';
import { formatBsonValue } from '../format-bson-value.js';
import { compileMatcher, compileValueCondition, type MatchOptions } from './filter-matcher.js';

/** A leaf's answer: the new value, or that the field goes away, or that nothing changes. */
export const UNSET = Symbol('unset');
export const UNCHANGED = Symbol('unchanged');
export type LeafResult = unknown;

export interface LeafContext {
  /** The document as it was before this update, for `$rename` and error messages. */
  readonly original: Document;
  readonly inserting: boolean;
  readonly now: Date;
  readonly compare: (left: unknown, right: unknown) => number;
}

export interface LeafOperation {
  readonly operator: string;
  /** Whether the operator creates its field (and the documents on the way) when missing. */
  readonly creates: boolean;
  apply(current: unknown, path: string, context: LeafContext): LeafResult;
}

function idOf(context: LeafContext): string {
  return `{_id: ${formatBsonValue(context.original._id)}}`;
}

function typeMismatch(message: string): CommandError {
  return new CommandError('TypeMismatch', message);
}

function parseArithmetic(operator: '$inc' | '$mul', path: string, argument: unknown): LeafOperation {
  const verb = operator === '$inc' ? 'increment' : 'multiply';
  if (numberType(argument) === undefined) {
    throw typeMismatch(`Cannot ${verb} with non-numeric argument: {${path}: ${formatBsonValue(argument)}}`);
  }
  return {
    operator,
    creates: true,
    apply: (current, fieldPath, context) => {
      if (current === undefined) return operator === '$inc' ? argument : zeroLike(argument);
      if (numberType(current) === undefined) {
        throw typeMismatch(
          `Cannot apply ${operator} to a value of non-numeric type. ${idOf(context)} has the field '${fieldPath.split('.').pop() ?? fieldPath}' of non-numeric type ${bsonTypeAlias(current)}`,
        );
      }
      const result = operator === '$inc' ? addNumbers(current, argument) : multiplyNumbers(current, argument);
      if (result === undefined) {
        throw new CommandError(
          'BadValue',
          `Failed to apply ${operator} operations to current value ((NumberLong)${formatBsonValue(current)}) for document ${idOf(context)}`,
        );
      }
      return bsonIdentical(result, current) ? UNCHANGED : result;
    },
  };
}

function parseMinMax(operator: '$min' | '$max', argument: unknown): LeafOperation {
  const sign = operator === '$min' ? -1 : 1;
  return {
    operator,
    creates: true,
    apply: (current, _path, context) => {
      if (current === undefined) return cloneValue(argument);
      return context.compare(argument, current) * sign > 0 ? cloneValue(argument) : UNCHANGED;
    },
  };
}

function parseCurrentDate(path: string, argument: unknown): LeafOperation {
  let timestamp = false;
  if (isPlainDocument(argument)) {
    const type = argument.$type;
    if (Object.keys(argument).length !== 1 || (type !== 'date' && type !== 'timestamp')) {
      throw new CommandError(
        'BadValue',
        `The '$type' string field is required to be 'date' or 'timestamp': {$currentDate: {field : {$type: 'date'}}}`,
      );
    }
    timestamp = type === 'timestamp';
  } else if (typeof argument !== 'boolean') {
    throw new CommandError(
      'BadValue',
      `${formatBsonValue(argument)} is not valid type for $currentDate. Please use a boolean ('true') or a $type expression ({$type: 'timestamp/date'}) for '${path}'.`,
    );
  }
  return {
    operator: '$currentDate',
    creates: true,
    apply: (_current, _path, context) =>
      timestamp
        ? new Timestamp({ t: Math.floor(context.now.getTime() / 1000), i: 1 })
        : new Date(context.now.getTime()),
  };
}

function arrayAt(current: unknown, operator: string, path: string, context: LeafContext): unknown[] {
  if (Array.isArray(current)) return current;
  if (operator === '$addToSet') {
    throw new CommandError(
      'BadValue',
      `Cannot apply $addToSet to non-array field. Field named '${path.split('.').pop() ?? path}' has non-array type ${bsonTypeAlias(current)}`,
    );
  }
  throw new CommandError(
    'BadValue',
    `The field '${path}' must be an array but is of type ${bsonTypeAlias(current)} in document ${idOf(context)}`,
  );
}

const PUSH_MODIFIERS = new Set(['$each', '$slice', '$sort', '$position']);

function integerArgument(name: string, value: unknown): number {
  if (numberType(value) === undefined || !Number.isInteger(numberValue(value))) {
    throw new CommandError(
      'BadValue',
      `The value for ${name} must be an integer value but was given type: ${bsonTypeAlias(value)}`,
    );
  }
  return numberValue(value);
}

type ElementOrder = (left: unknown, right: unknown) => number;

function parsePushSort(spec: unknown, compare: (left: unknown, right: unknown) => number): ElementOrder {
  if (numberType(spec) !== undefined && Math.abs(numberValue(spec)) === 1) {
    const direction = numberValue(spec);
    return (left, right) => compare(left, right) * direction;
  }
  if (!isPlainDocument(spec) || Object.keys(spec).length === 0) {
    throw new CommandError(
      'BadValue',
      'The $sort is invalid: use 1/-1 to sort the whole element, or {field:1/-1} to sort embedded fields',
    );
  }
  const keys = Object.entries(spec).map(([field, direction]) => {
    if (numberType(direction) === undefined || Math.abs(numberValue(direction)) !== 1) {
      throw new CommandError('BadValue', 'The $sort element value must be either 1 or -1');
    }
    return { field, direction: numberValue(direction) };
  });
  const valueAt = (element: unknown, field: string): unknown => {
    const values = collectPathValues(element, field);
    return values.length === 0 ? null : values.length === 1 ? values[0] : values;
  };
  return (left, right) => {
    for (const { field, direction } of keys) {
      const order = compare(valueAt(left, field), valueAt(right, field)) * direction;
      if (order !== 0) return order;
    }
    return 0;
  };
}

function parsePush(path: string, argument: unknown, compare: (left: unknown, right: unknown) => number): LeafOperation {
  let each: unknown[] = [argument];
  let position: number | undefined;
  let slice: number | undefined;
  let order: ElementOrder | undefined;
  if (isPlainDocument(argument) && '$each' in argument) {
    for (const key of Object.keys(argument)) {
      if (!PUSH_MODIFIERS.has(key)) throw new CommandError('BadValue', `Unrecognized clause in $push: ${key}`);
    }
    if (!Array.isArray(argument.$each)) {
      throw new CommandError(
        'BadValue',
        `The argument to $each in $push must be an array but it was of type: ${bsonTypeAlias(argument.$each)}`,
      );
    }
    each = argument.$each;
    if (argument.$position !== undefined) position = integerArgument('$position', argument.$position);
    if (argument.$slice !== undefined) slice = integerArgument('$slice', argument.$slice);
    if (argument.$sort !== undefined) order = parsePushSort(argument.$sort, compare);
  }
  return {
    operator: '$push',
    creates: true,
    apply: (current, fieldPath, context) => {
      const array = current === undefined ? [] : [...arrayAt(current, '$push', fieldPath, context)];
      const values = each.map((value) => cloneValue(value));
      const at =
        position === undefined
          ? array.length
          : position < 0
            ? Math.max(array.length + position, 0)
            : Math.min(position, array.length);
      array.splice(at, 0, ...values);
      if (order) {
        const compareElements = order;
        array.sort(compareElements);
      }
      const result = slice === undefined ? array : slice >= 0 ? array.slice(0, slice) : array.slice(slice);
      return current !== undefined && bsonIdentical(result, current) ? UNCHANGED : result;
    },
  };
}

function parseAddToSet(argument: unknown): LeafOperation {
  let values: unknown[] = [argument];
  if (isPlainDocument(argument) && Object.keys(argument)[0] === '$each') {
    if (!Array.isArray(argument.$each)) {
      throw new CommandError(
        'TypeMismatch',
        `The argument to $each in $addToSet must be an array but it was of type ${bsonTypeAlias(argument.$each)}`,
      );
    }
    values = argument.$each;
  }
  return {
    operator: '$addToSet',
    creates: true,
    apply: (current, path, context) => {
      const array = current === undefined ? [] : [...arrayAt(current, '$addToSet', path, context)];
      let added = current === undefined;
      for (const value of values) {
        if (array.some((existing) => context.compare(existing, value) === 0)) continue;
        array.push(cloneValue(value));
        added = true;
      }
      return added ? array : UNCHANGED;
    },
  };
}

function parsePop(argument: unknown): LeafOperation {
  const direction = numberType(argument) === undefined ? Number.NaN : numberValue(argument);
  if (direction !== 1 && direction !== -1) {
    throw new CommandError('FailedToParse', `$pop expects 1 or -1, found: ${formatBsonValue(argument)}`);
  }
  return {
    operator: '$pop',
    creates: false,
    apply: (current, path) => {
      if (current === undefined) return UNCHANGED;
      if (!Array.isArray(current)) {
        throw typeMismatch(`Path '${path}' contains an element of non-array type '${bsonTypeAlias(current)}'`);
      }
      const array: unknown[] = current;
      if (array.length === 0) return UNCHANGED;
      return direction === 1 ? array.slice(0, -1) : array.slice(1);
    },
  };
}

/**
 * `$pull`'s three kinds of condition, as mongod tells them apart: a document that is a query on
 * document elements (`{ k: 'x' }`, `{ $or: [...] }`), an operator condition or regex on the element
 * itself (`{ $gte: 3 }`, `/^a/`), or a plain value compared for equality.
 */
function pullCondition(argument: unknown, options: MatchOptions): (element: unknown) => boolean {
  if (isPlainDocument(argument)) {
    const firstKey = Object.keys(argument)[0];
    const onElement =
      firstKey !== undefined && firstKey.startsWith('$') && !['$and', '$or', '$nor', '$expr'].includes(firstKey);
    if (onElement) return compileValueCondition(argument, options);
    const matcher = compileMatcher(argument, options);
    return (element) => isPlainDocument(element) && matcher.test(element);
  }
  if (argument instanceof RegExp) return compileValueCondition(argument, options);
  const compare = options.collation
    ? (left: unknown, right: unknown) => compareBsonValues(left, right, options.collation?.compareStrings)
    : compareBsonValues;
  return (element) => compare(element, argument) === 0;
}

function parsePull(operator: '$pull' | '$pullAll', argument: unknown, options: MatchOptions): LeafOperation {
  let matches: (element: unknown) => boolean;
  if (operator === '$pullAll') {
    if (!Array.isArray(argument)) {
      throw new CommandError(
        'BadValue',
        `$pullAll requires an array argument but was given a ${bsonTypeAlias(argument)}`,
      );
    }
    const compare = (left: unknown, right: unknown): number =>
      compareBsonValues(left, right, options.collation?.compareStrings);
    matches = (element) => argument.some((value: unknown) => compare(element, value) === 0);
  } else {
    matches = pullCondition(argument, options);
  }
  return {
    operator,
    creates: false,
    apply: (current) => {
      if (current === undefined) return UNCHANGED;
      if (!Array.isArray(current)) throw new CommandError('BadValue', 'Cannot apply $pull to a non-array value');
      const kept = current.filter((element: unknown) => !matches(element));
      return kept.length === current.length ? UNCHANGED : kept;
    },
  };
}

function parseBit(path: string, argument: unknown): LeafOperation {
  if (!isPlainDocument(argument) || Object.keys(argument).length === 0) {
    throw new CommandError(
      'BadValue',
      `The $bit modifier is not compatible with a ${bsonTypeAlias(argument)}. You must pass in an embedded document: {$bit: {field: {and/or/xor: #}}`,
    );
  }
  const operations = Object.entries(argument).map(([name, operand]) => {
    if (name !== 'and' && name !== 'or' && name !== 'xor') {
      throw new CommandError(
        'BadValue',
        `The $bit modifier only supports 'and', 'or', and 'xor', not '${name}' which is an unknown operator: {${name}: ${formatBsonValue(operand)}}`,
      );
    }
    const value = bitwiseOperand(operand);
    if (value === undefined) {
      throw new CommandError(
        'BadValue',
        `The $bit modifier field must be an Integer(32/64 bit); a '${bsonTypeAlias(operand)}' is not supported here: {${name}: ${formatBsonValue(operand)}}`,
      );
    }
    return { name, value, type: numberType(operand) as 'int' | 'long' };
  });
  return {
    operator: '$bit',
    creates: true,
    apply: (current, fieldPath, context) => {
      const start = current === undefined ? 0 : current;
      let bits = bitwiseOperand(start);
      if (bits === undefined) {
        throw new CommandError(
          'BadValue',
          `Cannot apply $bit to a value of non-integral type.${idOf(context)} has the field ${fieldPath.split('.').pop() ?? path} of non-integer type ${bsonTypeAlias(start)}`,
        );
      }
      let type: 'int' | 'long' = numberType(start) === 'long' ? 'long' : 'int';
      for (const operation of operations) {
        if (operation.type === 'long') type = 'long';
        bits =
          operation.name === 'and'
            ? bits & operation.value
            : operation.name === 'or'
              ? bits | operation.value
              : bits ^ operation.value;
      }
      const result = bitwiseResult(bits, type);
      return current !== undefined && bsonIdentical(result, current) ? UNCHANGED : result;
    },
  };
}

function setOperation(operator: string, argument: unknown): LeafOperation {
  return {
    operator,
    creates: true,
    apply: (current, _path, context) => {
      if (operator === '$setOnInsert' && !context.inserting) return UNCHANGED;
      return current !== undefined && bsonIdentical(current, argument) ? UNCHANGED : cloneValue(argument);
    },
  };
}

/** The value `$rename` moves, read from the document as it was before the update. */
export function renameTarget(sourcePath: string): LeafOperation {
  return {
    operator: '$rename',
    creates: true,
    apply: (_current, _path, context) => {
      let value: unknown = context.original;
      for (const part of sourcePath.split('.')) {
        if (Array.isArray(value)) {
          throw new CommandError(
            'BadValue',
            `The source field cannot be an array element, '${sourcePath}' in doc with ${part} being an array`,
          );
        }
        value = isPlainDocument(value) ? value[part] : undefined;
      }
      return value === undefined ? UNCHANGED : value;
    },
  };
}

export const UNSET_OPERATION: LeafOperation = {
  operator: '$unset',
  creates: false,
  apply: (current) => (current === undefined ? UNCHANGED : UNSET),
};

export interface OperatorOptions {
  readonly matchOptions: MatchOptions;
  readonly compare: (left: unknown, right: unknown) => number;
}

/** Parses one `{ <operator>: { <path>: <argument> } }` entry's argument. */
export function parseLeafOperation(
  operator: string,
  path: string,
  argument: unknown,
  options: OperatorOptions,
): LeafOperation {
  switch (operator) {
    case '$set':
    case '$setOnInsert':
      return setOperation(operator, argument);
    case '$unset':
      return UNSET_OPERATION;
    case '$inc':
    case '$mul':
      return parseArithmetic(operator, path, argument);
    case '$min':
    case '$max':
      return parseMinMax(operator, argument);
    case '$currentDate':
      return parseCurrentDate(path, argument);
    case '$push':
      return parsePush(path, argument, options.compare);
    case '$addToSet':
      return parseAddToSet(argument);
    case '$pop':
      return parsePop(argument);
    case '$pull':
    case '$pullAll':
      return parsePull(operator, argument, options.matchOptions);
    case '$bit':
      return parseBit(path, argument);
    default:
      throw new CommandError(
        'FailedToParse',
        `Unknown modifier: ${operator}. Expected a valid update modifier or pipeline-style update specified as an array`,
      );
  }
}
