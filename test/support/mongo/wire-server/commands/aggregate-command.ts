import type { CommandDefinition } from '../command-context.js';
import { cloneValue } from '../document.js';
import { runPipeline } from '../query/mingo-engine.js';
import { selectForAggregate } from './aggregate-selection.js';
import { explainAggregate } from './explain-command.js';
import { evaluationScope } from './statement-options.js';

export const aggregateCommand: CommandDefinition = {
  names: ['aggregate'],
  fields: ['pipeline', 'cursor', 'explain', 'allowDiskUse', 'bypassDocumentValidation', 'collation', 'hint', 'let'],
  run: (context) => {
    const { fields, store, databaseName } = context;
    if (fields.boolean('explain') === true) return explainAggregate(context, 'queryPlanner');
    const outcome = selectForAggregate(context);
    const scope = evaluationScope(store, databaseName, fields.document('let'));
    const documents = runPipeline(outcome.selection.documents.map(cloneValue), outcome.remainingStages, scope);
    const batchSize = fields.document('cursor')?.batchSize;
    return {
      cursor: context.cursors.open(outcome.namespace, documents, {
        batchSize: typeof batchSize === 'number' ? batchSize : undefined,
      }),
    };
  },
};
