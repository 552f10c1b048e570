/**
 * mongod's 16 MB limit on stored documents, checked without re-measuring a large document on every
 * small update: each stored document carries an upper bound of its BSON size (exact after an insert),
 * and an update adds at most what its own arguments can add. Only when that bound nears the limit is
 * the new document measured exactly.
 */
import { calculateObjectSize } from 'bson';
import type { Document } from '../document.js';

/** mongod's maxBsonObjectSize. */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

const sizeBounds = new WeakMap<Document, number>();

/** Measures a document exactly and remembers the size for later bounds. */
export function measuredSize(document: Document): number {
  const size = calculateObjectSize(document);
  sizeBounds.set(document, size);
  return size;
}

/**
 * Whether `next` (derived from `previous` by an update that adds at most `growth` bytes) may exceed
 * the limit; when it surely does not, `next` inherits the bound without being measured.
 */
export function exceedsLimit(next: Document, previous: Document, growth: number | undefined): boolean {
  const bound = sizeBounds.get(previous);
  if (growth !== undefined && bound !== undefined && bound + growth <= MAX_DOCUMENT_BYTES) {
    sizeBounds.set(next, bound + growth);
    return false;
  }
  return measuredSize(next) > MAX_DOCUMENT_BYTES;
}
