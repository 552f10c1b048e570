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
  NamespaceExists: 48,
  PathNotViable: 28,
  ConflictingUpdateOperators: 40,
  CursorNotFound: 43,
  InvalidIdField: 53,
  EmptyFieldName: 56,
  ImmutableField: 66,
  CannotCreateIndex: 67,
  InvalidOptions: 72,
  InvalidNamespace: 73,
  IndexOptionsConflict: 85,
  IndexKeySpecsConflict: 86,
  CommandNotFound: 59,
  InvalidPipelineOperator: 168,
  NotImplemented: 238,
  DuplicateKey: 11000,
  Location13113: 13113,
  Location15947: 15947,
  Location15952: 15952,
  Location15976: 15976,
  Location16990: 16990,
  Location17276: 17276,
  Location17419: 17419,
  Location17420: 17420,
  Location31249: 31249,
  Location31253: 31253,
  Location31254: 31254,
  Location40323: 40323,
  Location40234: 40234,
  Location40324: 40324,
  Location40414: 40414,
  Location40415: 40415,
  Location40601: 40601,
  Location51132: 51132,
  Location51134: 51134,
  Location51183: 51183,
  Location51246: 51246,
  Location51272: 51272,
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
