import { withPlainNumbers } from '../bson-numbers.js';
import { notImplemented } from '../command-error.js';
import { parseCollation, type Collation } from '../collation.js';
import type { Document } from '../document.js';
import type { EvaluationScope } from '../query/mingo-engine.js';
import type { CollectionStore } from '../storage/collection-store.js';
import type { ServerStore } from '../storage/server-store.js';

/**
 * The collation a statement compares strings with: its own `collation` field when it has one (where
 * `{ locale: 'simple' }` asks for binary comparison), else the collection's default.
 */
export function statementCollation(collation: unknown, collection: CollectionStore | undefined): Collation | undefined {
  if (collation === undefined || collation === null) return collection?.collation;
  return parseCollation(collation);
}

/** Statement documents inside update/delete carry their own fields; unknown ones are refused like command fields. */
export function assertKnownStatementFields(statement: Document, command: string, known: ReadonlySet<string>): void {
  for (const field of Object.keys(statement)) {
    if (!known.has(field)) throw notImplemented(`field '${field}' of ${command} statements`);
  }
}

/** The scope expressions run in: `let` variables, and the database's other collections for `$lookup`. */
export function evaluationScope(
  store: ServerStore,
  databaseName: string,
  variables: Document | undefined,
): EvaluationScope {
  return {
    ...(variables === undefined ? {} : { variables }),
    // Copies with plain numbers, because mingo's stages may change the objects they are given.
    resolveCollection: (name) => [...(store.collection(databaseName, name)?.all() ?? [])].map(withPlainNumbers),
  };
}
