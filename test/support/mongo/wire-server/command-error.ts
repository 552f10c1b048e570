import type { Document } from './document.js';

/** The MongoDB error codes this server answers with, named as the server names them (`codeName`). */
const ErrorCode = {
  InternalError: 1,
  BadValue: 2,
  FailedToParse: 9,
  TypeMismatch: 14,
  IllegalOperation: 20,
  IndexNotFound: 27,
  NamespaceNotFound: 26,
  PathNotViable: 28,
  ConflictingUpdateOperators: 40,
  CursorNotFound: 43,
  InvalidIdField: 53,
  ImmutableField: 66,
  CannotCreateIndex: 67,
  InvalidOptions: 72,
  InvalidNamespace: 73,
  IndexOptionsConflict: 85,
  IndexKeySpecsConflict: 86,
  NotImplemented: 238,
  DuplicateKey: 11000,
} as const;

export type ErrorCodeName = keyof typeof ErrorCode;

/**
 * An error answered to the client as `{ ok: 0, errmsg, code, codeName, ...details }`, which the driver
 * turns into a MongoServerError carrying the same fields.
 */
export class CommandError extends Error {
  readonly code: number;

  constructor(
    readonly codeName: ErrorCodeName,
    message: string,
    readonly details: Document = {},
  ) {
    super(message);
    this.name = 'CommandError';
    this.code = ErrorCode[codeName];
  }

  toReply(): Document {
    return { ok: 0, errmsg: this.message, code: this.code, codeName: this.codeName, ...this.details };
  }
}

/** The loud answer for anything this server does not do, so a gap never passes as a wrong result. */
export function notImplemented(feature: string): CommandError {
  return new CommandError('NotImplemented', `Feature not implemented in the in-process test server: ${feature}`);
}
