import { UUID } from 'bson';
import { encodeKey } from '../bson-value.js';
import { CommandError } from '../command-error.js';
import type { Collation } from '../collation.js';
import { collectPathValues, type Document } from '../document.js';
import { CollectionIndex, type IndexKey } from './collection-index.js';
import { duplicateKeyError } from './duplicate-key-error.js';
import { formatBsonDocument } from '../format-bson-value.js';
import {
  describeIndex,
  ID_INDEX,
  ID_INDEX_NAME,
  sameIndexOptions,
  sameKeyPattern,
  samePartialFilterAndCollation,
  type IndexDefinition,
} from './index-definition.js';

/**
 * One collection: documents by encoded `_id`, in insertion order (MongoDB's natural order), and its
 * indexes. Stored documents are never changed in place: an update stores a new object, so a cursor
 * holding the old one keeps a stable snapshot, and a write that breaks a unique index changes nothing.
 */
export class CollectionStore {
  readonly uuid = new UUID();
  private readonly documents = new Map<string, Document>();
  private readonly indexes = new Map<string, CollectionIndex>([[ID_INDEX_NAME, new CollectionIndex(ID_INDEX)]]);

  constructor(
    readonly databaseName: string,
    readonly name: string,
    /** The collection's default collation (`create` with `collation`), used by queries and indexes that name none. */
    readonly collation?: Collation,
  ) {}

  get namespace(): string {
    return `${this.databaseName}.${this.name}`;
  }

  get size(): number {
    return this.documents.size;
  }

  all(): IterableIterator<Document> {
    return this.documents.values();
  }

  byEncodedId(encodedId: string): Document | undefined {
    return this.documents.get(encodedId);
  }

  indexList(): CollectionIndex[] {
    return [...this.indexes.values()];
  }

  /** Stores a new document (which must have an `_id`), or throws E11000 leaving everything unchanged. */
  insert(document: Document): void {
    const id = encodeKey(document._id);
    const keysByIndex = this.checkedKeys(document, undefined);
    for (const [index, keys] of keysByIndex) index.add(keys, id);
    this.documents.set(id, document);
  }

  /** Swaps a stored document for its updated version (same `_id`), or throws E11000 leaving the old one. */
  replace(current: Document, next: Document): void {
    const id = encodeKey(current._id);
    const nextKeys = this.checkedKeys(next, id);
    for (const index of this.indexes.values()) index.remove(index.keysOf(current), id);
    for (const [index, keys] of nextKeys) index.add(keys, id);
    this.documents.set(id, next);
  }

  remove(document: Document): void {
    const id = encodeKey(document._id);
    if (!this.documents.has(id)) return;
    for (const index of this.indexes.values()) index.remove(index.keysOf(document), id);
    this.documents.delete(id);
  }

  /**
   * Adds an index, building it over the existing documents. Answers false when an identical index
   * exists already; throws the errors mongod gives for conflicting names, options or duplicate data.
   */
  createIndex(definition: IndexDefinition): boolean {
    for (const existing of this.indexes.values()) {
      const sameKey = sameKeyPattern(existing.definition, definition);
      const sameOptions = sameIndexOptions(existing.definition, definition);
      if (existing.name === definition.name) {
        if (sameKey && sameOptions) return false;
        throw new CommandError(
          sameKey ? 'IndexOptionsConflict' : 'IndexKeySpecsConflict',
          `An existing index has the same name as the requested index. Requested index: ${formatBsonDocument(describeIndex(definition))}, existing index: ${formatBsonDocument(describeIndex(existing.definition))}`,
        );
      }
      if (sameKey && (sameOptions || samePartialFilterAndCollation(existing.definition, definition))) {
        throw new CommandError('IndexOptionsConflict', `Index already exists with a different name: ${existing.name}`);
      }
    }
    const index = new CollectionIndex(definition);
    for (const [id, document] of this.documents) {
      const keys = index.keysOf(document);
      const conflict = index.findConflict(keys, undefined);
      if (conflict) throw duplicateKeyError(this.namespace, definition, conflict.keyValue);
      index.add(keys, id);
    }
    this.indexes.set(definition.name, index);
    return true;
  }

  dropIndex(name: string): void {
    if (name === ID_INDEX_NAME) throw new CommandError('InvalidOptions', 'cannot drop _id index');
    if (!this.indexes.delete(name)) throw new CommandError('IndexNotFound', `index not found with name [${name}]`);
  }

  dropIndexesExceptId(): void {
    for (const name of [...this.indexes.keys()]) if (name !== ID_INDEX_NAME) this.indexes.delete(name);
  }

  /** Removes documents whose TTL index date lies more than expireAfterSeconds in the past; returns how many. */
  expire(now: Date): number {
    let removed = 0;
    for (const index of this.indexes.values()) {
      const { expireAfterSeconds, fields } = index.definition;
      const field = fields[0];
      if (expireAfterSeconds === undefined || field === undefined || fields.length !== 1) continue;
      const cutoff = now.getTime() - expireAfterSeconds * 1000;
      for (const document of [...this.documents.values()]) {
        if (!index.covers(document)) continue;
        const dates = collectPathValues(document, field.path).filter((value): value is Date => value instanceof Date);
        if (dates.some((date) => date.getTime() <= cutoff)) {
          this.remove(document);
          removed += 1;
        }
      }
    }
    return removed;
  }

  private checkedKeys(document: Document, replacedId: string | undefined): Map<CollectionIndex, IndexKey[]> {
    const keysByIndex = new Map<CollectionIndex, IndexKey[]>();
    for (const index of this.indexes.values()) {
      const keys = index.keysOf(document);
      const conflict = index.findConflict(keys, replacedId);
      if (conflict) throw duplicateKeyError(this.namespace, index.definition, conflict.keyValue);
      keysByIndex.set(index, keys);
    }
    return keysByIndex;
  }
}
