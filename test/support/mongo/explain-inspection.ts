/**
 * Reads explain output from any backend: mongod 7's classic plans (FETCH -> IXSCAN), its
 * slot-based-engine plans (`winningPlan.queryPlan`), aggregate explains (`stages[0].$cursor`), mongod
 * 8's express stages (EXPRESS_IXSCAN) and the in-process server's plans, so a test can assert that a
 * query uses an index without knowing which server answered.
 */

export interface PlanStage {
  readonly stage: string;
  readonly indexName?: string;
}

/** Parts of explain output that describe other plans, repeat the winning one (executionStats) or echo the command. */
const NOT_THE_WINNING_PLAN = new Set([
  'rejectedPlans',
  'executionStats',
  'command',
  'slotBasedPlan',
  'parsedQuery',
  'filter',
]);

/** Every stage of the winning plan(s), depth first. */
export function planStages(explain: unknown): PlanStage[] {
  const stages: PlanStage[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (typeof record.stage === 'string') {
      stages.push({
        stage: record.stage,
        ...(typeof record.indexName === 'string' ? { indexName: record.indexName } : {}),
      });
    }
    for (const [key, child] of Object.entries(record)) if (!NOT_THE_WINNING_PLAN.has(key)) visit(child);
  };
  visit(explain);
  return stages;
}

const INDEX_STAGES = /IXSCAN|IDHACK|COUNT_SCAN|DISTINCT_SCAN/;

/** The stages that read an index (IXSCAN and its relatives), with the index they name. */
export function indexScans(explain: unknown): PlanStage[] {
  return planStages(explain).filter((stage) => INDEX_STAGES.test(stage.stage));
}

/** True when the winning plan reads the whole collection and no index. */
export function isCollectionScan(explain: unknown): boolean {
  const stages = planStages(explain);
  return stages.some((stage) => stage.stage === 'COLLSCAN') && indexScans(explain).length === 0;
}
