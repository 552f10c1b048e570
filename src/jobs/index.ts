import type { JobDefinition } from './job.js';

/** Every job the scheduler runs; a job must be listed here to be scheduled. */
export const jobs: readonly JobDefinition[] = [];
