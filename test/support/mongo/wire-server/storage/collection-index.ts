import { encodeKey } from '../bson-value.js';
import { collectPathValues, type Document } from '../document.js';
import { compileFilter, type CompiledFilter } from '../query/mingo-engine.js';
import type { IndexDefinition } from './index-definition.js';

/** One key a document contributes to an index (several for an array field: one per element). */
export interface IndexKey {
  /** Encoded key of the first n fields, for n = 1..fields.length; the last one is the full key. */
  readonly prefixes: readonly string[];
  /** The key's values by field, as duplicate-key errors report them (`keyValue`). */
  readonly keyValue: Document;
}

/**
 * An index's entries: for every prefix length of the key pattern, a map from encoded key to the ids of
 * the documents holding it. Unique checks use the full key; equality lookups use whichever prefix the
 * query constrains.
 */
export class CollectionIndex {
  private readonly entriesByPrefix: Map<string, Set<string>>[];
  private readonly partialFilter: CompiledFilter | undefined;
  private multiKey = false;

  constructor(readonly definition: IndexDefinition) {
    this.entriesByPrefix = definition.fields.map(() => new Map<string, Set<string>>());
    this.partialFilter =
      definition.partialFilterExpression === undefined ? undefined : compileFilter(definition.partialFilterExpression);
  }

  get name(): string {
    return this.definition.name;
  }

  /**
   * Whether the document has an entry at all: sparse indexes skip documents missing every field
   * (looking through arrays, as `tags.name` exists in `{ tags: [{ name }] }`), partial ones documents
   * not matching their filter.
   */
  covers(document: Document): boolean {
    if (
      this.definition.sparse &&
      this.definition.fields.every((field) => collectPathValues(document, field.path).length === 0)
    ) {
      return false;
    }
    return this.partialFilter === undefined || this.partialFilter.test(document);
  }

  /** The keys a document contributes; missing fields index as null, array fields once per distinct element. */
  keysOf(document: Document): IndexKey[] {
    if (!this.covers(document)) return [];
    const valuesPerField = this.definition.fields.map((field) =>
      distinctValues(collectPathValues(document, field.path)),
    );
    let combinations: unknown[][] = [[]];
    for (const values of valuesPerField) {
      combinations = combinations.flatMap((combination) => values.map((value) => [...combination, value]));
    }
    const stringKey = this.definition.collation?.stringKey;
    return combinations.map((values) => {
      const encoded = values.map((value) => encodeKey(value, stringKey));
      const keyValue: Document = {};
      this.definition.fields.forEach((field, i) => {
        keyValue[field.path] = values[i] ?? null;
      });
      return { prefixes: encoded.map((_, i) => JSON.stringify(encoded.slice(0, i + 1))), keyValue };
    });
  }

  /**
   * The first key another document already holds, for unique indexes. `ownId` is the document being
   * replaced (its own old keys are no conflict); undefined for a new document.
   */
  findConflict(keys: readonly IndexKey[], ownId: string | undefined): IndexKey | undefined {
    if (!this.definition.unique) return undefined;
    const fullKeys = this.entriesByPrefix[this.entriesByPrefix.length - 1];
    return keys.find((key) => {
      const holders = fullKeys?.get(key.prefixes[key.prefixes.length - 1] ?? '');
      return holders !== undefined && [...holders].some((holder) => holder !== ownId);
    });
  }

  add(keys: readonly IndexKey[], id: string): void {
    if (keys.length > 1) this.multiKey = true;
    for (const key of keys) {
      key.prefixes.forEach((prefix, i) => {
        const entries = this.entriesByPrefix[i];
        const holders = entries?.get(prefix);
        if (holders) holders.add(id);
        else entries?.set(prefix, new Set([id]));
      });
    }
  }

  remove(keys: readonly IndexKey[], id: string): void {
    for (const key of keys) {
      key.prefixes.forEach((prefix, i) => {
        const entries = this.entriesByPrefix[i];
        const holders = entries?.get(prefix);
        holders?.delete(id);
        if (holders?.size === 0) entries?.delete(prefix);
      });
    }
  }

  /** Ids of documents whose first `prefixLength` key fields encode to `prefix`. */
  lookup(prefixLength: number, prefix: string): ReadonlySet<string> {
    return this.entriesByPrefix[prefixLength - 1]?.get(prefix) ?? new Set();
  }

  /** Whether any document ever held more than one key (an array value); explain reports it as isMultiKey. */
  get isMultiKey(): boolean {
    return this.multiKey;
  }
}

function distinctValues(values: unknown[]): unknown[] {
  if (values.length === 0) return [null];
  if (values.length === 1) return values;
  const byKey = new Map<string, unknown>();
  for (const value of values) byKey.set(encodeKey(value), value);
  return [...byKey.values()];
}
