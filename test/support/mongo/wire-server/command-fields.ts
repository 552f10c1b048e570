/** Typed reads of command fields, answering a wrong type the way mongod does (TypeMismatch naming the field). */
import { bsonTypeGroup, toNumber } from './bson-value.js';
import { CommandError } from './command-error.js';
import { isPlainDocument, type Document } from './document.js';

function typeMismatch(command: string, field: string, expected: string, value: unknown): CommandError {
  return new CommandError(
    'TypeMismatch',
    `BSON field '${command}.${field}' is the wrong type '${bsonTypeGroup(value)}', expected type '${expected}'`,
  );
}

export class CommandFields {
  constructor(
    readonly command: string,
    readonly body: Document,
  ) {}

  /** The collection named by the command's first field (`{ find: 'users' }`). */
  collectionName(): string {
    const name = this.body[this.command];
    if (typeof name !== 'string' || name.length === 0) {
      throw new CommandError('InvalidNamespace', `collection name has invalid type ${bsonTypeGroup(name)}`);
    }
    return name;
  }

  document(field: string): Document | undefined {
    const value = this.body[field];
    if (value === undefined || value === null) return undefined;
    if (!isPlainDocument(value)) throw typeMismatch(this.command, field, 'object', value);
    return value;
  }

  documents(field: string): Document[] | undefined {
    const value = this.body[field];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value) || !value.every(isPlainDocument)) throw typeMismatch(this.command, field, 'array', value);
    return value;
  }

  integer(field: string): number | undefined {
    const value = this.body[field];
    if (value === undefined || value === null) return undefined;
    if (bsonTypeGroup(value) !== 'number') throw typeMismatch(this.command, field, 'long', value);
    return Math.trunc(toNumber(value));
  }

  nonNegativeInteger(field: string): number | undefined {
    const value = this.integer(field);
    if (value !== undefined && value < 0) {
      throw new CommandError('BadValue', `BSON field '${field}' value must be >= 0, actual value '${value}'`);
    }
    return value;
  }

  boolean(field: string): boolean | undefined {
    const value = this.body[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'boolean') return value;
    if (bsonTypeGroup(value) === 'number') return toNumber(value) !== 0;
    throw typeMismatch(this.command, field, 'bool', value);
  }

  string(field: string): string | undefined {
    const value = this.body[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw typeMismatch(this.command, field, 'string', value);
    return value;
  }
}
