/**
 * BSON's number types (int32, int64, double, decimal128) are kept through inserts, updates and reads,
 * and compare as numbers across types.
 * https://www.mongodb.com/docs/manual/reference/bson-types/
 * https://www.mongodb.com/docs/manual/reference/operator/update/inc/
 */
import { Decimal128, Double, Int32, Long } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { useDriverDatabase } from './conformance-fixture.js';

function bsonType(value: unknown): string {
  const name: unknown = (value as { _bsontype?: unknown } | undefined)?._bsontype;
  return typeof name === 'string' ? name : typeof value;
}

describe('number types', () => {
  const database = useDriverDatabase('numbers');

  it('keeps Int32, Long, Double and Decimal128 through insert, $inc and reads', async () => {
    const numbers = database().db.collection('typed');
    const { insertedId } = await numbers.insertOne({
      i: new Int32(1),
      l: Long.fromNumber(2),
      d: new Double(3),
      m: Decimal128.fromString('4.5'),
    });
    await numbers.updateOne(
      { _id: insertedId },
      { $inc: { i: new Int32(1), l: new Int32(1), d: new Int32(1), m: new Int32(1) } },
    );
    const raw = await numbers.findOne({ _id: insertedId }, { promoteValues: false });
    expect(raw && Object.fromEntries(['i', 'l', 'd', 'm'].map((field) => [field, bsonType(raw[field])]))).toEqual({
      i: 'Int32',
      l: 'Long',
      d: 'Double',
      m: 'Decimal128',
    });
    expect(raw && ['i', 'l', 'd', 'm'].map((field) => String(raw[field]))).toEqual(['2', '3', '4', '5.5']);
    expect(
      await numbers.countDocuments({
        i: { $type: 'int' },
        l: { $type: 'long' },
        d: { $type: 'double' },
        m: { $type: 'decimal' },
      }),
    ).toBe(1);
    expect(await numbers.countDocuments({ i: { $type: 'number' }, m: { $type: 'number' } })).toBe(1);
  });

  it('widens results as MongoDB does: int + long is long, int + double is double, an int overflow is long', async () => {
    const numbers = database().db.collection('widening');
    const { insertedId } = await numbers.insertOne({
      a: new Int32(1),
      b: new Int32(1),
      big: new Int32(2_147_483_647),
      product: new Int32(3),
    });
    await numbers.updateOne(
      { _id: insertedId },
      {
        $inc: { a: Long.fromNumber(1), b: new Double(0.5), big: new Int32(1) },
        $mul: { product: new Double(2), missing: Long.fromNumber(5) },
      },
    );
    const raw = await numbers.findOne({ _id: insertedId }, { promoteValues: false });
    expect(
      raw && ['a', 'b', 'big', 'product', 'missing'].map((field) => [bsonType(raw[field]), String(raw[field])]),
    ).toEqual([
      ['Long', '2'],
      ['Double', '1.5'],
      ['Long', '2147483648'],
      ['Double', '6'],
      ['Long', '0'],
    ]);
  });

  it('keeps longs beyond 2^53 exact and decimals exact', async () => {
    const numbers = database().db.collection('exact');
    const { insertedId } = await numbers.insertOne({
      l: Long.fromString('9007199254740993'),
      m: Decimal128.fromString('0.1'),
    });
    await numbers.updateOne({ _id: insertedId }, { $inc: { l: Long.fromNumber(1), m: Decimal128.fromString('0.2') } });
    const read = await numbers.findOne({ _id: insertedId }, { useBigInt64: true });
    expect(read?.l).toBe(9_007_199_254_740_994n);
    expect(String(read?.m)).toBe('0.3');
    expect(await numbers.countDocuments({ l: Long.fromString('9007199254740994') })).toBe(1);
    expect(await numbers.countDocuments({ l: Long.fromString('9007199254740995') })).toBe(0);
    expect(await numbers.countDocuments({ m: Decimal128.fromString('0.30') })).toBe(1);
  });

  it('compares and sorts numbers of different types by value', async () => {
    const numbers = database().db.collection('mixed');
    await numbers.insertMany([
      { n: Long.fromNumber(3), label: 'long 3' },
      { n: new Double(2.5), label: 'double 2.5' },
      { n: new Int32(1), label: 'int 1' },
      { n: Decimal128.fromString('4'), label: 'decimal 4' },
    ]);
    const sorted = await numbers.find({}).sort({ n: 1 }).toArray();
    expect(sorted.map((doc) => String(doc.label))).toEqual(['int 1', 'double 2.5', 'long 3', 'decimal 4']);
    expect(await numbers.countDocuments({ n: 3 })).toBe(1);
    expect(await numbers.countDocuments({ n: { $gte: new Double(2.5), $lt: Long.fromNumber(4) } })).toBe(2);
  });
});
