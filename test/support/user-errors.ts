/**
 * Assertions on the typed errors services throw, so a test reads the field and the sentence a user
 * would see instead of the error's JSON message.
 */
import { expect } from 'vitest';
import { UserError, type UserErrorCode } from '../../src/errors.js';

/** Runs `run` (sync or async), expects a UserError with `code`, and returns its details. */
export async function expectUserError(
  code: UserErrorCode,
  run: () => unknown,
): Promise<Readonly<Record<string, string | number>>> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    expect(error.code).toBe(code);
    return error.details;
  }
  throw new Error(`expected a UserError "${code}", but nothing was thrown`);
}

/** Expects an InvalidInputError about `field` and returns its problem sentence. */
export async function expectInvalidInput(field: string, run: () => unknown): Promise<string> {
  const details = await expectUserError('invalid-input', run);
  expect(details.field).toBe(field);
  return String(details.problem);
}
