import type { Collation } from '../collation.js';
import type { Document } from '../document.js';
import type { CollectionStore } from '../storage/collection-store.js';
import { compileFilter, type EvaluationScope } from './mingo-engine.js';
import { candidates, lookupAnswersFilter, planAccess, type AccessPlan } from './query-planner.js';
import { parseSort, sortDocuments } from './sort-documents.js';

export interface Selection {
  readonly filter: Document;
  readonly sort?: unknown;
  readonly skip?: number;
  readonly limit?: number;
  readonly hint?: unknown;
  /** How strings compare in the filter and the sort (undefined: binary). */
  readonly collation?: Collation | undefined;
}

export interface SelectionResult {
  /** The stored documents themselves (never to be changed in place). */
  readonly documents: Document[];
  readonly plan: AccessPlan;
  /** How many stored documents were read to find them, as explain's totalDocsExamined. */
  readonly examined: number;
}

/**
 * Finds the stored documents a filter selects, through the planner's index choice, then sorts, skips
 * and limits. Without a sort it stops reading as soon as skip + limit matches are found.
 */
export function selectDocuments(
  collection: CollectionStore | undefined,
  selection: Selection,
  scope: EvaluationScope = {},
): SelectionResult {
  const sortKeys = parseSort(selection.sort);
  const { collation } = selection;
  const matcher = compileFilter(selection.filter, scope, collation);
  if (collection === undefined) return { documents: [], plan: { kind: 'collectionScan' }, examined: 0 };
  const sortSpec = Object.fromEntries(sortKeys.map((key) => [key.path, key.direction]));
  const plan = planAccess(collection, selection.filter, { sort: sortSpec, hint: selection.hint, collation });
  const skip = selection.skip ?? 0;
  const limit = selection.limit ?? 0;
  const stopAfter = sortKeys.length === 0 && limit > 0 ? skip + limit : Infinity;
  let examined = 0;
  let matches: Document[] = [];
  // When the index lookup answered the filter, matching each document again would only repeat it.
  const answered = lookupAnswersFilter(plan, selection.filter);
  for (const document of candidates(collection, plan)) {
    examined += 1;
    if (answered || matcher.test(document)) matches.push(document);
    if (matches.length >= stopAfter) break;
  }
  matches = sortDocuments(matches, sortKeys, collation?.compareStrings);
  return { documents: matches.slice(skip, limit > 0 ? skip + limit : undefined), plan, examined };
}
