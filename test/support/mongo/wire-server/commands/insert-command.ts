import { ObjectId } from 'bson';
import { bsonTypeGroup } from '../bson-value.js';
import { CommandError } from '../command-error.js';
import type { CommandDefinition } from '../command-context.js';
import { withIdFirst, type Document } from '../document.js';
import { MAX_DOCUMENT_BYTES, measuredSize } from '../storage/document-size.js';
import { withWriteErrors, writeErrorOf } from './write-errors.js';

/** mongod refuses these as `_id` values (code InvalidIdField). */
function assertValidId(id: unknown): void {
  const group = bsonTypeGroup(id);
  if (group === 'array' || group === 'regex')
    throw new CommandError('InvalidIdField', `can't use a${group === 'array' ? 'n array' : ' regex'} for _id`);
}

/**
 * A document as stored: `_id` first, generated when the client sent none (the driver normally sends
 * one); refused when it is over 16 MB, as mongod refuses it.
 */
export function prepareForInsert(document: Document): Document {
  const stored = withIdFirst(document._id === undefined ? { _id: new ObjectId(), ...document } : document);
  assertValidId(stored._id);
  const size = measuredSize(stored);
  if (size > MAX_DOCUMENT_BYTES) {
    throw new CommandError(
      'BadValue',
      `object to insert too large. size in bytes: ${size}, max size: ${MAX_DOCUMENT_BYTES}`,
    );
  }
  return stored;
}

export const insertCommand: CommandDefinition = {
  names: ['insert'],
  fields: ['documents', 'ordered', 'bypassDocumentValidation'],
  run: ({ fields, store, databaseName }) => {
    const collection = store.collectionForWrite(databaseName, fields.collectionName());
    const documents = fields.documents('documents') ?? [];
    const ordered = fields.boolean('ordered') ?? true;
    const writeErrors: Document[] = [];
    let inserted = 0;
    for (const [index, document] of documents.entries()) {
      try {
        collection.insert(prepareForInsert(document));
        inserted += 1;
      } catch (error) {
        writeErrors.push(writeErrorOf(error, index));
        if (ordered) break;
      }
    }
    return withWriteErrors({ n: inserted }, writeErrors);
  },
};
