/**
 * Assertions on the typed errors services throw, so a test reads the field and the sentence a user
 * would see instead of the error's JSON message.
 */
import { expect } from 'vitest';
import { userMessageFor } from '../../src/discord/error-messages.js';
import { UserError, type UserErrorCode } from '../../src/errors.js';
import { translatorFor } from '../../src/i18n/i18n.js';

/**
 * Runs `run` (sync or async), expects a UserError with `code`, and returns its details plus `message`:
 * the sentence an English-speaking member would read.
 */
export async function expectUserError(
  code: UserErrorCode,
  run: () => unknown,
): Promise<Readonly<Record<string, string | number>> & { message: string }> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    expect(error.code).toBe(code);
    return { ...error.details, message: userMessageFor(error, translatorFor('en')) };
  }
  throw new Error(`expected a UserError "${code}", but nothing was thrown`);
}

/** Expects an InvalidInputError about `field` and returns the sentence the member reads. */
export async function expectInvalidInput(field: string, run: () => unknown): Promise<string> {
  const details = await expectUserError('invalid-input', run);
  expect(details.field).toBe(field);
  return details.message;
}
