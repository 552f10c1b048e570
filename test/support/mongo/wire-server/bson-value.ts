import type { Binary, ObjectId } from 'bson';
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

/** Numbers of any BSON width as a JS number; wide Long and Decimal128 values lose precision, a documented gap. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return Number(String(value));
}

/** MongoDB's total order over BSON values: by type group first, then by value within the group. */
export function compareBsonValues(left: unknown, right: unknown): number {
  const leftGroup = bsonTypeGroup(left);
  const rightGroup = bsonTypeGroup(right);
  if (leftGroup !== rightGroup) return GROUP_ORDER[leftGroup] - GROUP_ORDER[rightGroup];
  switch (leftGroup) {
    case 'number':
      return Math.sign(toNumber(left) - toNumber(right));
    case 'string':
      return compareStrings(String(left), String(right));
    case 'bool':
      return Number(left) - Number(right);
    case 'date':
      return Math.sign((left as Date).getTime() - (right as Date).getTime());
    case 'objectId':
      return compareStrings((left as ObjectId).toHexString(), (right as ObjectId).toHexString());
    case 'array':
      return compareArrays(left as unknown[], right as unknown[]);
    case 'object':
      return compareDocuments(left as Record<string, unknown>, right as Record<string, unknown>);
    case 'binData':
      return compareBinaries(left as Binary, right as Binary);
    default:
      return compareStrings(String(left), String(right));
  }
}

function compareStrings(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

function compareArrays(left: unknown[], right: unknown[]): number {
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const order = compareBsonValues(left[i], right[i]);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

function compareDocuments(left: Record<string, unknown>, right: Record<string, unknown>): number {
  const leftEntries = Object.entries(left);
  const rightEntries = Object.entries(right);
  for (let i = 0; i < Math.min(leftEntries.length, rightEntries.length); i += 1) {
    const [leftKey, leftValue] = leftEntries[i] ?? [];
    const [rightKey, rightValue] = rightEntries[i] ?? [];
    const order = compareBsonValues(leftValue, rightValue) || compareStrings(String(leftKey), String(rightKey));
    if (order !== 0) return order;
  }
  return leftEntries.length - rightEntries.length;
}

function compareBinaries(left: Binary, right: Binary): number {
  const lengthOrder = left.length() - right.length();
  if (lengthOrder !== 0) return Math.sign(lengthOrder);
  const subtypeOrder = left.sub_type - right.sub_type;
  if (subtypeOrder !== 0) return Math.sign(subtypeOrder);
  return Buffer.compare(Buffer.from(left.buffer), Buffer.from(right.buffer));
}

/**
 * A string that is equal for two values exactly when MongoDB's index treats them as the same key
 * (1, 1.0 and Long(1) are one key; "1" is another). Used as Map keys by indexes and the `_id` table.
 */
export function encodeKey(value: unknown): string {
  const group = bsonTypeGroup(value);
  switch (group) {
    case 'null':
      return 'null';
    case 'number': {
      const number = toNumber(value);
      return `n:${Object.is(number, -0) ? 0 : number}`;
    }
    case 'string':
      return `s:${String(value)}`;
    case 'bool':
      return value === true ? 'true' : 'false';
    case 'date':
      return `d:${(value as Date).getTime()}`;
    case 'objectId':
      return `o:${(value as ObjectId).toHexString()}`;
    case 'array':
      return `a:${JSON.stringify((value as unknown[]).map(encodeKey))}`;
    case 'object':
      return `O:${JSON.stringify(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, encodeKey(item)]))}`;
    case 'binData': {
      const binary = value as Binary;
      return `x:${binary.sub_type}:${Buffer.from(binary.buffer).toString('base64')}`;
    }
    case 'regex': {
      const regex = value as RegExp;
      return `r:${regex.source}/${regex.flags}`;
    }
    default:
      return `${group}:${String(value)}`;
  }
}
