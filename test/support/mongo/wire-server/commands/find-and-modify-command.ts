import { CommandError } from '../command-error.js';
import type { CommandDefinition } from '../command-context.js';
import type { Collation } from '../collation.js';
import type { Document } from '../document.js';
import { compileFilter, projectDocuments, type EvaluationScope } from '../query/mingo-engine.js';
import { selectDocuments } from '../query/select-documents.js';
import { prepareUpdate } from '../query/update-document.js';
import { prepareForInsert } from './insert-command.js';
import { evaluationScope, statementCollation } from './statement-options.js';

function projected(
  document: Document | undefined,
  filter: Document,
  projection: Document | undefined,
  scope: EvaluationScope,
  collation: Collation | undefined,
): Document | null {
  if (document === undefined) return null;
  if (projection === undefined || Object.keys(projection).length === 0) return document;
  return projectDocuments([document], filter, projection, scope, collation)[0] ?? null;
}

/**
 * Finds one document (first in `sort` order) and removes, updates or upserts it in the same step, so
 * two concurrent callers can never both claim it.
 */
export const findAndModifyCommand: CommandDefinition = {
  names: ['findAndModify', 'findandmodify'],
  fields: [
    'query',
    'sort',
    'remove',
    'update',
    'new',
    'fields',
    'upsert',
    'bypassDocumentValidation',
    'collation',
    'arrayFilters',
    'hint',
    'let',
  ],
  run: ({ fields, store, databaseName }) => {
    const collectionName = fields.collectionName();
    const filter = fields.document('query') ?? {};
    const projection = fields.document('fields');
    const remove = fields.boolean('remove') ?? false;
    const upsert = fields.boolean('upsert') ?? false;
    const returnNew = fields.boolean('new') ?? false;
    const scope = evaluationScope(store, databaseName, fields.document('let'));
    if (remove && fields.body.update !== undefined)
      throw new CommandError('FailedToParse', 'Cannot specify both an update and remove=true');
    if (!remove && fields.body.update === undefined)
      throw new CommandError('FailedToParse', 'Either an update or remove=true must be specified');
    if (remove && upsert) throw new CommandError('FailedToParse', 'Cannot specify both upsert=true and remove=true');
    const existing = store.collection(databaseName, collectionName);
    const collation = statementCollation(fields.body.collation, existing);
    const update = remove
      ? undefined
      : prepareUpdate(fields.body.update, { arrayFilters: fields.documents('arrayFilters'), collation, scope });
    const collection = upsert ? store.collectionForWrite(databaseName, collectionName) : existing;
    const [found] = selectDocuments(
      collection,
      { filter, sort: fields.body.sort, limit: 1, hint: fields.body.hint, collation },
      scope,
    ).documents;

    if (!update) {
      if (found) collection?.remove(found);
      return { lastErrorObject: { n: found ? 1 : 0 }, value: projected(found, filter, projection, scope, collation) };
    }

    if (found && collection) {
      const position = update.positional ? compileFilter(filter, scope, collation).matchedPosition(found) : undefined;
      const next = update.apply(found, position);
      if (next) collection.replace(found, next);
      const value = returnNew ? (next ?? found) : found;
      return {
        lastErrorObject: { n: 1, updatedExisting: true },
        value: projected(value, filter, projection, scope, collation),
      };
    }
    if (!upsert || !collection) return { lastErrorObject: { n: 0, updatedExisting: false }, value: null };
    const inserted = prepareForInsert(update.upsertDocument(filter));
    collection.insert(inserted);
    return {
      lastErrorObject: { n: 1, updatedExisting: false, upserted: inserted._id },
      value: returnNew ? projected(inserted, filter, projection, scope, collation) : null,
    };
  },
};
