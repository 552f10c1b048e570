/**
 * A message by reference: a catalog key and the values of its placeholders. Services speak in these
 * (they never produce words); the Discord side renders them in the reader's locale.
 */
import type { ParseKeys } from 'i18next';

export type MessageKey = ParseKeys;
export type MessageParams = Readonly<Record<string, string | number>>;

export interface Message {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/** Marks a string as a catalog key where only a string fits (a zod message), checked at compile time. */
export function messageKey(key: MessageKey): MessageKey {
  return key;
}
