import type { FieldPath, FormErrors } from './form-errors.js';

const MAX_EMBEDS = 10;
const MAX_FIELDS = 25;
const MAX_TOTAL_CHARACTERS = 6000;

interface EmbedInput {
  title?: unknown;
  description?: unknown;
  fields?: unknown;
  footer?: { text?: unknown } | null;
  author?: { name?: unknown } | null;
}

/** Discord's embed limits; lengths are measured after trimming, as Discord does. */
export function validateEmbeds(errors: FormErrors, path: FieldPath, embeds: unknown): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) {
    errors.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  errors.maxItems(path, embeds, MAX_EMBEDS);
  let total = 0;
  embeds.forEach((raw: unknown, index) => {
    const embed = (raw ?? {}) as EmbedInput;
    const at = [...path, index];
    total += checkText(errors, [...at, 'title'], embed.title, 256);
    total += checkText(errors, [...at, 'description'], embed.description, 4096);
    if (embed.footer) total += checkText(errors, [...at, 'footer', 'text'], embed.footer.text, 2048, true);
    if (embed.author) total += checkText(errors, [...at, 'author', 'name'], embed.author.name, 256, true);
    if (embed.fields !== undefined) {
      const fields = Array.isArray(embed.fields) ? (embed.fields as { name?: unknown; value?: unknown }[]) : [];
      errors.maxItems([...at, 'fields'], fields, MAX_FIELDS);
      fields.forEach((field, fieldIndex) => {
        total += checkText(errors, [...at, 'fields', fieldIndex, 'name'], field.name, 256, true);
        total += checkText(errors, [...at, 'fields', fieldIndex, 'value'], field.value, 1024, true);
      });
    }
  });
  if (total > MAX_TOTAL_CHARACTERS) {
    errors.add(path, 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${MAX_TOTAL_CHARACTERS}`);
  }
}

/** Returns the counted length so the caller can enforce the 6000-character total. */
function checkText(errors: FormErrors, path: FieldPath, value: unknown, max: number, required = false): number {
  if (value === undefined || value === null) {
    if (required) errors.required(path);
    return 0;
  }
  const text = typeof value === 'string' ? value.trim() : '';
  if (typeof value !== 'string') errors.add(path, 'BASE_TYPE_STRING', 'Must be a string.');
  const length = text.length;
  if (required && length === 0) errors.required(path);
  errors.maxLength(path, text, max);
  return length;
}
