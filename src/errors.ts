/**
 * Errors a user can cause and fix. Services throw them with a code and the details a message needs;
 * `src/discord/error-messages.ts` is the one place that turns each code into words.
 * Anything else that is thrown is a bug: the error boundary logs it and shows a generic message.
 */
export type UserErrorCode =
  'not-found' | 'invalid-input' | 'forbidden' | 'conflict' | 'expired-component' | 'guild-only' | 'request-refused';

export class UserError extends Error {
  constructor(
    readonly code: UserErrorCode,
    readonly details: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code}: ${JSON.stringify(details)}`);
    this.name = 'UserError';
  }
}

export class NotFoundError extends UserError {
  constructor(what: string, hint = '') {
    super('not-found', { what, hint });
  }
}

/** Input that passed the shape check but breaks a rule (a bio too long, windows that overlap). */
export class InvalidInputError extends UserError {
  constructor(field: string, problem: string) {
    super('invalid-input', { field, problem });
  }
}

export class ForbiddenError extends UserError {
  constructor(reason: string) {
    super('forbidden', { reason });
  }
}

export class ConflictError extends UserError {
  constructor(reason: string) {
    super('conflict', { reason });
  }
}

/**
 * Why a mentorship request cannot be made, or answered: the asker themself, the mentor's standing, the
 * member's limits, an earlier decline or block, or a request that is no longer pending.
 */
export type RequestRefusal =
  | 'self'
  | 'mentor-unavailable'
  | 'mentor-full'
  | 'mentor-left'
  | 'already-mentored'
  | 'duplicate'
  | 'limit'
  | 'cooldown'
  | 'blocked'
  | 'already-answered'
  | 'mentor-paused'
  | 'mentor-not-recognised'
  | 'no-free-place'
  | 'mentee-already-yours';

export class RequestRefusedError extends UserError {
  /** `details` carries what the words need: `mentorId`, `mentorName`, `max`, `until` (unix seconds), `status`. */
  constructor(
    readonly refusal: RequestRefusal,
    details: Readonly<Record<string, string | number>> = {},
  ) {
    super('request-refused', { refusal, ...details });
  }
}

/**
 * MongoDB cannot be reached or did not answer in time. Nothing the user did, and it passes by itself:
 * the member is asked to try again in a minute, and jobs retry. `asDatabaseUnavailable` (src/database-health.ts)
 * recognises the driver's and mongoose's errors for it.
 */
export class DatabaseUnavailableError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The database is unavailable', options);
    this.name = 'DatabaseUnavailableError';
  }
}
