import { CommandError } from '../command-error.js';
import type { Document } from '../document.js';

/**
 * A statement's failure as mongod lists it in `writeErrors` (index of the statement, code, errmsg, and
 * for duplicate keys keyPattern/keyValue). Errors that are not MongoDB errors abort the whole command.
 */
export function writeErrorOf(error: unknown, index: number): Document {
  if (!(error instanceof CommandError)) throw error;
  return { index, code: error.code, errmsg: error.message, ...error.details };
}

/** Adds `writeErrors` to a reply only when there are some, as mongod does. */
export function withWriteErrors(reply: Document, writeErrors: readonly Document[]): Document {
  return writeErrors.length === 0 ? reply : { ...reply, writeErrors };
}
