import type { Binary, ObjectId } from 'bson';
import { compareNumbers, numberKey, numberType, numberValue } from './bson-numbers.js';
import { isPlainDocument } from './document.js';

/** MongoDB's comparison groups, in the order MongoDB sorts them (numbers of every width form one group). */
export type BsonTypeGroup =
  | 'minKey'
  | 'null'
  | 'number'
  | 'string'
  | 'object'
  | 'array'
  | 'binData'
  | 'objectId'
  | 'bool'
  | 'date'
  | 'timestamp'
  | 'regex'
  | 'maxKey'
  | 'other';

const GROUP_ORDER: Record<BsonTypeGroup, number> = {
  minKey: 0,
  null: 1,
  number: 2,
  string: 3,
  object: 4,
  array: 5,
  binData: 6,
  objectId: 7,
  bool: 8,
  date: 9,
  timestamp: 10,
  regex: 11,
  maxKey: 12,
  other: 13,
};

function bsonTypeName(value: object): string | undefined {
  const name: unknown = (value as { _bsontype?: unknown })._bsontype;
  return typeof name === 'string' ? name : undefined;
}

export function bsonTypeGroup(value: unknown): BsonTypeGroup {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return 'number';
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'object':
      break;
    default:
      return 'other';
  }
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp) return 'regex';
  if (isPlainDocument(value)) return 'object';
  switch (bsonTypeName(value)) {
    case 'ObjectId':
      return 'objectId';
    case 'Long':
    case 'Int32':
    case 'Double':
    case 'Decimal128':
      return 'number';
    case 'Binary':
      return 'binData';
    case 'Timestamp':
      return 'timestamp';
    case 'BSONRegExp':
      return 'regex';
    case 'MinKey':
      return 'minKey';
    case 'MaxKey':
      return 'maxKey';
    case 'BSONSymbol':
      return 'string';
    default:
      return 'other';
  }
}

/** The `$type` name of a value (`int`, `long`, `double`, `decimal`, `string`, `object`, ...). */
export function bsonTypeAlias(value: unknown): string {
  if (value === undefined) return 'missing';
  const type = numberType(value);
  if (type !== undefined) return type;
  const group = bsonTypeGroup(value);
  if (group === 'other') {
    const name = typeof value === 'object' && value !== null ? bsonTypeName(value) : undefined;
    if (name === 'Code') return 'javascript';
    if (name === 'DBRef') return 'object';
    return name?.toLowerCase() ?? 'unknown';
  }
  if (group === 'string' && typeof value !== 'string') return 'symbol';
  return group;
}

/** Numbers of any BSON width as a JS number; wide Long and Decimal128 values lose precision. */
export function toNumber(value: unknown): number {
  return numberValue(value);
}

/** How strings compare: binary by default, or a collation's order. */
export type StringComparator = (left: string, right: string) => number;

function binaryStringOrder(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

/** MongoDB's total order over BSON values: by type group first, then by value within the group. */
export function compareBsonValues(
  left: unknown,
  right: unknown,
  compareStrings: StringComparator = binaryStringOrder,
): number {
  const leftGroup = bsonTypeGroup(left);
  const rightGroup = bsonTypeGroup(right);
  if (leftGroup !== rightGroup) return GROUP_ORDER[leftGroup] - GROUP_ORDER[rightGroup];
  switch (leftGroup) {
    case 'null':
    case 'minKey':
    case 'maxKey':
      return 0;
    case 'number':
      return compareNumbers(left, right);
    case 'string':
      return compareStrings(String(left), String(right));
    case 'bool':
      return Number(left) - Number(right);
    case 'date':
      return Math.sign((left as Date).getTime() - (right as Date).getTime());
    case 'objectId':
      return binaryStringOrder((left as ObjectId).toHexString(), (right as ObjectId).toHexString());
    case 'array':
      return compareArrays(left as unknown[], right as unknown[], compareStrings);
    case 'object':
      return compareDocuments(left as Record<string, unknown>, right as Record<string, unknown>, compareStrings);
    case 'binData':
      return compareBinaries(left as Binary, right as Binary);
    case 'timestamp':
      return compareNumbers(BigInt(String(left)), BigInt(String(right)));
    default:
      return binaryStringOrder(String(left), String(right));
  }
}

function compareArrays(left: unknown[], right: unknown[], compareStrings: StringComparator): number {
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const order = compareBsonValues(left[i], right[i], compareStrings);
    if (order !== 0) return order;
  }
  return Math.sign(left.length - right.length);
}

function compareDocuments(
  left: Record<string, unknown>,
  right: Record<string, unknown>,
  compareStrings: StringComparator,
): number {
  const leftKeys = Object.keys(left);
  const rightKeys = Object.keys(right);
  for (let i = 0; i < Math.min(leftKeys.length, rightKeys.length); i += 1) {
    const leftKey = leftKeys[i] ?? '';
    const rightKey = rightKeys[i] ?? '';
    const typeOrder = GROUP_ORDER[bsonTypeGroup(left[leftKey])] - GROUP_ORDER[bsonTypeGroup(right[rightKey])];
    if (typeOrder !== 0) return typeOrder;
    const keyOrder = binaryStringOrder(leftKey, rightKey);
    if (keyOrder !== 0) return keyOrder;
    const valueOrder = compareBsonValues(left[leftKey], right[rightKey], compareStrings);
    if (valueOrder !== 0) return valueOrder;
  }
  return Math.sign(leftKeys.length - rightKeys.length);
}

function compareBinaries(left: Binary, right: Binary): number {
  const lengthOrder = left.length() - right.length();
  if (lengthOrder !== 0) return Math.sign(lengthOrder);
  const subtypeOrder = left.sub_type - right.sub_type;
  if (subtypeOrder !== 0) return Math.sign(subtypeOrder);
  return Buffer.compare(Buffer.from(left.buffer), Buffer.from(right.buffer));
}

/**
 * Whether two values are the same BSON value including their types (an int 1 is not a double 1.0) and
 * field order: what mongod means when it calls an update a no-op.
 */
export function bsonIdentical(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (Array.isArray(left)) {
    return (
      Array.isArray(right) && left.length === right.length && left.every((item, i) => bsonIdentical(item, right[i]))
    );
  }
  if (isPlainDocument(left)) {
    if (!isPlainDocument(right)) return false;
    const leftKeys = Object.keys(left);
    const rightKeys = Object.keys(right);
    return (
      leftKeys.length === rightKeys.length &&
      leftKeys.every((key, i) => key === rightKeys[i] && bsonIdentical(left[key], right[key]))
    );
  }
  const leftType = numberType(left);
  if (leftType !== undefined || numberType(right) !== undefined) {
    if (leftType !== numberType(right)) return false;
    if (leftType === 'decimal') return String(left) === String(right);
    return Object.is(numberValue(left), numberValue(right)) && numberKey(left) === numberKey(right);
  }
  if (bsonTypeGroup(left) !== bsonTypeGroup(right)) return false;
  return encodeKey(left) === encodeKey(right);
}

/**
 * A string that is equal for two values exactly when MongoDB's index treats them as the same key
 * (1, 1.0 and Long(1) are one key; "1" is another). Used as Map keys by indexes and the `_id` table.
 * Every part is length-prefixed or self-delimiting, so nesting never escapes text again and the key
 * stays linear in the value's size. `stringKey` maps strings under a collation (the identity by default).
 */
export function encodeKey(value: unknown, stringKey?: (text: string) => string): string {
  const group = bsonTypeGroup(value);
  switch (group) {
    case 'null':
      return 'z';
    case 'minKey':
      return '<';
    case 'maxKey':
      return '>';
    case 'number':
      return `n${numberKey(value)};`;
    case 'string': {
      const text = stringKey ? stringKey(String(value)) : String(value);
      return `s${text.length}:${text}`;
    }
    case 'bool':
      return value === true ? 't' : 'f';
    case 'date':
      return `d${(value as Date).getTime()};`;
    case 'objectId':
      return `o${(value as ObjectId).toHexString()}`;
    case 'array': {
      let key = 'a[';
      for (const item of value as unknown[]) key += encodeKey(item, stringKey);
      return `${key}]`;
    }
    case 'object': {
      let key = 'O{';
      for (const [field, item] of Object.entries(value as Record<string, unknown>)) {
        key += `${field.length}:${field}${encodeKey(item, stringKey)}`;
      }
      return `${key}}`;
    }
    case 'binData': {
      const binary = value as Binary;
      return `x${binary.sub_type}:${Buffer.from(binary.buffer).toString('base64')};`;
    }
    case 'regex': {
      const regex = value as { source?: unknown; pattern?: unknown; flags?: unknown; options?: unknown };
      const source = String(regex.source ?? regex.pattern);
      return `r${source.length}:${source}/${String(regex.flags ?? regex.options)};`;
    }
    default: {
      const text = String(value);
      return `${group}${text.length}:${text}`;
    }
  }
}
