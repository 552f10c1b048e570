import { CommandError, notImplemented } from '../command-error.js';
import type { CommandDefinition } from '../command-context.js';
import { isPlainDocument, type Document } from '../document.js';
import { compileFilter, type EvaluationScope } from '../query/mingo-engine.js';
import { selectDocuments } from '../query/select-documents.js';
import { prepareUpdate } from '../query/update-document.js';
import type { ServerStore } from '../storage/server-store.js';
import { prepareForInsert } from './insert-command.js';
import { assertKnownStatementFields, evaluationScope, statementCollation } from './statement-options.js';
import { withWriteErrors, writeErrorOf } from './write-errors.js';

const STATEMENT_FIELDS = new Set([
  'q',
  'u',
  'upsert',
  'multi',
  'arrayFilters',
  'hint',
  'collation',
  'c',
  'sort',
  'upsertSupplied',
]);

interface StatementOutcome {
  readonly matched: number;
  readonly modified: number;
  readonly upsertedId?: unknown;
}

function executeStatement(
  store: ServerStore,
  databaseName: string,
  collectionName: string,
  statement: Document,
  scope: EvaluationScope,
): StatementOutcome {
  assertKnownStatementFields(statement, 'update', STATEMENT_FIELDS);
  const filter = statement.q;
  if (!isPlainDocument(filter))
    throw new CommandError('FailedToParse', "BSON field 'update.updates.q' is missing but a required field");
  if (statement.upsertSupplied === true) throw notImplemented("update statements with 'upsertSupplied'");
  const multi = statement.multi === true;
  const upsert = statement.upsert === true;
  const existing = store.collection(databaseName, collectionName);
  const collation = statementCollation(statement.collation, existing);
  const arrayFilters = Array.isArray(statement.arrayFilters)
    ? statement.arrayFilters.filter(isPlainDocument)
    : undefined;
  const statementScope = isPlainDocument(statement.c)
    ? { ...scope, variables: { ...scope.variables, ...statement.c } }
    : scope;
  const update = prepareUpdate(statement.u, { arrayFilters, collation, scope: statementScope });
  if (multi && update.kind === 'replacement')
    throw new CommandError('FailedToParse', 'multi update is not supported for replacement-style update');
  const collection = upsert ? store.collectionForWrite(databaseName, collectionName) : existing;
  const { documents } = selectDocuments(
    collection,
    { filter, sort: statement.sort, limit: multi ? 0 : 1, hint: statement.hint, collation },
    statementScope,
  );
  const positions = update.positional ? compileFilter(filter, statementScope, collation) : undefined;
  let modified = 0;
  for (const document of documents) {
    const next = update.apply(document, positions?.matchedPosition(document));
    if (next && collection) {
      collection.replace(document, next);
      modified += 1;
    }
  }
  if (documents.length > 0 || !upsert || !collection) return { matched: documents.length, modified };
  const inserted = prepareForInsert(update.upsertDocument(filter));
  collection.insert(inserted);
  return { matched: 0, modified: 0, upsertedId: inserted._id };
}

export const updateCommand: CommandDefinition = {
  names: ['update'],
  fields: ['updates', 'ordered', 'let', 'bypassDocumentValidation'],
  run: ({ fields, store, databaseName }) => {
    const collectionName = fields.collectionName();
    const scope = evaluationScope(store, databaseName, fields.document('let'));
    const ordered = fields.boolean('ordered') ?? true;
    const writeErrors: Document[] = [];
    const upserted: Document[] = [];
    let matched = 0;
    let modified = 0;
    for (const [index, statement] of (fields.documents('updates') ?? []).entries()) {
      try {
        const outcome = executeStatement(store, databaseName, collectionName, statement, scope);
        matched += outcome.matched;
        modified += outcome.modified;
        if (outcome.upsertedId !== undefined) upserted.push({ index, _id: outcome.upsertedId });
      } catch (error) {
        writeErrors.push(writeErrorOf(error, index));
        if (ordered) break;
      }
    }
    const reply: Document = {
      n: matched + upserted.length,
      nModified: modified,
      ...(upserted.length > 0 ? { upserted } : {}),
    };
    return withWriteErrors(reply, writeErrors);
  },
};
