/**
 * Errors a user can cause and fix. Services throw them with a catalog key and the values its message
 * needs; `src/discord/error-messages.ts` is the one place that turns them into words, in the reader's
 * locale. Anything else that is thrown is a bug: the error boundary logs it and shows a generic message.
 */
import type { MessageKey, MessageParams } from './i18n/message.js';

export type UserErrorCode =
  'not-found' | 'invalid-input' | 'forbidden' | 'conflict' | 'expired-component' | 'guild-only' | 'request-refused';

export class UserError extends Error {
  constructor(
    readonly code: UserErrorCode,
    readonly key: MessageKey,
    /** The message's placeholders, plus what the logs need (`field` of an invalid input). */
    readonly details: MessageParams = {},
  ) {
    super(`${code}: ${key} ${JSON.stringify(details)}`);
    this.name = 'UserError';
  }
}

export class NotFoundError extends UserError {
  constructor(key: MessageKey, params: MessageParams = {}) {
    super('not-found', key, params);
  }
}

/** Input that breaks a rule (a bio too long, windows that overlap); `field` is the option or form field. */
export class InvalidInputError extends UserError {
  constructor(field: string, key: MessageKey, params: MessageParams = {}) {
    super('invalid-input', key, { ...params, field });
  }
}

export class ForbiddenError extends UserError {
  constructor(key: MessageKey, params: MessageParams = {}) {
    super('forbidden', key, params);
  }
}

export class ConflictError extends UserError {
  constructor(key: MessageKey, params: MessageParams = {}) {
    super('conflict', key, params);
  }
}

export class GuildOnlyError extends UserError {
  constructor() {
    super('guild-only', 'common.errors.guildOnly');
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
    details: MessageParams = {},
  ) {
    super('request-refused', `requests.refusals.${refusalKey(refusal)}` as MessageKey, { refusal, ...details });
  }
}

/** `mentor-full` -> `mentorFull`: catalog keys are camelCase. */
function refusalKey(refusal: RequestRefusal): string {
  return refusal.replace(/-(\w)/gu, (_, letter: string) => letter.toUpperCase());
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
