import { MessageFlags, type APIEmbed, type APIMessageTopLevelComponent } from 'discord-api-types/v10';
import { validateAllowedMentions, type AllowedMentions } from './allowed-mentions.js';
import { validateEmbeds } from './embeds.js';
import type { FieldPath, FormErrors } from './form-errors.js';
import { validateMessageComponents } from './message-components.js';

const MAX_CONTENT_LENGTH = 2000;

/** A message body after validation. Absent fields are `undefined`, so an edit keeps what it did not send. */
export interface MessageDraft {
  content: string | undefined;
  embeds: APIEmbed[] | undefined;
  components: APIMessageTopLevelComponent[] | undefined;
  /** Flags as sent, before the caller filters them for its context. */
  flags: number | undefined;
  allowedMentions: AllowedMentions | null;
  tts: boolean;
  referencedMessageId: string | null;
  /** Ids of existing attachments to keep, when the body lists them. */
  keptAttachmentIds: string[] | undefined;
  hasStickerOrPoll: boolean;
}

interface RawMessageBody {
  content?: unknown;
  embeds?: unknown;
  components?: unknown;
  flags?: unknown;
  allowed_mentions?: unknown;
  tts?: unknown;
  message_reference?: { message_id?: unknown } | null;
  attachments?: unknown;
  sticker_ids?: unknown;
  poll?: unknown;
}

/**
 * Checks a message body against Discord's limits and collects every problem into `errors` (the caller
 * throws). `alreadyV2` is true when editing a message that has the Components V2 flag: it cannot be removed,
 * so its components are validated as V2 even if the edit omits the flag.
 */
export function readMessageBody(errors: FormErrors, path: FieldPath, body: unknown, alreadyV2 = false): MessageDraft {
  const raw = (typeof body === 'object' && body !== null ? body : {}) as RawMessageBody;
  const content = raw.content === null ? '' : raw.content;
  if (content !== undefined && typeof content !== 'string')
    errors.add([...path, 'content'], 'BASE_TYPE_STRING', 'Must be a string.');
  errors.maxLength([...path, 'content'], typeof content === 'string' ? content : undefined, MAX_CONTENT_LENGTH);
  const flags = typeof raw.flags === 'number' ? raw.flags : undefined;
  const isV2 = alreadyV2 || ((flags ?? 0) & MessageFlags.IsComponentsV2) !== 0;
  validateEmbeds(errors, [...path, 'embeds'], raw.embeds);
  validateMessageComponents(errors, [...path, 'components'], raw.components, isV2);
  const allowedMentions = validateAllowedMentions(errors, [...path, 'allowed_mentions'], raw.allowed_mentions);
  const embeds = Array.isArray(raw.embeds) ? (raw.embeds as APIEmbed[]) : raw.embeds === null ? [] : undefined;
  if (isV2) {
    if (typeof content === 'string' && content.length > 0) v2Conflict(errors, [...path, 'content'], 'content');
    if (embeds && embeds.length > 0) v2Conflict(errors, [...path, 'embeds'], 'embeds');
  }
  const referenced = raw.message_reference?.message_id;
  return {
    content: typeof content === 'string' ? content : undefined,
    embeds,
    components: Array.isArray(raw.components)
      ? (raw.components as APIMessageTopLevelComponent[])
      : raw.components === null
        ? []
        : undefined,
    flags,
    allowedMentions,
    tts: raw.tts === true,
    referencedMessageId: typeof referenced === 'string' ? referenced : null,
    keptAttachmentIds: Array.isArray(raw.attachments)
      ? (raw.attachments as { id?: unknown }[]).flatMap((attachment) =>
          typeof attachment.id === 'string' ? [attachment.id] : [],
        )
      : undefined,
    hasStickerOrPoll: (Array.isArray(raw.sticker_ids) && raw.sticker_ids.length > 0) || Boolean(raw.poll),
  };
}

export function v2Conflict(errors: FormErrors, path: FieldPath, field: string): void {
  errors.add(
    path,
    'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2',
    `The '${field}' field cannot be used when using MessageFlags.IS_COMPONENTS_V2`,
  );
}
