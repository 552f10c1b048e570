export {
  startTestDatabase,
  type StartTestDatabaseOptions,
  type TestDatabase,
  type TestDatabaseBackend,
} from './start-test-database.js';
export { indexScans, isCollectionScan, planStages, type PlanStage } from './explain-inspection.js';
