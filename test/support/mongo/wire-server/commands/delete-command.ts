import { toNumber } from '../bson-value.js';
import { CommandError } from '../command-error.js';
import type { CommandDefinition } from '../command-context.js';
import { isPlainDocument, type Document } from '../document.js';
import { selectDocuments } from '../query/select-documents.js';
import { assertKnownStatementFields, evaluationScope, statementCollation } from './statement-options.js';
import { withWriteErrors, writeErrorOf } from './write-errors.js';

const STATEMENT_FIELDS = new Set(['q', 'limit', 'collation', 'hint']);

export const deleteCommand: CommandDefinition = {
  names: ['delete'],
  fields: ['deletes', 'ordered', 'let'],
  run: ({ fields, store, databaseName }) => {
    const collection = store.collection(databaseName, fields.collectionName());
    const scope = evaluationScope(store, databaseName, fields.document('let'));
    const ordered = fields.boolean('ordered') ?? true;
    const writeErrors: Document[] = [];
    let deleted = 0;
    for (const [index, statement] of (fields.documents('deletes') ?? []).entries()) {
      try {
        assertKnownStatementFields(statement, 'delete', STATEMENT_FIELDS);
        const collation = statementCollation(statement.collation, collection);
        const filter = statement.q;
        if (!isPlainDocument(filter))
          throw new CommandError('FailedToParse', "BSON field 'delete.deletes.q' is missing but a required field");
        const limit = toNumber(statement.limit ?? 0);
        if (limit !== 0 && limit !== 1)
          throw new CommandError('FailedToParse', 'The limit field in delete objects must be 0 or 1');
        const { documents } = selectDocuments(collection, { filter, limit, hint: statement.hint, collation }, scope);
        for (const document of documents) collection?.remove(document);
        deleted += documents.length;
      } catch (error) {
        writeErrors.push(writeErrorOf(error, index));
        if (ordered) break;
      }
    }
    return withWriteErrors({ n: deleted }, writeErrors);
  },
};
