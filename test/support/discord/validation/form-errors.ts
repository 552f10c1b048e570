import { RESTJSONErrorCodes } from 'discord-api-types/v10';
import { DiscordHttpError, type FormErrorTree } from '../rest/discord-error.js';

export type FieldPath = readonly (string | number)[];

/**
 * Collects field errors into Discord's nested `errors` tree and throws them together as
 * 400 `{ code: 50035, message: 'Invalid Form Body' }`, which discord.js flattens into
 * "embeds[0].title[BASE_TYPE_MAX_LENGTH]: Must be 256 or fewer in length.".
 */
export class FormErrors {
  readonly #tree: FormErrorTree = {};
  #count = 0;

  get hasErrors(): boolean {
    return this.#count > 0;
  }

  add(path: FieldPath, code: string, message: string): void {
    let node: FormErrorTree = this.#tree;
    for (const segment of path) {
      const key = String(segment);
      const child = node[key];
      if (child === undefined || Array.isArray(child)) {
        const next: FormErrorTree = {};
        node[key] = next;
        node = next;
      } else {
        node = child;
      }
    }
    const existing = node._errors;
    const errors = Array.isArray(existing) ? existing : [];
    errors.push({ code, message });
    node._errors = errors;
    this.#count += 1;
  }

  maxLength(path: FieldPath, value: string | undefined | null, max: number): void {
    if (typeof value === 'string' && value.length > max) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    }
  }

  /** String length within [min, max]; a missing value is reported as required when `min` > 0. */
  length(path: FieldPath, value: unknown, min: number, max: number): void {
    if (value === undefined || value === null) {
      if (min > 0) this.required(path);
      return;
    }
    if (typeof value !== 'string') {
      this.add(path, 'BASE_TYPE_STRING', 'Must be a string.');
      return;
    }
    const length = value.length;
    if (length < min || length > max) {
      this.add(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
    }
  }

  /** Array size within [min, max]. */
  count(path: FieldPath, value: readonly unknown[] | undefined, min: number, max: number): void {
    const size = value?.length ?? 0;
    if (size < min || size > max) {
      this.add(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
    }
  }

  maxItems(path: FieldPath, value: readonly unknown[] | undefined, max: number): void {
    if (value && value.length > max) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  }

  range(path: FieldPath, value: unknown, min: number, max: number): void {
    if (value === undefined || value === null) return;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.add(path, 'NUMBER_TYPE_COERCE', `Value "${JSON.stringify(value)}" is not int.`);
    } else if (value < min) {
      this.add(path, 'NUMBER_TYPE_MIN', `int value should be greater than or equal to ${min}.`);
    } else if (value > max) {
      this.add(path, 'NUMBER_TYPE_MAX', `int value should be less than or equal to ${max}.`);
    }
  }

  required(path: FieldPath): void {
    this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
  }

  choices(path: FieldPath, value: unknown, allowed: readonly unknown[]): void {
    if (!allowed.includes(value)) {
      this.add(path, 'BASE_TYPE_CHOICES', `Value must be one of {${allowed.map(String).join(', ')}}.`);
    }
  }

  throwIfAny(): void {
    if (this.#count > 0) {
      throw new DiscordHttpError(400, RESTJSONErrorCodes.InvalidFormBodyOrContentType, 'Invalid Form Body', this.#tree);
    }
  }
}
