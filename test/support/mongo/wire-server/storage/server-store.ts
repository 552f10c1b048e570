import { CommandError } from '../command-error.js';
import type { Collation } from '../collation.js';
import { CollectionStore } from './collection-store.js';

/** Every database of one server: name -> collection name -> collection. */
export class ServerStore {
  private readonly databases = new Map<string, Map<string, CollectionStore>>();

  collection(databaseName: string, collectionName: string): CollectionStore | undefined {
    return this.databases.get(databaseName)?.get(collectionName);
  }

  /**
   * The collection, created on first use as MongoDB creates collections implicitly on write (or by
   * `create`, which may give it a default collation).
   */
  collectionForWrite(databaseName: string, collectionName: string, collation?: Collation): CollectionStore {
    const existing = this.collection(databaseName, collectionName);
    if (existing) return existing;
    assertValidDatabaseName(databaseName);
    assertValidCollectionName(collectionName);
    const collections = this.databases.get(databaseName) ?? new Map<string, CollectionStore>();
    this.databases.set(databaseName, collections);
    const created = new CollectionStore(databaseName, collectionName, collation);
    collections.set(collectionName, created);
    return created;
  }

  collections(databaseName: string): CollectionStore[] {
    return [...(this.databases.get(databaseName)?.values() ?? [])];
  }

  databaseNames(): string[] {
    return [...this.databases.keys()];
  }

  dropCollection(databaseName: string, collectionName: string): CollectionStore | undefined {
    const collections = this.databases.get(databaseName);
    const dropped = collections?.get(collectionName);
    collections?.delete(collectionName);
    if (collections?.size === 0) this.databases.delete(databaseName);
    return dropped;
  }

  /** Puts a collection in place of the one of its name (what `$out` does with the collection it built). */
  replaceCollection(replacement: CollectionStore): void {
    const existing = this.collectionForWrite(replacement.databaseName, replacement.name);
    this.databases.get(existing.databaseName)?.set(existing.name, replacement);
  }

  dropDatabase(databaseName: string): void {
    this.databases.delete(databaseName);
  }

  /** Runs the TTL sweep over every collection; returns how many documents expired. */
  expireDocuments(now: Date): number {
    let removed = 0;
    for (const collections of this.databases.values()) {
      for (const collection of collections.values()) removed += collection.expire(now);
    }
    return removed;
  }
}

function assertValidDatabaseName(name: string): void {
  if (name.length === 0 || name.length > 63 || /[/\\. "$*<>:|?\0]/.test(name)) {
    throw new CommandError('InvalidNamespace', `Invalid database name: '${name}'`);
  }
}

function assertValidCollectionName(name: string): void {
  if (
    name.length === 0 ||
    name.includes('$') ||
    name.includes('\0') ||
    name.startsWith('.') ||
    name.startsWith('system.')
  ) {
    throw new CommandError('InvalidNamespace', `Invalid collection name: ${name}`);
  }
}
