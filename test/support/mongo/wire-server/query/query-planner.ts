import { bsonTypeGroup, encodeKey } from '../bson-value.js';
import { CommandError } from '../command-error.js';
import { sameCollation, type Collation } from '../collation.js';
import { isOperatorObject, isPlainDocument, type Document } from '../document.js';
import type { CollectionIndex } from '../storage/collection-index.js';
import type { CollectionStore } from '../storage/collection-store.js';
import { equalitySeed, filterConstraints, type FieldConstraint } from './filter-constraints.js';
import { compileFilter } from './mingo-engine.js';

/** Lookups through one index: the number of leading key fields matched, and the encoded keys to fetch. */
export interface IndexLookup {
  readonly prefixLength: number;
  readonly keys: readonly string[];
}

/**
 * How a query reaches its candidate documents. Explain reports it; `candidates` follows it. An index
 * scan without a lookup (a range, or an index chosen for its sort order) still reads every document,
 * but explain names the index as mongod would.
 */
export type AccessPlan =
  | { readonly kind: 'collectionScan' }
  | {
      readonly kind: 'indexScan';
      readonly index: CollectionIndex;
      readonly lookup: IndexLookup | undefined;
      readonly constraints: ReadonlyMap<string, FieldConstraint>;
      /** Leading key fields the filter bounds; 0 when the index was chosen only for its order. */
      readonly boundedFields: number;
      /** Whether scanning the index yields the requested sort order, so no sort stage is needed. */
      readonly providesSort: boolean;
      readonly direction: 'forward' | 'backward';
    }
  | { readonly kind: 'or'; readonly branches: readonly AccessPlan[] };

/** More combinations than this (from several `$in` lists) are not worth enumerating; the scan is used instead. */
const MAX_LOOKUP_KEYS = 1000;

interface Candidate {
  readonly index: CollectionIndex;
  readonly boundedFields: number;
  readonly lookup: IndexLookup | undefined;
  readonly sortDirection: 'forward' | 'backward' | undefined;
}

type SortFields = readonly (readonly [string, unknown])[];

function containsString(value: unknown): boolean {
  const group = bsonTypeGroup(value);
  if (group === 'string') return true;
  if (group === 'array') return (value as unknown[]).some(containsString);
  return group === 'object' && Object.values(value as Document).some(containsString);
}

/**
 * mongod uses an index for string comparisons only under the index's own collation; bounds without
 * strings (numbers, ids, dates) may use an index whatever its collation.
 */
function collationAllows(
  index: CollectionIndex,
  constraints: ReadonlyMap<string, FieldConstraint>,
  collation: Collation | undefined,
): boolean {
  if (sameCollation(index.definition.collation, collation)) return true;
  return index.definition.fields.every((field) => {
    const constraint = constraints.get(field.path);
    return (
      constraint === undefined ||
      (constraint.lookupValues !== undefined && !constraint.lookupValues.some(containsString))
    );
  });
}

function isEligible(
  index: CollectionIndex,
  constraints: ReadonlyMap<string, FieldConstraint>,
  collation: Collation | undefined,
): boolean {
  const { definition } = index;
  if (definition.hidden) return false;
  if (!collationAllows(index, constraints, collation)) return false;
  if (definition.sparse && !definition.fields.some((field) => constraints.get(field.path)?.lookupValues !== undefined))
    return false;
  if (definition.partialFilterExpression !== undefined) {
    return compileFilter(definition.partialFilterExpression).test(equalitySeed(constraints));
  }
  return true;
}

function lookupFor(index: CollectionIndex, constraints: ReadonlyMap<string, FieldConstraint>): IndexLookup | undefined {
  let combinations: unknown[][] = [[]];
  let prefixLength = 0;
  for (const field of index.definition.fields) {
    const constraint = constraints.get(field.path);
    if (!constraint?.equality || constraint.lookupValues === undefined) break;
    const values = constraint.lookupValues;
    if (combinations.length * values.length > MAX_LOOKUP_KEYS) break;
    combinations = combinations.flatMap((combination) => values.map((value) => [...combination, value]));
    prefixLength += 1;
  }
  if (prefixLength === 0) return undefined;
  const stringKey = index.definition.collation?.stringKey;
  const keys = new Set(
    combinations.map((combination) => JSON.stringify(combination.map((value) => encodeKey(value, stringKey)))),
  );
  return { prefixLength, keys: [...keys] };
}

/**
 * The direction in which scanning the index yields documents in `sort` order, if it does: after the
 * leading fields the filter pins to one value, the key fields must follow the sort keys, all in the
 * same or all in the opposite direction.
 */
function sortDirection(
  index: CollectionIndex,
  constraints: ReadonlyMap<string, FieldConstraint>,
  sort: SortFields,
): 'forward' | 'backward' | undefined {
  if (sort.length === 0) return undefined;
  const pinned = (path: string): boolean => {
    const constraint = constraints.get(path);
    return constraint?.equality === true && (constraint.lookupValues?.length ?? 1) <= 1;
  };
  const wanted = sort.filter(([path]) => !pinned(path));
  const fields = index.definition.fields;
  let start = 0;
  while (start < fields.length && pinned(fields[start]?.path ?? '')) start += 1;
  const follows = (sign: 1 | -1): boolean =>
    wanted.every(([path, direction], i) => {
      const field = fields[start + i];
      return field?.path === path && Number(direction) * sign === field.direction;
    });
  if (follows(1)) return 'forward';
  return follows(-1) ? 'backward' : undefined;
}

function candidateFor(
  index: CollectionIndex,
  constraints: ReadonlyMap<string, FieldConstraint>,
  sort: SortFields,
  collation: Collation | undefined,
): Candidate | undefined {
  let boundedFields = 0;
  for (const field of index.definition.fields) {
    const constraint = constraints.get(field.path);
    if (!constraint?.bounded) break;
    boundedFields += 1;
    if (!constraint.equality) break;
  }
  if (boundedFields === 0 || !isEligible(index, constraints, collation)) return undefined;
  return {
    index,
    boundedFields,
    lookup: lookupFor(index, constraints),
    sortDirection: sameCollation(index.definition.collation, collation)
      ? sortDirection(index, constraints, sort)
      : undefined,
  };
}

/**
 * Prefers the index that narrows most, then bounds most fields, then also delivers the sort order
 * (sparing a blocking sort, which mongod's trial runs favour), then is unique, then is shortest.
 */
function better(left: Candidate, right: Candidate): Candidate {
  const score = (candidate: Candidate): number[] => [
    candidate.lookup?.prefixLength ?? 0,
    candidate.boundedFields,
    candidate.sortDirection === undefined ? 0 : 1,
    candidate.index.definition.unique ? 1 : 0,
    -candidate.index.definition.fields.length,
  ];
  const leftScore = score(left);
  const rightScore = score(right);
  for (let i = 0; i < leftScore.length; i += 1) {
    const difference = (leftScore[i] ?? 0) - (rightScore[i] ?? 0);
    if (difference !== 0) return difference > 0 ? left : right;
  }
  return left;
}

/** With no index usable for the filter, an index in sort order still beats a collection scan plus a sort. */
function indexForSort(
  collection: CollectionStore,
  constraints: ReadonlyMap<string, FieldConstraint>,
  sort: SortFields,
  collation: Collation | undefined,
): AccessPlan | undefined {
  for (const index of collection.indexList()) {
    const { sparse, partialFilterExpression, hidden } = index.definition;
    if (sparse || hidden || partialFilterExpression !== undefined) continue;
    if (!sameCollation(index.definition.collation, collation)) continue;
    const direction = sortDirection(index, new Map(), sort);
    if (direction) {
      return {
        kind: 'indexScan',
        index,
        lookup: undefined,
        constraints,
        boundedFields: 0,
        providesSort: true,
        direction,
      };
    }
  }
  return undefined;
}

function hintedIndex(collection: CollectionStore, hint: unknown): CollectionIndex | 'natural' | undefined {
  if (hint === undefined || (isPlainDocument(hint) && Object.keys(hint).length === 0)) return undefined;
  if (isPlainDocument(hint) && '$natural' in hint) return 'natural';
  const found = collection
    .indexList()
    .find((index) =>
      typeof hint === 'string' ? index.name === hint : encodeKey(index.definition.key) === encodeKey(hint),
    );
  if (!found)
    throw new CommandError(
      'BadValue',
      'error processing query: planner returned error :: caused by :: hint provided does not correspond to an existing index',
    );
  return found;
}

/** Chooses how to reach the documents a filter can match, the way mongod's planner would for simple cases. */
export function planAccess(
  collection: CollectionStore,
  filter: Document,
  options: { sort?: Document; hint?: unknown; collation?: Collation | undefined } = {},
): AccessPlan {
  const { collation } = options;
  const constraints = filterConstraints(filter);
  const sort = Object.entries(options.sort ?? {});
  const hinted = hintedIndex(collection, options.hint);
  if (hinted === 'natural') return { kind: 'collectionScan' };
  const candidates = hinted ? [hinted] : collection.indexList();
  let best: Candidate | undefined;
  for (const index of candidates) {
    const candidate = candidateFor(index, constraints, sort, collation);
    if (candidate) best = best ? better(best, candidate) : candidate;
  }
  if (hinted && !best) {
    const direction = sortDirection(hinted, constraints, sort);
    return {
      kind: 'indexScan',
      index: hinted,
      lookup: undefined,
      constraints,
      boundedFields: 0,
      providesSort: direction !== undefined,
      direction: direction ?? 'forward',
    };
  }
  if (best) {
    return {
      kind: 'indexScan',
      index: best.index,
      lookup: best.lookup,
      constraints,
      boundedFields: best.boundedFields,
      providesSort: best.sortDirection !== undefined,
      direction: best.sortDirection ?? 'forward',
    };
  }
  const orPlan = planDisjunction(collection, filter, collation);
  if (orPlan) return orPlan;
  return (
    (sort.length > 0 ? indexForSort(collection, constraints, sort, collation) : undefined) ?? {
      kind: 'collectionScan',
    }
  );
}

/** A top-level `$or` whose every branch can use an index is answered as a union of index scans. */
function planDisjunction(
  collection: CollectionStore,
  filter: Document,
  collation: Collation | undefined,
): AccessPlan | undefined {
  const clauses = filter.$or;
  if (!Array.isArray(clauses) || clauses.length === 0) return undefined;
  const branches: AccessPlan[] = [];
  for (const clause of clauses) {
    if (!isPlainDocument(clause)) return undefined;
    const branch = planAccess(collection, clause, { collation });
    if (branch.kind !== 'indexScan' || branch.boundedFields === 0) return undefined;
    branches.push(branch);
  }
  return { kind: 'or', branches };
}

/**
 * Whether the documents an index lookup reaches are exactly the filter's matches, so matching them again
 * would only repeat the index's work: every condition of the filter is a plain equality (or `$in`) on one of
 * the index fields the lookup used, and the lookup used all of them. (Lookups only exist for values an
 * index finds exactly: not null, arrays, regexes or operators; see filter-constraints.ts.)
 */
export function lookupAnswersFilter(plan: AccessPlan, filter: Document): boolean {
  if (plan.kind !== 'indexScan' || plan.lookup === undefined) return false;
  const looked = plan.index.definition.fields.slice(0, plan.lookup.prefixLength).map((field) => field.path);
  const conditions = Object.entries(filter);
  return (
    conditions.length === looked.length &&
    conditions.every(
      ([path, condition]) =>
        looked.includes(path) && plan.constraints.get(path)?.lookupValues !== undefined && isPlainEquality(condition),
    )
  );
}

function isPlainEquality(condition: unknown): boolean {
  if (!isOperatorObject(condition)) return true;
  const operators = Object.keys(condition);
  return operators.length === 1 && (operators[0] === '$eq' || operators[0] === '$in');
}

/**
 * The documents a plan reaches, a superset of the matches (the caller still applies the filter).
 * Index lookups give documents in key order; everything else in natural order.
 */
export function candidates(collection: CollectionStore, plan: AccessPlan): Iterable<Document> {
  const ids = candidateIds(collection, plan);
  if (ids === undefined) return collection.all();
  return (function* fetch(): Generator<Document> {
    for (const id of ids) {
      const document = collection.byEncodedId(id);
      if (document) yield document;
    }
  })();
}

function candidateIds(collection: CollectionStore, plan: AccessPlan): Set<string> | undefined {
  if (plan.kind === 'collectionScan') return undefined;
  if (plan.kind === 'or') {
    const union = new Set<string>();
    for (const branch of plan.branches) {
      const ids = candidateIds(collection, branch);
      if (ids === undefined) return undefined;
      for (const id of ids) union.add(id);
    }
    return union;
  }
  const { lookup, index } = plan;
  if (lookup === undefined) return undefined;
  const ids = new Set<string>();
  for (const key of lookup.keys) for (const id of index.lookup(lookup.prefixLength, key)) ids.add(id);
  return ids;
}
