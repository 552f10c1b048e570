/**
 * The shape every stored document, command body and reply has inside the server: the value `bson`
 * deserializes to. Kept as `unknown` values so every read is checked.
 */
export type Document = Record<string, unknown>;

/** True for `{...}` objects, false for arrays, dates and BSON value classes such as ObjectId. */
export function isPlainDocument(value: unknown): value is Document {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** True for an object whose every key is an operator (`{ $gt: 1 }`), the way MongoDB tells operators from values. */
export function isOperatorObject(value: unknown): value is Document {
  if (!isPlainDocument(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => key.startsWith('$'));
}

/**
 * Copies plain objects, arrays and dates. BSON value classes (ObjectId, Decimal128, Binary, ...) are
 * shared: nothing in the server mutates them, and cloning them would lose their class.
 */
export function cloneValue<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => cloneValue(item)) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (isPlainDocument(value)) {
    const copy: Document = {};
    for (const [key, item] of Object.entries(value)) copy[key] = cloneValue(item);
    return copy as T;
  }
  return value;
}

/** Returns a copy of the document with `_id` as its first field, as MongoDB stores it. */
export function withIdFirst(document: Document): Document {
  if (Object.keys(document)[0] === '_id') return document;
  const { _id: id, ...rest } = document;
  return { _id: id, ...rest };
}

/** Reads a dotted path without descending into arrays (`a.b` on `{ a: { b: 1 } }`). */
export function getPathValue(document: unknown, path: string): unknown {
  let current: unknown = document;
  for (const part of path.split('.')) {
    if (Array.isArray(current) && /^\d+$/.test(part)) {
      current = current[Number(part)];
    } else if (isPlainDocument(current)) {
      current = current[part];
    } else {
      return undefined;
    }
  }
  return current;
}

/** Writes a dotted path, creating intermediate objects. */
export function setPathValue(document: Document, path: string, value: unknown): void {
  const parts = path.split('.');
  let current: Document = document;
  for (const part of parts.slice(0, -1)) {
    const next = current[part];
    if (isPlainDocument(next)) {
      current = next;
    } else {
      const created: Document = {};
      current[part] = created;
      current = created;
    }
  }
  const last = parts[parts.length - 1];
  if (last !== undefined) current[last] = value;
}

/**
 * Every value a dotted path reaches, descending into arrays the way MongoDB's indexes and sorts do:
 * `tags` on `{ tags: ['a', 'b'] }` gives `['a', 'b']`; `a.b` on `{ a: [{ b: 1 }, { b: 2 }] }` gives `[1, 2]`.
 * A path that reaches nothing gives `[]`.
 */
export function collectPathValues(document: unknown, path: string): unknown[] {
  const found: unknown[] = [];
  const visit = (value: unknown, parts: readonly string[]): void => {
    const [head, ...rest] = parts;
    if (head === undefined) {
      if (Array.isArray(value)) found.push(...(value as unknown[]));
      else if (value !== undefined) found.push(value);
      return;
    }
    if (Array.isArray(value)) {
      if (/^\d+$/.test(head)) visit(value[Number(head)], rest);
      else for (const item of value) visit(item, parts);
      return;
    }
    if (isPlainDocument(value)) visit(value[head], rest);
  };
  visit(document, path.split('.'));
  return found;
}
