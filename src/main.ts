import { createApp } from './app.js';
import { loadConfigFromProcess } from './config.js';
import { createLogger } from './logger.js';
import { StartupError } from './startup-error.js';

const FORCED_EXIT_MS = 10_000;

const result = loadConfigFromProcess();
if (!result.ok) {
  process.stderr.write(`mentor-bot cannot start; fix these settings (see .env.example):\n`);
  for (const problem of result.problems) process.stderr.write(`  - ${problem}\n`);
  process.exit(1);
}

const logger = createLogger(result.config);
const app = createApp(result.config, { logger });

async function shutdown(signal: string, exitCode: number): Promise<void> {
  logger.info('Received a stop request', { signal });
  // A stuck step must not keep the process alive past the supervisor's patience.
  setTimeout(() => process.exit(exitCode === 0 ? 1 : exitCode), FORCED_EXIT_MS).unref();
  await app.stop();
  process.exit(exitCode);
}

process.once('SIGINT', () => void shutdown('SIGINT', 0));
process.once('SIGTERM', () => void shutdown('SIGTERM', 0));
process.on('unhandledRejection', (reason) => logger.error('Unhandled promise rejection', { error: reason }));
process.on('uncaughtException', (error) => {
  // The process is in an unknown state: record why, then shut down cleanly for the supervisor to restart.
  logger.error('Uncaught exception; shutting down', { error });
  void shutdown('uncaughtException', 1);
});

try {
  await app.start();
} catch (error) {
  if (error instanceof StartupError) {
    process.stderr.write(`mentor-bot cannot start: ${error.message}\n`);
  } else {
    logger.error('Start-up failed', { error });
  }
  await app.stop();
  process.exit(1);
}
