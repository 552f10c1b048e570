/**
 * Find projections (find, findAndModify) as MongoDB 4.4+ applies them: inclusion or exclusion of
 * dotted paths (through arrays of subdocuments), `$slice` (which keeps the other fields unless the
 * projection includes fields), `$elemMatch` and positional `arr.$` (the first matching element),
 * and aggregation expressions for computed fields. Included fields keep the document's order, so
 * `_id` stays first; computed and `$elemMatch` fields follow them.
 * https://www.mongodb.com/docs/manual/reference/method/db.collection.find/#projection
 */
import { numberType, numberValue } from '../bson-numbers.js';
import { CommandError, notImplemented } from '../command-error.js';
import { isPlainDocument, type Document } from '../document.js';
import { formatBsonValue } from '../format-bson-value.js';
import { compileMatcher, type MatchOptions } from './filter-matcher.js';

type Leaf =
  | { readonly kind: 'include' }
  | { readonly kind: 'exclude' }
  | { readonly kind: 'slice'; readonly skip: number | undefined; readonly limit: number }
  | { readonly kind: 'elemMatch'; readonly test: (element: unknown) => boolean }
  | { readonly kind: 'expression'; readonly expression: unknown }
  | { readonly kind: 'positional' };

interface Tree {
  readonly children: Map<string, Tree | Leaf>;
}

const isLeaf = (node: Tree | Leaf): node is Leaf => 'kind' in node;

export interface ProjectionContext {
  /**
   * `find` projections know `$slice`, `$elemMatch` and positional `arr.$`; in an aggregation `$project`
   * those names are expressions like any other.
   */
  readonly mode: 'find' | 'aggregate';
  /** The find filter, for positional `arr.$`. */
  readonly filter: Document;
  readonly matchOptions: MatchOptions;
  /** Evaluates an aggregation expression against a document (computed fields). */
  readonly evaluate: (document: Document, expression: unknown) => unknown;
}

export interface CompiledProjection {
  apply(document: Document): Document;
}

function parseSlice(path: string, argument: unknown): Leaf {
  if (numberType(argument) !== undefined)
    return { kind: 'slice', skip: undefined, limit: Math.trunc(numberValue(argument)) };
  if (Array.isArray(argument) && argument.length === 2 && argument.every((item) => numberType(item) !== undefined)) {
    const limit = Math.trunc(numberValue(argument[1]));
    if (limit <= 0) throw new CommandError('BadValue', `$slice limit must be positive`);
    return { kind: 'slice', skip: Math.trunc(numberValue(argument[0])), limit };
  }
  throw new CommandError(
    'BadValue',
    `$slice only supports numbers and [skip, limit] arrays, found ${formatBsonValue(argument)} at '${path}'`,
  );
}

function parseElemMatch(path: string, argument: unknown, options: MatchOptions): Leaf {
  if (path.includes('.')) throw new CommandError('BadValue', 'Cannot use $elemMatch projection on a nested field.');
  if (!isPlainDocument(argument)) throw new CommandError('BadValue', 'elemMatch: Invalid argument, object required.');
  const matcher = compileMatcher({ element: { $elemMatch: argument } }, options);
  return { kind: 'elemMatch', test: (element) => matcher.test({ element: [element] }) };
}

function parseLeaf(path: string, value: unknown, context: ProjectionContext): Leaf {
  const options = context.matchOptions;
  if (typeof value === 'boolean') return { kind: value ? 'include' : 'exclude' };
  if (numberType(value) !== undefined) return { kind: numberValue(value) === 0 ? 'exclude' : 'include' };
  if (isPlainDocument(value) && context.mode === 'find') {
    const [operator] = Object.keys(value);
    if (operator === '$slice') return parseSlice(path, value.$slice);
    if (operator === '$elemMatch') return parseElemMatch(path, value.$elemMatch, options);
    if (operator === '$meta') throw notImplemented('projection operator $meta');
  }
  return { kind: 'expression', expression: value };
}

/** `{ a: { b: 1 } }` means `{ 'a.b': 1 }`; objects whose first key is an operator are values, not nesting. */
function flatten(projection: Document, prefix: string, out: [string, unknown][]): void {
  for (const [key, value] of Object.entries(projection)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const nested = isPlainDocument(value) && Object.keys(value).length > 0 && !Object.keys(value)[0]?.startsWith('$');
    if (nested) flatten(value, path, out);
    else out.push([path, value]);
  }
}

function insert(tree: Tree, path: string, leaf: Leaf): void {
  const parts = path.split('.');
  let node = tree;
  parts.forEach((part, i) => {
    const existing = node.children.get(part);
    const last = i === parts.length - 1;
    if (existing !== undefined && (last || isLeaf(existing))) {
      throw new CommandError(
        'Location31249',
        `Path collision at ${path} remaining portion ${parts.slice(i).join('.')}`,
      );
    }
    if (last) {
      node.children.set(part, leaf);
      return;
    }
    const child: Tree = existing ?? { children: new Map() };
    node.children.set(part, child);
    node = child;
  });
}

function sliceArray(array: unknown[], leaf: Extract<Leaf, { kind: 'slice' }>): unknown[] {
  if (leaf.skip === undefined) return leaf.limit >= 0 ? array.slice(0, leaf.limit) : array.slice(leaf.limit);
  const start = leaf.skip >= 0 ? Math.min(leaf.skip, array.length) : Math.max(array.length + leaf.skip, 0);
  return array.slice(start, start + leaf.limit);
}

/** Applies `$slice` leaves (and removes excluded paths) in a copy, keeping every other field. */
function applyExclusion(value: unknown, tree: Tree): unknown {
  if (Array.isArray(value)) return value.map((item: unknown) => applyExclusion(item, tree));
  if (!isPlainDocument(value)) return value;
  const out: Document = {};
  for (const [key, item] of Object.entries(value)) {
    const node = tree.children.get(key);
    if (node === undefined) out[key] = item;
    else if (!isLeaf(node)) out[key] = applyExclusion(item, node);
    else if (node.kind === 'slice') out[key] = Array.isArray(item) ? sliceArray(item, node) : item;
    else if (node.kind !== 'exclude') out[key] = item;
  }
  return out;
}

export function compileProjection(projection: Document, context: ProjectionContext): CompiledProjection {
  const entries: [string, unknown][] = [];
  flatten(projection, '', entries);
  const tree: Tree = { children: new Map() };
  let inclusion = false;
  let exclusion = false;
  let positionalPath: string | undefined;
  let idLeaf: Leaf | undefined;
  for (const [rawPath, value] of entries) {
    let path = rawPath;
    let leaf = parseLeaf(path, value, context);
    if (path.endsWith('.$') && context.mode === 'find') {
      if (leaf.kind !== 'include') throw new CommandError('BadValue', 'positional projection must be an inclusion');
      if (positionalPath !== undefined)
        throw new CommandError('BadValue', 'Cannot specify more than one positional proj. per query.');
      path = path.slice(0, -2);
      positionalPath = path;
      leaf = { kind: 'positional' };
    }
    if (path === '_id' && (leaf.kind === 'include' || leaf.kind === 'exclude')) {
      idLeaf = leaf;
      continue;
    }
    if (leaf.kind === 'exclude') {
      if (inclusion)
        throw new CommandError('Location31254', `Cannot do exclusion on field ${path} in inclusion projection`);
      exclusion = true;
    } else if (leaf.kind !== 'slice') {
      if (exclusion)
        throw new CommandError('Location31253', `Cannot do inclusion on field ${path} in exclusion projection`);
      inclusion = true;
    }
    insert(tree, path, leaf);
  }
  const position = positionalPath === undefined ? undefined : compileMatcher(context.filter, context.matchOptions);

  // `{ _id: 1 }` alone is an inclusion projection too; beside exclusions it is just the default.
  if (!inclusion && !(idLeaf?.kind === 'include' && !exclusion)) {
    if (idLeaf?.kind === 'exclude') tree.children.set('_id', idLeaf);
    return { apply: (document) => applyExclusion(document, tree) as Document };
  }
  if (idLeaf?.kind !== 'exclude') tree.children.set('_id', { kind: 'include' });

  const includeInto = (value: Document, node: Tree, root: Document, matched: number | undefined): Document => {
    const out: Document = {};
    for (const [key, item] of Object.entries(value)) {
      const child = node.children.get(key);
      if (child === undefined) continue;
      if (!isLeaf(child)) {
        const projected = includeNested(item, child, root, matched);
        if (projected !== undefined) out[key] = projected;
      } else if (child.kind === 'include') {
        out[key] = item;
      } else if (child.kind === 'slice') {
        out[key] = Array.isArray(item) ? sliceArray(item, child) : item;
      } else if (child.kind === 'positional') {
        if (!Array.isArray(item)) continue;
        if (matched === undefined || matched >= item.length) {
          throw new CommandError(
            'Location51246',
            "Executor error during find command :: caused by :: positional operator '.$' couldn't find a matching element in the array",
          );
        }
        out[key] = [item[matched]];
      }
    }
    for (const [key, child] of node.children) {
      if (!isLeaf(child)) continue;
      if (child.kind === 'expression') out[key] = context.evaluate(root, child.expression);
      if (child.kind === 'elemMatch') {
        const array = value[key];
        const found: unknown = Array.isArray(array) ? array.find((element: unknown) => child.test(element)) : undefined;
        if (found !== undefined) out[key] = [found];
      }
    }
    return out;
  };
  const includeNested = (value: unknown, node: Tree, root: Document, matched: number | undefined): unknown => {
    if (isPlainDocument(value)) return includeInto(value, node, root, matched);
    if (Array.isArray(value)) {
      return value
        .filter((item: unknown) => isPlainDocument(item) || Array.isArray(item))
        .map((item: unknown) => includeNested(item, node, root, matched));
    }
    return undefined;
  };
  return {
    apply: (document) => includeInto(document, tree, document, position?.matchedPosition(document)),
  };
}
