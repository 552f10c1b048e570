import mongoose from 'mongoose';
import { DatabaseUnavailableError } from './errors.js';
import type { Logger } from './logger.js';

/**
 * Errors (by name: mongoose and Agenda may hold their own copy of the driver) that mean the server could
 * not be reached or answered too late, not that the operation was wrong.
 */
const UNAVAILABLE_ERROR_NAMES: ReadonlySet<string> = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoPoolClearedError',
  'PoolClearedOnNetworkError',
  'MongoWaitQueueTimeoutError',
  'MongoOperationTimeoutError',
  'MongoTopologyClosedError',
  'MongoNotConnectedError',
]);

/** Server codes for a node shutting down or changing role: transient, like a network failure. */
const UNAVAILABLE_SERVER_CODES: ReadonlySet<number> = new Set([
  91, // ShutdownInProgress
  189, // PrimarySteppedDown
  10107, // NotWritablePrimary
  11600, // InterruptedAtShutdown
  11602, // InterruptedDueToReplStateChange
  13435, // NotPrimaryNoSecondaryOk
  13436, // NotPrimaryOrSecondary
]);

/**
 * Socket failures the driver sometimes passes on unwrapped (a write racing the server closing the
 * connection gives a bare EPIPE); counted only when they come from inside the driver.
 */
const SOCKET_ERROR_CODES: ReadonlySet<string> = new Set([
  'EPIPE',
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
const FROM_THE_DRIVER = /[\\/]node_modules[\\/]mongodb[\\/]/u;

/** mongoose's own wording when an operation waited for a connection longer than `bufferTimeoutMS`. */
const BUFFER_TIMEOUT = /buffering timed out after \d+ ?ms/u;

/** The error as a DatabaseUnavailableError when it (or its cause) says MongoDB is unreachable or too slow. */
export function asDatabaseUnavailable(error: unknown): DatabaseUnavailableError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (current instanceof DatabaseUnavailableError) return current;
    if (meansUnavailable(current)) return new DatabaseUnavailableError({ cause: error });
    current = current.cause;
  }
  return undefined;
}

function meansUnavailable(error: Error): boolean {
  if (UNAVAILABLE_ERROR_NAMES.has(error.name)) return true;
  if (error.name === 'MongooseError' && BUFFER_TIMEOUT.test(error.message)) return true;
  const { code } = error as Error & { code?: unknown };
  if (typeof code === 'string') return SOCKET_ERROR_CODES.has(code) && FROM_THE_DRIVER.test(error.stack ?? '');
  return error.name === 'MongoServerError' && typeof code === 'number' && UNAVAILABLE_SERVER_CODES.has(code);
}

/** Whether mongoose holds a working connection now; false from the moment the driver sees the server go. */
export function isDatabaseConnected(): boolean {
  return mongoose.connection.readyState === mongoose.ConnectionStates.connected;
}

/** While MongoDB stays unreachable, a polling loop's failures are reported this often, not on every poll. */
const OUTAGE_REPORT_EVERY_MS = 60_000;

/**
 * An error listener for loops that poll the database (Agenda polls every few seconds): other errors are
 * logged as errors; "database unavailable" ones as one warning a minute, since the loop carries on by
 * itself and picks up where it was once MongoDB is back.
 */
export function pollingErrorLogger(logger: Logger, message: string): (error: unknown) => void {
  let quietUntil = 0;
  return (error) => {
    if (!asDatabaseUnavailable(error)) {
      logger.error(message, { error });
      return;
    }
    const now = Date.now();
    if (now < quietUntil) return;
    quietUntil = now + OUTAGE_REPORT_EVERY_MS;
    logger.warn(`${message}: the database is unavailable; polling continues (next report in a minute at most)`, {
      error,
    });
  };
}
