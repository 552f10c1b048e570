import type { CommandDefinition } from '../command-context.js';
import { runPipeline } from '../query/mingo-engine.js';
import { assertKnownStages, OUTPUT_STAGES } from '../query/pipeline-names.js';
import { writeMerge, writeOut } from './aggregate-output.js';
import { selectForAggregate } from './aggregate-selection.js';
import { explainAggregate } from './explain-command.js';
import { evaluationScope } from './statement-options.js';

export const aggregateCommand: CommandDefinition = {
  names: ['aggregate'],
  fields: ['pipeline', 'cursor', 'explain', 'allowDiskUse', 'bypassDocumentValidation', 'collation', 'hint', 'let'],
  run: (context) => {
    const { fields, store, databaseName } = context;
    assertKnownStages(fields.documents('pipeline') ?? [], true);
    if (fields.boolean('explain') === true) return explainAggregate(context, 'queryPlanner');
    const outcome = selectForAggregate(context);
    const scope = evaluationScope(store, databaseName, fields.document('let'));
    const last = outcome.remainingStages[outcome.remainingStages.length - 1];
    const output = last && OUTPUT_STAGES.has(Object.keys(last)[0] ?? '') ? last : undefined;
    const stages = output ? outcome.remainingStages.slice(0, -1) : outcome.remainingStages;
    const documents = runPipeline(outcome.selection.documents, stages, scope, outcome.collation);
    if (output?.$out !== undefined) writeOut(store, databaseName, output.$out, documents);
    if (output?.$merge !== undefined) writeMerge(store, databaseName, output.$merge, documents, scope);
    const batchSize = fields.document('cursor')?.batchSize;
    return {
      cursor: context.cursors.open(outcome.namespace, output ? [] : documents, {
        batchSize: typeof batchSize === 'number' ? batchSize : undefined,
      }),
    };
  },
};
