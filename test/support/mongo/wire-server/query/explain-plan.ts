/**
 * Builds explain's `winningPlan` in mongod's (classic engine) shape: FETCH over IXSCAN naming the index,
 * COLLSCAN when no index applies, IDHACK for `_id` lookups, SORT/SKIP/LIMIT/PROJECTION on top.
 */
import { bsonTypeGroup } from '../bson-value.js';
import { isOperatorObject, type Document } from '../document.js';
import { formatBsonValue } from '../format-bson-value.js';
import type { FieldConstraint } from './filter-constraints.js';
import type { AccessPlan } from './query-planner.js';
import type { SortKey } from './sort-documents.js';

export interface QueryShape {
  readonly filter: Document;
  readonly sort?: readonly SortKey[];
  readonly skip?: number;
  readonly limit?: number;
  readonly projection?: Document | undefined;
}

function boundValue(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return value > 0 ? 'inf.0' : '-inf.0';
  return formatBsonValue(value);
}

/** Index bounds as mongod prints them (`["[\"a\", \"a\"]"]`), exact for equality and numeric or date ranges. */
function fieldBounds(constraint: FieldConstraint | undefined, filterValue: unknown): string[] {
  if (constraint?.lookupValues !== undefined) {
    return constraint.lookupValues.map((value) => `[${boundValue(value)}, ${boundValue(value)}]`);
  }
  if (constraint?.bounded && isOperatorObject(filterValue)) {
    const lower = filterValue.$gte ?? filterValue.$gt;
    const upper = filterValue.$lte ?? filterValue.$lt;
    const sample = lower ?? upper;
    if (sample !== undefined && (bsonTypeGroup(sample) === 'number' || bsonTypeGroup(sample) === 'date')) {
      const isNumber = bsonTypeGroup(sample) === 'number';
      const low = lower === undefined ? (isNumber ? '-inf.0' : 'new Date(-9223372036854775808)') : boundValue(lower);
      const high = upper === undefined ? (isNumber ? 'inf.0' : 'new Date(9223372036854775807)') : boundValue(upper);
      return [`${'$gte' in filterValue ? '[' : '('}${low}, ${high}${'$lte' in filterValue ? ']' : ')'}`];
    }
  }
  return ['[MinKey, MaxKey]'];
}

function indexScanStage(plan: Extract<AccessPlan, { kind: 'indexScan' }>, filter: Document): Document {
  const { definition } = plan.index;
  const indexBounds: Document = {};
  definition.fields.forEach((field, i) => {
    indexBounds[field.path] =
      i < plan.boundedFields ? fieldBounds(plan.constraints.get(field.path), filter[field.path]) : ['[MinKey, MaxKey]'];
  });
  return {
    stage: 'IXSCAN',
    keyPattern: definition.key,
    indexName: definition.name,
    isMultiKey: plan.index.isMultiKey,
    multiKeyPaths: Object.fromEntries(definition.fields.map((field) => [field.path, []])),
    isUnique: definition.unique,
    isSparse: definition.sparse,
    isPartial: definition.partialFilterExpression !== undefined,
    indexVersion: 2,
    direction: plan.direction,
    indexBounds,
  };
}

function isIdLookup(plan: AccessPlan, filter: Document): boolean {
  return (
    plan.kind === 'indexScan' &&
    plan.index.name === '_id_' &&
    Object.keys(filter).length === 1 &&
    plan.lookup?.keys.length === 1
  );
}

/** The stage that reads documents: COLLSCAN, IDHACK, FETCH over IXSCAN, or FETCH over OR of IXSCANs. */
export function accessStage(plan: AccessPlan, filter: Document): Document {
  if (plan.kind === 'collectionScan') {
    return { stage: 'COLLSCAN', ...(Object.keys(filter).length > 0 ? { filter } : {}), direction: 'forward' };
  }
  if (plan.kind === 'or') {
    const branches = plan.branches.map((branch) =>
      branch.kind === 'indexScan' ? indexScanStage(branch, filter) : accessStage(branch, filter),
    );
    return {
      stage: 'SUBPLAN',
      inputStage: { stage: 'FETCH', filter, inputStage: { stage: 'OR', inputStages: branches } },
    };
  }
  if (isIdLookup(plan, filter)) return { stage: 'IDHACK' };
  const residual = residualFilter(plan, filter);
  return {
    stage: 'FETCH',
    ...(residual === undefined ? {} : { filter: residual }),
    inputStage: indexScanStage(plan, filter),
  };
}

/** The part of the filter the index bounds do not answer, which FETCH re-checks (absent when there is none). */
function residualFilter(plan: Extract<AccessPlan, { kind: 'indexScan' }>, filter: Document): Document | undefined {
  const indexed = new Set(plan.index.definition.fields.slice(0, plan.boundedFields).map((field) => field.path));
  const residual = Object.fromEntries(
    Object.entries(filter).filter(([key]) => !indexed.has(key) || plan.constraints.get(key) === undefined),
  );
  return Object.keys(residual).length === 0 ? undefined : residual;
}

/** The whole winning plan of a find: access stage, then sort, skip, limit and projection as mongod stacks them. */
export function findWinningPlan(plan: AccessPlan, shape: QueryShape): Document {
  let stage = accessStage(plan, shape.filter);
  const sortSatisfiedByIndex = plan.kind === 'indexScan' && plan.providesSort;
  const sort = shape.sort ?? [];
  const limit = shape.limit ?? 0;
  const skip = shape.skip ?? 0;
  if (sort.length > 0 && !sortSatisfiedByIndex && stage.stage !== 'IDHACK') {
    stage = {
      stage: 'SORT',
      sortPattern: Object.fromEntries(sort.map((key) => [key.path, key.direction])),
      memLimit: 104_857_600,
      ...(limit > 0 ? { limitAmount: limit + skip } : {}),
      type: 'simple',
      inputStage: stage,
    };
  } else if (limit > 0) {
    stage = { stage: 'LIMIT', limitAmount: limit + skip, inputStage: stage };
  }
  if (skip > 0) stage = { stage: 'SKIP', skipAmount: skip, inputStage: stage };
  if (shape.projection !== undefined && Object.keys(shape.projection).length > 0) {
    stage = { stage: 'PROJECTION_DEFAULT', transformBy: shape.projection, inputStage: stage };
  }
  return stage;
}
