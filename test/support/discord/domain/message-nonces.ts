import type { EmulatorCore } from '../core.js';
import type { MessageRecord } from '../state/records.js';
import { FormErrors } from '../validation/form-errors.js';

/** Discord checks `enforce_nonce` against "the past few minutes"; the emulator keeps nonces this long. */
export const NONCE_WINDOW_MS = 5 * 60_000;
const MAX_NONCE_LENGTH = 25;

export interface SentNonce {
  nonce: string | null;
  enforce: boolean;
}

/** The body's `nonce` (an integer or a string of at most 25 characters) and `enforce_nonce`. */
export function readNonce(body: unknown): SentNonce {
  const raw = (typeof body === 'object' && body !== null ? body : {}) as { nonce?: unknown; enforce_nonce?: unknown };
  if (raw.nonce === undefined || raw.nonce === null) return { nonce: null, enforce: false };
  const errors = new FormErrors();
  if (typeof raw.nonce === 'number' && Number.isInteger(raw.nonce)) {
    return { nonce: String(raw.nonce), enforce: raw.enforce_nonce === true };
  }
  if (typeof raw.nonce !== 'string') {
    errors.add(['nonce'], 'BASE_TYPE_STRING', 'Must be a string.');
    errors.throwIfAny();
  }
  const nonce = raw.nonce as string;
  errors.maxLength(['nonce'], nonce, MAX_NONCE_LENGTH);
  errors.throwIfAny();
  return { nonce, enforce: raw.enforce_nonce === true };
}

/**
 * With `enforce_nonce`, a message the same author created with the same nonce a few minutes ago is
 * answered instead of creating another: a client retrying after a lost answer does not post twice.
 */
export function repeatedByNonce(core: EmulatorCore, authorId: string, sent: SentNonce): MessageRecord | undefined {
  if (!sent.enforce || sent.nonce === null) return undefined;
  const since = core.clock.nowMs() - NONCE_WINDOW_MS;
  return [...core.state.messages.values()].find(
    (message) =>
      message.authorId === authorId &&
      message.nonce === sent.nonce &&
      !message.deleted &&
      message.createdAt.getTime() >= since,
  );
}
