import { CommandError } from '../command-error.js';
import type { CommandDefinition } from '../command-context.js';
import type { Document } from '../document.js';
import { projectDocuments, type EvaluationScope } from '../query/mingo-engine.js';
import { selectDocuments } from '../query/select-documents.js';
import { applyUpdate, buildUpsertDocument, parseUpdateSpec } from '../query/update-document.js';
import { prepareForInsert } from './insert-command.js';
import { assertSimpleCollation, evaluationScope } from './statement-options.js';

function projected(
  document: Document | undefined,
  filter: Document,
  projection: Document | undefined,
  scope: EvaluationScope,
): Document | null {
  if (document === undefined) return null;
  if (projection === undefined || Object.keys(projection).length === 0) return document;
  return projectDocuments([document], filter, projection, scope)[0] ?? null;
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
    assertSimpleCollation(fields.body.collation);
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
    const collection = upsert
      ? store.collectionForWrite(databaseName, collectionName)
      : store.collection(databaseName, collectionName);
    const [found] = selectDocuments(
      collection,
      { filter, sort: fields.body.sort, limit: 1, hint: fields.body.hint },
      scope,
    ).documents;

    if (remove) {
      if (found) collection?.remove(found);
      return { lastErrorObject: { n: found ? 1 : 0 }, value: projected(found, filter, projection, scope) };
    }

    const spec = parseUpdateSpec(fields.body.update);
    const arrayFilters = fields.documents('arrayFilters');
    const context = { filter, scope, ...(arrayFilters === undefined ? {} : { arrayFilters }) };
    if (found && collection) {
      const next = applyUpdate(found, spec, context);
      if (next) collection.replace(found, next);
      const value = returnNew ? (next ?? found) : found;
      return { lastErrorObject: { n: 1, updatedExisting: true }, value: projected(value, filter, projection, scope) };
    }
    if (!upsert || !collection) return { lastErrorObject: { n: 0, updatedExisting: false }, value: null };
    const inserted = prepareForInsert(buildUpsertDocument(spec, context));
    collection.insert(inserted);
    return {
      lastErrorObject: { n: 1, updatedExisting: false, upserted: inserted._id },
      value: returnNew ? projected(inserted, filter, projection, scope) : null,
    };
  },
};
