import { notImplemented } from '../command-error.js';
import { cloneValue, isPlainDocument, type Document } from '../document.js';
import type { EvaluationScope } from '../query/mingo-engine.js';
import type { ServerStore } from '../storage/server-store.js';

/** Only the binary ("simple") collation is supported; anything else would silently compare wrongly. */
export function assertSimpleCollation(collation: unknown): void {
  if (collation === undefined || collation === null) return;
  if (isPlainDocument(collation) && collation.locale === 'simple') return;
  throw notImplemented('collation');
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
    // Copies, because mingo's stages may change the objects they are given.
    resolveCollection: (name) => [...(store.collection(databaseName, name)?.all() ?? [])].map(cloneValue),
  };
}
