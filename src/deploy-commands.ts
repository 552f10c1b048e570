import { commands, messageCommands } from '../commands/index.js';
import { loadConfigFromProcess } from './config.js';
import { deployCommands } from './discord/command-deployment.js';

const result = loadConfigFromProcess();
if (!result.ok) {
  process.stderr.write(`Cannot deploy commands; fix these settings (see .env.example):\n`);
  for (const problem of result.problems) process.stderr.write(`  - ${problem}\n`);
  process.exit(1);
}
try {
  const report = await deployCommands(
    result.config.discord,
    [...commands, ...messageCommands].map((command) => command.data),
  );
  const list = (names: string[]) => (names.length > 0 ? names.map((n) => `/${n}`).join(', ') : 'none');
  process.stdout.write(
    `Deployed ${commands.length + messageCommands.length} commands (${report.scope}).\n` +
      `  added: ${list(report.added)}\n  changed: ${list(report.changed)}\n  removed: ${list(report.removed)}\n  unchanged: ${list(report.unchanged)}\n`,
  );
} catch (error) {
  process.stderr.write(`Deploying commands failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
