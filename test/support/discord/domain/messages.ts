import { GatewayDispatchEvents, MessageFlags, MessageType } from 'discord-api-types/v10';
import type { EmulatorCore } from '../core.js';
import { toGatewayMessage } from '../payloads/message.js';
import { DiscordErrors } from '../rest/discord-error.js';
import type { UploadedFile } from '../rest/router.js';
import type { ChannelRecord, InteractionRecord, MessageRecord } from '../state/records.js';
import type { MentionType } from '../validation/allowed-mentions.js';
import { FormErrors, type FieldPath } from '../validation/form-errors.js';
import { componentText } from '../validation/message-components.js';
import { readMessageBody, v2Conflict, type MessageDraft } from '../validation/message-payload.js';
import { NO_PINGS, resolveMentions } from './mentions.js';

/** Who is speaking decides which flags are honoured and which mentions parse by default. */
export type MessageOrigin = 'bot' | 'interaction' | 'user';

const SETTABLE_FLAGS: Record<MessageOrigin, number> = {
  bot: MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications | MessageFlags.IsComponentsV2,
  interaction:
    MessageFlags.SuppressEmbeds |
    MessageFlags.SuppressNotifications |
    MessageFlags.IsComponentsV2 |
    MessageFlags.Ephemeral,
  user: MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications,
};

const DEFAULT_PARSE: Record<MessageOrigin, readonly MentionType[]> = {
  bot: ['users', 'roles', 'everyone'],
  interaction: ['users'],
  user: ['users', 'roles', 'everyone'],
};

export interface NewMessage {
  /** Forced id: a forum thread's starter message shares the thread's id. */
  id?: string;
  channel: ChannelRecord;
  authorId: string;
  origin: MessageOrigin;
  body: unknown;
  files?: readonly UploadedFile[];
  /** Where field errors are reported: `['data']` for interaction callbacks. */
  errorPath?: FieldPath;
  interaction?: InteractionRecord;
  type?: MessageType;
  /** A deferred response's "thinking…" placeholder: no content yet, and it notifies nobody. */
  loading?: boolean;
  /** A message Discord itself posts (a pin notice): it has no content of its own. */
  system?: boolean;
  nonce?: string | null;
}

export function createMessage(core: EmulatorCore, input: NewMessage): MessageRecord {
  const errorPath = input.errorPath ?? [];
  const errors = new FormErrors();
  const draft = readMessageBody(errors, errorPath, input.body);
  const referenced = draft.referencedMessageId ? core.state.message(draft.referencedMessageId) : undefined;
  if (draft.referencedMessageId && (!referenced || referenced.deleted)) {
    errors.add([...errorPath, 'message_reference'], 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message');
  }
  errors.throwIfAny();
  let flags = (draft.flags ?? 0) & SETTABLE_FLAGS[input.origin];
  if (input.loading) flags = (flags & MessageFlags.Ephemeral) | MessageFlags.Loading;
  const files = input.files ?? [];
  if (
    !input.loading &&
    !input.system &&
    isEmpty(draft.content, draft.embeds, draft.components, files.length, draft.hasStickerOrPoll)
  ) {
    throw DiscordErrors.emptyMessage();
  }
  const ephemeral = (flags & MessageFlags.Ephemeral) !== 0;
  const message: MessageRecord = {
    id: input.id ?? core.ids.next(),
    channelId: input.channel.id,
    guildId: input.channel.guildId,
    authorId: input.authorId,
    type: input.type ?? (referenced ? MessageType.Reply : MessageType.Default),
    content: draft.content ?? '',
    embeds: draft.embeds ?? [],
    components: draft.components ?? [],
    flags,
    tts: draft.tts,
    attachments: files.map((file) => ({ id: core.ids.next(), filename: file.filename })),
    createdAt: core.clock.now(),
    editedAt: null,
    deleted: false,
    mentions: NO_PINGS,
    pings: NO_PINGS,
    visibleTo: ephemeral && input.interaction ? input.interaction.userId : null,
    interaction: input.interaction
      ? {
          interactionId: input.interaction.id,
          interactionType: input.interaction.type,
          userId: input.interaction.userId,
          commandName: input.interaction.commandName,
        }
      : null,
    webhookId: input.origin === 'interaction' ? core.config.applicationId : null,
    referencedMessageId: referenced?.id ?? null,
    threadId: null,
    pinnedAt: null,
    nonce: input.nonce ?? null,
    history: [],
  };
  message.mentions = mentionsOf(core, message, draft, input.origin);
  message.pings = ephemeral || input.loading ? NO_PINGS : message.mentions;
  core.state.messages.set(message.id, message);
  input.channel.lastMessageId = message.id;
  if (!ephemeral) core.gateway.dispatch(GatewayDispatchEvents.MessageCreate, toGatewayMessage(core.state, message));
  return message;
}

export interface MessageEdit {
  origin: MessageOrigin;
  body: unknown;
  files?: readonly UploadedFile[];
  errorPath?: FieldPath;
}

/**
 * Applies an edit. The Components V2 flag stays once set, the ephemeral state never changes (asking to make a
 * public message ephemeral is refused rather than silently ignored, so the bot learns it stayed public), and the
 * edit that fills a deferred placeholder is the moment its mentions notify.
 */
export function editMessage(core: EmulatorCore, message: MessageRecord, edit: MessageEdit): MessageRecord {
  const errorPath = edit.errorPath ?? [];
  const errors = new FormErrors();
  const wasV2 = (message.flags & MessageFlags.IsComponentsV2) !== 0;
  const draft = readMessageBody(errors, errorPath, edit.body, wasV2);
  const requestedFlags = draft.flags ?? message.flags;
  const isEphemeral = (message.flags & MessageFlags.Ephemeral) !== 0;
  if (draft.flags !== undefined && (draft.flags & MessageFlags.Ephemeral) !== 0 && !isEphemeral) {
    errors.add(
      [...errorPath, 'flags'],
      'MESSAGE_EPHEMERAL_STATE_IMMUTABLE',
      "A message's ephemeral state cannot be changed",
    );
  }
  const becomesV2 = wasV2 || (requestedFlags & MessageFlags.IsComponentsV2) !== 0;
  if (becomesV2 && !wasV2) {
    // Turning a message into a V2 one: content and embeds it keeps from before would break the V2 rule too.
    if (draft.content === undefined && message.content.length > 0)
      v2Conflict(errors, [...errorPath, 'content'], 'content');
    if (draft.embeds === undefined && message.embeds.length > 0) v2Conflict(errors, [...errorPath, 'embeds'], 'embeds');
  }
  errors.throwIfAny();
  const files = edit.files ?? [];
  const keptAttachments =
    draft.keptAttachmentIds === undefined
      ? message.attachments
      : message.attachments.filter((attachment) => draft.keptAttachmentIds?.includes(attachment.id));
  const next = {
    content: draft.content ?? message.content,
    embeds: draft.embeds ?? message.embeds,
    components: draft.components ?? message.components,
    attachments: [...keptAttachments, ...files.map((file) => ({ id: core.ids.next(), filename: file.filename }))],
  };
  if (isEmpty(next.content, next.embeds, next.components, next.attachments.length, false))
    throw DiscordErrors.emptyMessage();
  const wasLoading = (message.flags & MessageFlags.Loading) !== 0;
  if (!wasLoading) {
    message.history.push({
      content: message.content,
      embeds: message.embeds,
      components: message.components,
      editedAt: message.editedAt ?? message.createdAt,
    });
    message.editedAt = core.clock.now();
  }
  message.content = next.content;
  message.embeds = next.embeds;
  message.components = next.components;
  message.attachments = next.attachments;
  message.flags =
    (message.flags & (MessageFlags.Ephemeral | MessageFlags.IsComponentsV2)) |
    (requestedFlags & (MessageFlags.SuppressEmbeds | MessageFlags.IsComponentsV2));
  message.mentions = mentionsOf(core, message, draft, edit.origin);
  if (wasLoading && !isEphemeral) message.pings = message.mentions;
  if (!isEphemeral) core.gateway.dispatch(GatewayDispatchEvents.MessageUpdate, toGatewayMessage(core.state, message));
  return message;
}

export function deleteMessage(core: EmulatorCore, message: MessageRecord): void {
  message.deleted = true;
  if ((message.flags & MessageFlags.Ephemeral) !== 0) return;
  core.gateway.dispatch(GatewayDispatchEvents.MessageDelete, {
    id: message.id,
    channel_id: message.channelId,
    ...(message.guildId ? { guild_id: message.guildId } : {}),
  });
}

function mentionsOf(core: EmulatorCore, message: MessageRecord, draft: MessageDraft, origin: MessageOrigin) {
  const referenced = message.referencedMessageId ? core.state.message(message.referencedMessageId) : undefined;
  return resolveMentions({
    state: core.state,
    texts: [message.content, ...componentText(message.components)],
    allowedMentions: draft.allowedMentions,
    defaultParse: DEFAULT_PARSE[origin],
    authorId: message.authorId,
    channelId: message.channelId,
    guildId: message.guildId,
    repliedUserId: referenced && referenced.authorId !== message.authorId ? referenced.authorId : null,
  });
}

function isEmpty(
  content: string | undefined,
  embeds: readonly unknown[] | undefined,
  components: readonly unknown[] | undefined,
  attachmentCount: number,
  hasStickerOrPoll: boolean,
): boolean {
  return (
    (content ?? '').trim().length === 0 &&
    (embeds?.length ?? 0) === 0 &&
    (components?.length ?? 0) === 0 &&
    attachmentCount === 0 &&
    !hasStickerOrPoll
  );
}
