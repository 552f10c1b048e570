import { CommandError } from '../command-error.js';
import { formatBsonDocument } from '../format-bson-value.js';
import type { Document } from '../document.js';
import type { IndexDefinition } from './index-definition.js';

/**
 * The E11000 error exactly as mongod words it, with `keyPattern` and `keyValue`, which the driver copies
 * onto MongoServerError and mongoose reads to name the duplicated field.
 */
export function duplicateKeyError(namespace: string, index: IndexDefinition, keyValue: Document): CommandError {
  return new CommandError(
    'DuplicateKey',
    `E11000 duplicate key error collection: ${namespace} index: ${index.name} dup key: ${formatBsonDocument(keyValue)}`,
    { keyPattern: index.key, keyValue },
  );
}
