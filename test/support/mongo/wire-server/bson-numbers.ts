/**
 * BSON's four number types, kept apart as mongod keeps them (an `$inc` on a long stays a long, `$type`
 * tells an int from a double). Inside the server each type has one JS form, chosen so that `bson`
 * serializes it back to the same BSON type:
 *
 * - int32: a JS number that is an integer in int32 range (and not -0);
 * - double: a JS number, except an integral value in int32 range, which is a `Double` (bson would
 *   write a plain number as an int32);
 * - int64 (long): a bigint, exact over its whole range;
 * - decimal128: a `Decimal128`.
 */
import { Decimal128, Double, Int32, Long } from 'bson';
import { isPlainDocument } from './document.js';

export type NumberType = 'int' | 'long' | 'double' | 'decimal';

const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

function bsonTypeName(value: object): string | undefined {
  const name: unknown = (value as { _bsontype?: unknown })._bsontype;
  return typeof name === 'string' ? name : undefined;
}

function isInt32Value(value: number): boolean {
  return Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX && !Object.is(value, -0);
}

/** The BSON number type of a value, or undefined when it is not a number. */
export function numberType(value: unknown): NumberType | undefined {
  if (typeof value === 'number') return isInt32Value(value) ? 'int' : 'double';
  if (typeof value === 'bigint') return 'long';
  if (typeof value !== 'object' || value === null) return undefined;
  switch (bsonTypeName(value)) {
    case 'Double':
      return 'double';
    case 'Decimal128':
      return 'decimal';
    case 'Int32':
      return 'int';
    case 'Long':
      return 'long';
    default:
      return undefined;
  }
}

/** A double in the form the server stores it. */
export function storedDouble(value: number): number | Double {
  return isInt32Value(value) ? new Double(value) : value;
}

/** A number of any type as a JS number (wide longs and decimals round). */
export function numberValue(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Double || value instanceof Int32) return value.value;
  if (value instanceof Long) return value.toNumber();
  return Number(String(value));
}

/**
 * Converts numbers decoded with `promoteValues: false` (Int32, Double, Long wrappers) into the stored
 * forms, in place. Everything else the decoder produced is kept.
 */
export function normalizeDecodedNumbers(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = normalizeDecodedNumbers(value[i]);
    return value;
  }
  if (value instanceof Int32) return value.value;
  if (value instanceof Double) return storedDouble(value.value);
  if (value instanceof Long) return value.toBigInt();
  if (isPlainDocument(value)) {
    for (const key of Object.keys(value)) value[key] = normalizeDecodedNumbers(value[key]);
  }
  return value;
}

/**
 * A copy with every number as a JS number, for mingo (aggregation expressions, `$expr`), which only
 * computes with JS numbers. Also a deep copy, because mingo's stages may change their input.
 */
export function withPlainNumbers<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => withPlainNumbers(item)) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (isPlainDocument(value)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) copy[key] = withPlainNumbers(value[key]);
    return copy as T;
  }
  const type = numberType(value);
  return (type === undefined || type === 'int' ? value : numberValue(value)) as T;
}

/**
 * Puts the original typed numbers back into a document mingo computed from `original`, wherever a
 * number is still numerically the same at the same path: an update pipeline that leaves a long alone
 * keeps it a long.
 */
export function restoreNumberTypes(computed: unknown, original: unknown): unknown {
  if (Array.isArray(computed)) {
    if (!Array.isArray(original)) return computed;
    return computed.map((item: unknown, i) => restoreNumberTypes(item, original[i]));
  }
  if (isPlainDocument(computed)) {
    if (!isPlainDocument(original)) return computed;
    for (const key of Object.keys(computed)) computed[key] = restoreNumberTypes(computed[key], original[key]);
    return computed;
  }
  if (typeof computed === 'number' && numberType(original) !== undefined && numberValue(original) === computed) {
    return original;
  }
  return computed;
}

/** An exact decimal: coefficient × 10^exponent, or a special value. */
type ExactDecimal =
  | { readonly kind: 'finite'; readonly coefficient: bigint; readonly exponent: number }
  | { readonly kind: 'nan' }
  | { readonly kind: 'infinity'; readonly negative: boolean };

function parseDecimal(text: string): ExactDecimal {
  const trimmed = text.trim();
  if (/^[+-]?nan$/i.test(trimmed)) return { kind: 'nan' };
  const infinity = /^([+-]?)inf(inity)?$/i.exec(trimmed);
  if (infinity) return { kind: 'infinity', negative: infinity[1] === '-' };
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(trimmed);
  if (!match) return { kind: 'nan' };
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const digits = `${whole}${fraction}` || '0';
  const coefficient = BigInt(digits) * (sign === '-' ? -1n : 1n);
  return { kind: 'finite', coefficient, exponent: Number(exponent) - fraction.length };
}

function exactDecimalOf(value: unknown): ExactDecimal {
  if (typeof value === 'bigint') return { kind: 'finite', coefficient: value, exponent: 0 };
  if (value instanceof Decimal128) return parseDecimal(value.toString());
  const number = numberValue(value);
  if (Number.isNaN(number)) return { kind: 'nan' };
  if (!Number.isFinite(number)) return { kind: 'infinity', negative: number < 0 };
  return parseDecimal(String(number));
}

function formatDecimal(decimal: ExactDecimal): Decimal128 {
  if (decimal.kind === 'nan') return Decimal128.fromString('NaN');
  if (decimal.kind === 'infinity') return Decimal128.fromString(decimal.negative ? '-Infinity' : 'Infinity');
  return Decimal128.fromStringWithRounding(`${decimal.coefficient}E${decimal.exponent}`);
}

function alignedCoefficients(left: ExactDecimal, right: ExactDecimal): [bigint, bigint, number] | undefined {
  if (left.kind !== 'finite' || right.kind !== 'finite') return undefined;
  const exponent = Math.min(left.exponent, right.exponent);
  return [
    left.coefficient * 10n ** BigInt(left.exponent - exponent),
    right.coefficient * 10n ** BigInt(right.exponent - exponent),
    exponent,
  ];
}

const TYPE_RANK: Record<NumberType, number> = { int: 0, long: 1, double: 2, decimal: 3 };

function widerType(left: NumberType, right: NumberType): NumberType {
  return TYPE_RANK[left] >= TYPE_RANK[right] ? left : right;
}

function integerOf(value: unknown): bigint {
  return typeof value === 'bigint' ? value : BigInt(numberValue(value));
}

/** An integer result as int or long, promoting an int that overflows; undefined when a long overflows. */
function integerResult(result: bigint, type: 'int' | 'long'): unknown {
  if (type === 'int' && result >= BigInt(INT32_MIN) && result <= BigInt(INT32_MAX)) return Number(result);
  if (result < LONG_MIN || result > LONG_MAX) return undefined;
  return result;
}

function decimalSum(left: unknown, right: unknown): Decimal128 {
  const a = exactDecimalOf(left);
  const b = exactDecimalOf(right);
  const aligned = alignedCoefficients(a, b);
  if (aligned) return formatDecimal({ kind: 'finite', coefficient: aligned[0] + aligned[1], exponent: aligned[2] });
  return Decimal128.fromString(String(numberValue(left) + numberValue(right)));
}

function decimalProduct(left: unknown, right: unknown): Decimal128 {
  const a = exactDecimalOf(left);
  const b = exactDecimalOf(right);
  if (a.kind === 'finite' && b.kind === 'finite') {
    return formatDecimal({
      kind: 'finite',
      coefficient: a.coefficient * b.coefficient,
      exponent: a.exponent + b.exponent,
    });
  }
  return Decimal128.fromString(String(numberValue(left) * numberValue(right)));
}

/**
 * `left + right` with mongod's type rules: the wider type wins (int < long < double < decimal), an int
 * sum that overflows becomes a long. Undefined when a long overflows, which mongod refuses.
 */
export function addNumbers(left: unknown, right: unknown): unknown {
  const type = widerType(numberType(left) ?? 'double', numberType(right) ?? 'double');
  if (type === 'decimal') return decimalSum(left, right);
  if (type === 'double') return storedDouble(numberValue(left) + numberValue(right));
  return integerResult(integerOf(left) + integerOf(right), type);
}

/** `left × right` with the same type rules as addNumbers. */
export function multiplyNumbers(left: unknown, right: unknown): unknown {
  const type = widerType(numberType(left) ?? 'double', numberType(right) ?? 'double');
  if (type === 'decimal') return decimalProduct(left, right);
  if (type === 'double') return storedDouble(numberValue(left) * numberValue(right));
  return integerResult(integerOf(left) * integerOf(right), type);
}

/** Zero in the type of `value`, which `$mul` stores on a missing field. */
export function zeroLike(value: unknown): unknown {
  switch (numberType(value)) {
    case 'long':
      return 0n;
    case 'double':
      return new Double(0);
    case 'decimal':
      return Decimal128.fromString('0');
    default:
      return 0;
  }
}

/** Integer value of an int or long, for `$bit`. */
export function bitwiseOperand(value: unknown): bigint | undefined {
  const type = numberType(value);
  return type === 'int' || type === 'long' ? integerOf(value) : undefined;
}

/** The result of a bitwise operation in the wider of the operands' types (int or long). */
export function bitwiseResult(result: bigint, type: 'int' | 'long'): unknown {
  if (type === 'int') return Number(BigInt.asIntN(32, result));
  return BigInt.asIntN(64, result);
}

/**
 * Compares two numbers of any types exactly where it matters (longs beyond 2^53, decimals), with
 * mongod's rule that NaN equals NaN and sorts below every other number.
 */
export function compareNumbers(left: unknown, right: unknown): number {
  const leftType = numberType(left);
  const rightType = numberType(right);
  if (leftType === 'decimal' || rightType === 'decimal') return compareExact(left, right);
  const a = typeof left === 'bigint' ? left : numberValue(left);
  const b = typeof right === 'bigint' ? right : numberValue(right);
  const aNaN = typeof a === 'number' && Number.isNaN(a);
  const bNaN = typeof b === 'number' && Number.isNaN(b);
  if (aNaN || bNaN) return aNaN && bNaN ? 0 : aNaN ? -1 : 1;
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

function compareExact(left: unknown, right: unknown): number {
  const a = exactDecimalOf(left);
  const b = exactDecimalOf(right);
  if (a.kind === 'nan' || b.kind === 'nan') return a.kind === b.kind ? 0 : a.kind === 'nan' ? -1 : 1;
  if (a.kind === 'infinity' || b.kind === 'infinity') {
    const rank = (d: ExactDecimal): number => (d.kind === 'infinity' ? (d.negative ? -1 : 1) : 0);
    return Math.sign(rank(a) - rank(b));
  }
  const aligned = alignedCoefficients(a, b);
  if (!aligned) return 0;
  return aligned[0] < aligned[1] ? -1 : aligned[0] > aligned[1] ? 1 : 0;
}

/** A string equal for numerically equal values of any type (1, 1.0, 1n), used in hash keys. */
export function numberKey(value: unknown): string {
  if (typeof value === 'bigint') {
    return Number.isSafeInteger(Number(value)) ? String(Number(value)) : value.toString();
  }
  const number = numberValue(value);
  if (Number.isInteger(number) && !Number.isSafeInteger(number)) return BigInt(number).toString();
  return Object.is(number, -0) ? '0' : String(number);
}
