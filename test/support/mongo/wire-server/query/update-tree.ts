/**
 * An operator update as mongod executes it: every path of every operator merged into one tree
 * (`items.$.a` and `items.$.b` share the `items` and `$` nodes, so they do not conflict; `a` and `a.b`
 * do), applied field by field in mongod's order (names lexicographically, numeric names numerically,
 * new fields appended in that order). Positional `$`, `$[]` and `$[<id>]` (arrayFilters) are nodes of
 * the tree; where several reach one array element their subtrees are merged, and a real overlap is the
 * runtime conflict mongod reports. Stored documents are never changed: only the objects and arrays on
 * a changed path are copied, so an update costs time in proportion to what it touches.
 */
import { CommandError } from '../command-error.js';
import { isPlainDocument, type Document } from '../document.js';
import { formatBsonValue } from '../format-bson-value.js';
import {
  parseLeafOperation,
  renameTarget,
  UNCHANGED,
  UNSET,
  UNSET_OPERATION,
  type LeafContext,
  type LeafOperation,
  type OperatorOptions,
} from './update-operators.js';
import { compileMatcher } from './filter-matcher.js';

interface LeafNode {
  readonly kind: 'leaf';
  readonly operation: LeafOperation;
}

interface ObjectNode {
  readonly kind: 'object';
  readonly children: Map<string, UpdateNode>;
  positional: UpdateNode | undefined;
}

interface ArrayNode {
  readonly kind: 'array';
  /** `$[]` under '' and `$[id]` under id. */
  readonly children: Map<string, UpdateNode>;
}

type UpdateNode = LeafNode | ObjectNode | ArrayNode;

export interface UpdateApplyContext extends LeafContext {
  /** The array position the statement's filter matched through, for `$`. */
  readonly matchedPosition: number | undefined;
}

export interface UpdateTree {
  /** Applies the update to a document; returns the same object when nothing changed. */
  apply(document: Document, context: UpdateApplyContext): Document;
  /** Whether the update writes `_id` (then an upsert takes its `_id` from the update). */
  readonly touchesId: boolean;
}

const IDENTIFIER = /^[a-z][a-zA-Z0-9]*$/;

function conflict(path: string, at: string): CommandError {
  return new CommandError(
    'ConflictingUpdateOperators',
    `Updating the path '${path}' would create a conflict at '${at}'`,
  );
}

/** The field order mongod applies updates in: numeric names numerically, others lexicographically. */
function fieldOrder(left: string, right: string): number {
  const leftNumeric = /^\d+$/.test(left);
  const rightNumeric = /^\d+$/.test(right);
  if (leftNumeric && rightNumeric) return Number(left) - Number(right) || (left < right ? -1 : left > right ? 1 : 0);
  return left < right ? -1 : left > right ? 1 : 0;
}

function componentKind(part: string): 'positional' | 'all' | 'filtered' | 'field' {
  if (part === '$') return 'positional';
  if (part === '$[]') return 'all';
  if (part.startsWith('$[') && part.endsWith(']')) return 'filtered';
  return 'field';
}

function validatePath(path: string, operator: string): string[] {
  const parts = path.split('.');
  if (path === '' || parts.some((part) => part === '')) {
    throw new CommandError(
      'EmptyFieldName',
      path === ''
        ? `An empty update path is not valid.`
        : `The update path '${path}' contains an empty field name, which is not allowed.`,
    );
  }
  if (parts.filter((part) => part === '$').length > 1) {
    throw new CommandError('BadValue', `Too many positional (i.e. '$') elements found in path '${path}'`);
  }
  if (operator === '$rename' && parts.some((part) => part.startsWith('$'))) {
    throw new CommandError('BadValue', `The source field for $rename may not be dynamic: ${path}`);
  }
  return parts;
}

function insertPath(
  root: ObjectNode,
  path: string,
  parts: string[],
  leaf: LeafNode,
  identifiers: Set<string>,
  used: Set<string>,
): void {
  let node: ObjectNode | ArrayNode = root;
  parts.forEach((part, i) => {
    const prefix = parts.slice(0, i + 1).join('.');
    const last = i === parts.length - 1;
    const kind = componentKind(part);
    let key = part;
    if (kind === 'filtered') {
      key = part.slice(2, -1);
      if (!identifiers.has(key)) {
        throw new CommandError('BadValue', `No array filter found for identifier '${key}' in path '${path}'`);
      }
      used.add(key);
    } else if (kind === 'all') {
      key = '';
    }
    const arrayComponent = kind === 'all' || kind === 'filtered';
    if (arrayComponent !== (node.kind === 'array')) {
      throw conflict(path, parts.slice(0, i).join('.'));
    }
    const existing: UpdateNode | undefined =
      kind === 'positional' && node.kind === 'object' ? node.positional : node.children.get(key);
    if (last) {
      if (existing !== undefined) throw conflict(path, prefix);
      if (kind === 'positional' && node.kind === 'object') node.positional = leaf;
      else node.children.set(key, leaf);
      return;
    }
    if (existing?.kind === 'leaf') throw conflict(path, prefix);
    const nextKind = componentKind(parts[i + 1] ?? '');
    const wantArray = nextKind === 'all' || nextKind === 'filtered';
    let child = existing;
    if (child === undefined) {
      child = wantArray
        ? { kind: 'array', children: new Map() }
        : { kind: 'object', children: new Map(), positional: undefined };
      if (kind === 'positional' && node.kind === 'object') node.positional = child;
      else node.children.set(key, child);
    } else if ((child.kind === 'array') !== wantArray) {
      throw conflict(path, prefix);
    }
    node = child;
  });
}

/** Builds the tree of an operator update (`{ $set: {...}, $inc: {...} }`), refusing overlapping paths. */
export function parseUpdateTree(
  operators: Document,
  arrayFilters: ReadonlyMap<string, unknown>,
  options: OperatorOptions,
): UpdateTree {
  const root: ObjectNode = { kind: 'object', children: new Map(), positional: undefined };
  const identifiers = new Set(arrayFilters.keys());
  const used = new Set<string>();
  let touchesId = false;
  for (const [operator, fields] of Object.entries(operators)) {
    for (const [path, argument] of Object.entries(fields as Document)) {
      const parts = validatePath(path, operator);
      if (parts[0] === '_id') touchesId = true;
      if (operator === '$rename') {
        if (typeof argument !== 'string') {
          throw new CommandError(
            'BadValue',
            `The 'to' field for $rename must be a string: ${path}: ${formatBsonValue(argument)}`,
          );
        }
        const targetParts = validatePath(argument, operator);
        if (argument === path)
          throw new CommandError(
            'BadValue',
            `The source and target field for $rename must differ: ${path}: "${argument}"`,
          );
        if (argument.startsWith(`${path}.`) || path.startsWith(`${argument}.`)) {
          throw new CommandError(
            'BadValue',
            `The source and target field for $rename must not be on the same path: ${path}: "${argument}"`,
          );
        }
        insertPath(root, path, parts, { kind: 'leaf', operation: UNSET_OPERATION }, identifiers, used);
        insertPath(root, argument, targetParts, { kind: 'leaf', operation: renameTarget(path) }, identifiers, used);
        continue;
      }
      const operation = parseLeafOperation(operator, path, argument, options);
      insertPath(root, path, parts, { kind: 'leaf', operation }, identifiers, used);
    }
  }
  for (const identifier of identifiers) {
    if (!used.has(identifier)) {
      throw new CommandError(
        'FailedToParse',
        `The array filter for identifier '${identifier}' was not used in the update ${formatBsonValue(operators)}`,
      );
    }
  }
  const filterTests = new Map<string, (element: unknown) => boolean>();
  for (const [identifier, filter] of arrayFilters) {
    const matcher = compileMatcher(filter as Document, options.matchOptions);
    filterTests.set(identifier, (element) => matcher.test({ [identifier]: element }));
  }
  return {
    touchesId,
    apply: (document, context) => {
      const result = applyNode(root, document, '', { ...context, filterTests });
      return result === UNCHANGED || result === UNSET ? document : (result as Document);
    },
  };
}

/** Validates arrayFilters and keys them by their identifier. */
export function parseArrayFilters(arrayFilters: readonly Document[] | undefined): Map<string, Document> {
  const byIdentifier = new Map<string, Document>();
  for (const filter of arrayFilters ?? []) {
    let identifier: string | undefined;
    for (const key of Object.keys(filter)) {
      const top = key.split('.')[0] ?? '';
      if (identifier !== undefined && identifier !== top) {
        throw new CommandError(
          'FailedToParse',
          `Error parsing array filter :: caused by :: Expected a single top-level field name, found '${identifier}' and '${top}'`,
        );
      }
      identifier = top;
    }
    if (identifier === undefined) {
      throw new CommandError(
        'FailedToParse',
        'Cannot use an expression without a top-level field name in arrayFilters',
      );
    }
    if (!IDENTIFIER.test(identifier)) {
      throw new CommandError(
        'BadValue',
        `Error parsing array filter :: caused by :: The top-level field name must be an alphanumeric string beginning with a lowercase letter, found '${identifier}'`,
      );
    }
    if (byIdentifier.has(identifier)) {
      throw new CommandError(
        'FailedToParse',
        `Found multiple array filters with the same top-level field name ${identifier}`,
      );
    }
    byIdentifier.set(identifier, filter);
  }
  return byIdentifier;
}

interface ApplyState extends UpdateApplyContext {
  readonly filterTests: ReadonlyMap<string, (element: unknown) => boolean>;
}

function creates(node: UpdateNode): boolean {
  if (node.kind === 'leaf') return node.operation.creates;
  if (node.kind === 'object' && node.positional && creates(node.positional)) return true;
  return [...node.children.values()].some(creates);
}

/** Two subtrees reaching one place; overlapping paths are mongod's runtime conflict. */
function mergeNodes(left: UpdateNode, right: UpdateNode, path: string): UpdateNode {
  if (left.kind === 'leaf' || right.kind === 'leaf' || left.kind !== right.kind) {
    throw new CommandError('ConflictingUpdateOperators', `Update created a conflict at '${path}'`);
  }
  const children = new Map(left.children);
  for (const [key, child] of right.children) {
    const existing = children.get(key);
    children.set(key, existing ? mergeNodes(existing, child, `${path}.${key}`) : child);
  }
  if (left.kind === 'array') return { kind: 'array', children };
  const rightPositional = (right as ObjectNode).positional;
  const positional =
    left.positional && rightPositional
      ? mergeNodes(left.positional, rightPositional, `${path}.$`)
      : (left.positional ?? rightPositional);
  return { kind: 'object', children, positional };
}

function join(path: string, field: string): string {
  return path === '' ? field : `${path}.${field}`;
}

function notViable(field: string, parentPath: string, parent: unknown): CommandError {
  const parentName = parentPath.split('.').pop() ?? parentPath;
  return new CommandError(
    'PathNotViable',
    `Cannot create field '${field}' in element {${parentName}: ${formatBsonValue(parent)}}`,
  );
}

/** The named children of an object node, with the positional `$` resolved to the matched index. */
function objectChildren(node: ObjectNode, path: string, state: ApplyState): [string, UpdateNode][] {
  const entries = [...node.children.entries()];
  if (node.positional) {
    if (state.matchedPosition === undefined) {
      throw new CommandError('BadValue', 'The positional operator did not find the match needed from the query.');
    }
    const key = String(state.matchedPosition);
    const index = entries.findIndex(([name]) => name === key);
    const existing = entries[index];
    if (existing) entries[index] = [key, mergeNodes(existing[1], node.positional, join(path, key))];
    else entries.push([key, node.positional]);
  }
  return entries.sort(([left], [right]) => fieldOrder(left, right));
}

function applyToDocument(
  node: ObjectNode,
  current: Document,
  path: string,
  state: ApplyState,
): Document | typeof UNCHANGED {
  let out: Map<string, unknown> | undefined;
  for (const [field, child] of objectChildren(node, path, state)) {
    const result = applyNode(child, current[field], join(path, field), state);
    if (result === UNCHANGED) continue;
    out ??= new Map(Object.entries(current));
    if (result === UNSET) out.delete(field);
    else out.set(field, result);
  }
  return out === undefined ? UNCHANGED : Object.fromEntries(out);
}

function applyToArray(node: ObjectNode, current: unknown[], path: string, state: ApplyState): unknown {
  let out: unknown[] | undefined;
  for (const [field, child] of objectChildren(node, path, state)) {
    if (!/^\d+$/.test(field)) {
      if (creates(child)) throw notViable(field, path, current);
      continue;
    }
    const index = Number(field);
    const result = applyNode(child, current[index], join(path, field), state);
    if (result === UNCHANGED) continue;
    out ??= [...current];
    if (result === UNSET) {
      if (index < out.length) out[index] = null;
      continue;
    }
    while (out.length < index) out.push(null);
    out[index] = result;
  }
  return out ?? UNCHANGED;
}

function applyArrayNode(node: ArrayNode, current: unknown, path: string, state: ApplyState): unknown {
  if (current === undefined) {
    throw new CommandError(
      'BadValue',
      `The path '${path}' must exist in the document in order to apply array updates.`,
    );
  }
  if (!Array.isArray(current)) {
    throw new CommandError(
      'BadValue',
      `Cannot apply array updates to non-array element ${path.split('.').pop() ?? path}: ${formatBsonValue(current)}`,
    );
  }
  let out: unknown[] | undefined;
  current.forEach((element: unknown, index) => {
    let subtree: UpdateNode | undefined;
    for (const [identifier, child] of node.children) {
      if (identifier !== '' && !(state.filterTests.get(identifier)?.(element) ?? false)) continue;
      subtree = subtree ? mergeNodes(subtree, child, join(path, String(index))) : child;
    }
    if (!subtree) return;
    const result = applyNode(subtree, element, join(path, String(index)), state);
    if (result === UNCHANGED) return;
    out ??= current.slice() as unknown[];
    out[index] = result === UNSET ? null : result;
  });
  return out ?? UNCHANGED;
}

function applyNode(node: UpdateNode, current: unknown, path: string, state: ApplyState): unknown {
  if (node.kind === 'leaf') return node.operation.apply(current, path, state);
  if (node.kind === 'array') return applyArrayNode(node, current, path, state);
  if (isPlainDocument(current)) return applyToDocument(node, current, path, state);
  if (Array.isArray(current)) return applyToArray(node, current, path, state);
  if (current === undefined) {
    if (!creates(node)) return UNCHANGED;
    const created = applyToDocument(node, {}, path, state);
    return created === UNCHANGED ? UNCHANGED : created;
  }
  const firstCreating = objectChildren(node, path, state).find(([, child]) => creates(child));
  if (firstCreating) throw notViable(firstCreating[0], path, current);
  return UNCHANGED;
}
