import { calculateObjectSize, Long } from 'bson';
import { CommandError } from './command-error.js';
import type { Document } from './document.js';

/** mongod's default first batch (101 documents) and its cap on any batch's size. */
const DEFAULT_FIRST_BATCH_SIZE = 101;
const MAX_BATCH_BYTES = 16 * 1024 * 1024;

interface OpenCursor {
  readonly namespace: string;
  readonly documents: Document[];
  /** For each document, one at least as large: the stored document it was projected from, or itself. */
  readonly bounds: readonly Document[];
  position: number;
}

/**
 * Encoded sizes, computed once per document object: stored documents are never changed in place (an
 * update stores a new object), so a stored document's size holds for as long as it is stored, and reading
 * it again costs nothing.
 */
const encodedSizes = new WeakMap<Document, number>();

function encodedSize(document: Document): number {
  let size = encodedSizes.get(document);
  if (size === undefined) {
    size = calculateObjectSize(document);
    encodedSizes.set(document, size);
  }
  return size;
}

/**
 * Cursors over results computed when the cursor opened (a snapshot: later writes are not seen), handed
 * out in batches by find/aggregate and then getMore, until exhausted or killed.
 */
export class CursorRegistry {
  private readonly cursors = new Map<number, OpenCursor>();
  private nextId = 1;

  /**
   * The `cursor` field of a find/aggregate/list reply; registers a cursor only if documents remain.
   * `projectedFrom` are the stored documents that `documents` were cut from by a projection that only
   * removes (their sizes bound the results' sizes, so batches are cut without encoding every result).
   */
  open(
    namespace: string,
    documents: Document[],
    options: {
      batchSize?: number | undefined;
      singleBatch?: boolean | undefined;
      projectedFrom?: readonly Document[] | undefined;
    } = {},
  ): Document {
    const cursor: OpenCursor = { namespace, documents, bounds: options.projectedFrom ?? documents, position: 0 };
    const firstBatch = takeBatch(cursor, options.batchSize ?? DEFAULT_FIRST_BATCH_SIZE);
    let id = 0;
    if (cursor.position < documents.length && options.singleBatch !== true) {
      id = this.nextId;
      this.nextId += 1;
      this.cursors.set(id, cursor);
    }
    return { id: Long.fromNumber(id), ns: namespace, firstBatch };
  }

  /** The `cursor` field of a getMore reply. */
  next(id: number, namespace: string, batchSize: number | undefined): Document {
    const cursor = this.cursors.get(id);
    if (!cursor || cursor.namespace !== namespace)
      throw new CommandError('CursorNotFound', `cursor id ${id} not found`);
    const nextBatch = takeBatch(cursor, batchSize ?? Infinity);
    const exhausted = cursor.position >= cursor.documents.length;
    if (exhausted) this.cursors.delete(id);
    return { id: Long.fromNumber(exhausted ? 0 : id), ns: namespace, nextBatch };
  }

  kill(id: number): boolean {
    return this.cursors.delete(id);
  }
}

/**
 * The next batch, cut as mongod cuts it: it stops before the document that would take it past 16 MiB.
 * Bounds (cached sizes of the stored documents) decide almost always; the results' own sizes are
 * computed only when the bounds come near the cap.
 */
function takeBatch(cursor: OpenCursor, batchSize: number): Document[] {
  const batch: Document[] = [];
  let bytes = 0;
  let exact = false;
  while (batch.length < batchSize && cursor.position < cursor.documents.length) {
    const document = cursor.documents[cursor.position];
    if (document === undefined) break;
    let size = encodedSize(cursor.bounds[cursor.position] ?? document);
    if (!exact && bytes + size > MAX_BATCH_BYTES) {
      exact = true;
      bytes = batch.reduce((sum, taken) => sum + encodedSize(taken), 0);
    }
    if (exact) size = encodedSize(document);
    bytes += size;
    if (batch.length > 0 && bytes > MAX_BATCH_BYTES) break;
    batch.push(document);
    cursor.position += 1;
  }
  return batch;
}
