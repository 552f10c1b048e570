import type { ObjectId } from 'bson';
import { bsonTypeGroup } from './bson-value.js';

/**
 * Renders a value the way mongod writes values into error messages (`"text"`, `ObjectId('...')`,
 * `new Date(1700000000000)`, `{ a: 1 }`), so E11000 messages read like the real server's.
 */
export function formatBsonValue(value: unknown): string {
  switch (bsonTypeGroup(value)) {
    case 'null':
      return 'null';
    case 'string':
      return JSON.stringify(String(value));
    case 'objectId':
      return `ObjectId('${(value as ObjectId).toHexString()}')`;
    case 'date':
      return `new Date(${(value as Date).getTime()})`;
    case 'array': {
      const items = (value as unknown[]).map(formatBsonValue);
      return items.length === 0 ? '[]' : `[ ${items.join(', ')} ]`;
    }
    case 'object':
      return formatBsonDocument(value as Record<string, unknown>);
    default:
      return String(value);
  }
}

export function formatBsonDocument(document: Record<string, unknown>): string {
  const fields = Object.entries(document).map(([key, item]) => `${key}: ${formatBsonValue(item)}`);
  return fields.length === 0 ? '{}' : `{ ${fields.join(', ')} }`;
}
