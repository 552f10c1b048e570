/**
 * `npm run test-db`: the in-process MongoDB-compatible server on its own, for running the bot or poking
 * at data without a real MongoDB. Port from `--port <n>`, else TEST_DB_PORT, else 27017 when free,
 * else any free port. Prints the connection string and runs until SIGINT/SIGTERM.
 */
import { InProcessMongoServer } from './wire-server/in-process-mongo-server.js';

const PREFERRED_PORT = 27017;
const DATABASE_NAME = 'mentor-bot';

function parsePort(value: string, source: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`${source} must be a port number (0-65535), got "${value}"`);
  return port;
}

function requestedPort(argv: readonly string[], environmentPort: string | undefined): number | undefined {
  const flagIndex = argv.findIndex((argument) => argument === '--port' || argument.startsWith('--port='));
  if (flagIndex >= 0) {
    const flag = argv[flagIndex] ?? '';
    const value = flag.includes('=') ? flag.slice('--port='.length) : (argv[flagIndex + 1] ?? '');
    return parsePort(value, '--port');
  }
  return environmentPort === undefined || environmentPort === ''
    ? undefined
    : parsePort(environmentPort, 'TEST_DB_PORT');
}

async function start(port: number | undefined): Promise<InProcessMongoServer> {
  if (port !== undefined) return InProcessMongoServer.start({ port });
  try {
    return await InProcessMongoServer.start({ port: PREFERRED_PORT });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return InProcessMongoServer.start({ port: 0 });
  }
}

try {
  const server = await start(requestedPort(process.argv.slice(2), process.env.TEST_DB_PORT));
  console.log(server.uri(DATABASE_NAME));
  console.error('In-process MongoDB-compatible test server running (data lives in memory only). Stop with Ctrl+C.');
  const stop = (): void => {
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
