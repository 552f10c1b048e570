import type {
  APIApplicationCommandOptionChoice,
  APIEmbed,
  APIGuildScheduledEventEntityMetadata,
  APIGuildScheduledEventRecurrenceRule,
  APIInteraction,
  APIMessageTopLevelComponent,
  APIModalInteractionResponseCallbackData,
  ApplicationCommandType,
  ChannelType,
  GuildScheduledEventEntityType,
  GuildScheduledEventPrivacyLevel,
  GuildScheduledEventStatus,
  InteractionResponseType,
  InteractionType,
  Locale,
  MessageType,
  OverwriteType,
  RESTPostAPIApplicationCommandsJSONBody,
  ThreadAutoArchiveDuration,
} from 'discord-api-types/v10';

/**
 * The emulator's own records: what Discord would hold in its database. Routes and drivers change them;
 * `payloads/` turns them into the API shapes discord.js receives; tests read them to assert what the bot did.
 */

export interface UserRecord {
  id: string;
  username: string;
  globalName: string | null;
  bot: boolean;
  /** False when the user turned off "Allow direct messages from server members": DMs from bots get 50007. */
  dmsOpen: boolean;
  locale: Locale;
}

export interface GuildRecord {
  id: string;
  name: string;
  ownerId: string;
  preferredLocale: Locale;
}

/** A guild's custom emoji (uploaded by its members); only its name and whether it is animated matter here. */
export interface EmojiRecord {
  id: string;
  guildId: string;
  name: string;
  animated: boolean;
}

export interface RoleRecord {
  id: string;
  guildId: string;
  name: string;
  permissions: bigint;
  /** Higher is more powerful; @everyone is 0. Kept contiguous by the state after every change. */
  position: number;
  color: number;
  hoist: boolean;
  mentionable: boolean;
  /** Managed roles belong to an integration (a bot's own role, a booster role): nobody can assign them. */
  managed: boolean;
  botId: string | null;
}

export interface MemberRecord {
  guildId: string;
  userId: string;
  /** Role ids, without @everyone (as Discord sends them). */
  roles: string[];
  nick: string | null;
  joinedAt: Date;
}

export interface PermissionOverwriteRecord {
  id: string;
  type: OverwriteType;
  allow: bigint;
  deny: bigint;
}

export interface ThreadMetadataRecord {
  ownerId: string;
  archived: boolean;
  locked: boolean;
  invitable: boolean;
  autoArchiveDuration: ThreadAutoArchiveDuration;
  archivedAt: Date;
  createdAt: Date;
}

export interface ChannelRecord {
  id: string;
  type: ChannelType;
  /** Null for DM channels. */
  guildId: string | null;
  name: string | null;
  parentId: string | null;
  position: number;
  topic: string | null;
  overwrites: PermissionOverwriteRecord[];
  /** For DMs: the user on the other side of the bot. */
  recipientId: string | null;
  /** Present on threads only. */
  thread: ThreadMetadataRecord | null;
  lastMessageId: string | null;
  rateLimitPerUser: number;
  deleted: boolean;
}

export interface ThreadMemberRecord {
  threadId: string;
  userId: string;
  joinedAt: Date;
}

/** Who a message actually notifies, after `allowed_mentions`, permissions and mentionable roles. */
export interface MessagePings {
  users: string[];
  roles: string[];
  everyone: boolean;
}

export interface MessageInteractionLink {
  interactionId: string;
  interactionType: InteractionType;
  userId: string;
  commandName: string | null;
}

export interface MessageRecord {
  id: string;
  channelId: string;
  guildId: string | null;
  authorId: string;
  type: MessageType;
  content: string;
  embeds: APIEmbed[];
  components: APIMessageTopLevelComponent[];
  flags: number;
  tts: boolean;
  attachments: { id: string; filename: string }[];
  createdAt: Date;
  editedAt: Date | null;
  /** Deleted messages stay in the store, marked, so tests can assert a deletion happened. */
  deleted: boolean;
  /** Mentions as they render (users/roles/everyone), recomputed on edits. */
  mentions: MessagePings;
  /** Notifications sent: computed when the message is first shown, since edits never notify. */
  pings: MessagePings;
  /** For ephemeral interaction responses: the only user who sees the message. */
  visibleTo: string | null;
  interaction: MessageInteractionLink | null;
  /** Set on interaction responses and follow-ups (Discord sends them through the application's webhook). */
  webhookId: string | null;
  referencedMessageId: string | null;
  /** The thread started from this message, if any. */
  threadId: string | null;
  /** When it was pinned (PUT /channels/:id/messages/pins/:id); null when it is not pinned. */
  pinnedAt: Date | null;
  /** The nonce the author sent, kept for `enforce_nonce` (a repeat within a few minutes returns this message). */
  nonce: string | null;
  /** Earlier versions, oldest first, so tests can see what an edit replaced. */
  history: { content: string; embeds: APIEmbed[]; components: APIMessageTopLevelComponent[]; editedAt: Date }[];
}

export interface ScheduledEventRecord {
  id: string;
  guildId: string;
  channelId: string | null;
  creatorId: string;
  name: string;
  description: string | null;
  scheduledStartTime: string;
  scheduledEndTime: string | null;
  privacyLevel: GuildScheduledEventPrivacyLevel;
  status: GuildScheduledEventStatus;
  entityType: GuildScheduledEventEntityType;
  entityMetadata: APIGuildScheduledEventEntityMetadata | null;
  recurrenceRule: APIGuildScheduledEventRecurrenceRule | null;
  /** Subscribed ("interested") user ids, in subscription order. */
  userIds: string[];
  deleted: boolean;
}

export interface CommandRecord {
  id: string;
  applicationId: string;
  /** Null for global commands. */
  guildId: string | null;
  type: ApplicationCommandType;
  name: string;
  version: string;
  definition: RESTPostAPIApplicationCommandsJSONBody;
}

export interface VoiceStateRecord {
  guildId: string;
  userId: string;
  channelId: string;
  sessionId: string;
  selfMute: boolean;
  selfDeaf: boolean;
}

export type InteractionKind = 'chatInput' | 'messageCommand' | 'autocomplete' | 'button' | 'select' | 'modalSubmit';

export interface InteractionCallbackRecord {
  type: InteractionResponseType;
  /** The body's `data` as the bot sent it. */
  data: unknown;
  at: Date;
}

export interface InteractionRecord {
  id: string;
  token: string;
  kind: InteractionKind;
  type: InteractionType;
  userId: string;
  guildId: string | null;
  channelId: string;
  commandName: string | null;
  customId: string | null;
  /** The message a component sat on (or the message behind the component that opened a modal). */
  sourceMessageId: string | null;
  /** For modal submits: the interaction whose type-9 response showed the modal. */
  openedBy: string | null;
  /** Emulator-clock time of dispatch: the 3 s deadline and 15 min token lifetime count from here. */
  dispatchedAtMs: number;
  payload: APIInteraction;
  callback: InteractionCallbackRecord | null;
  /** The message `@original` refers to, once there is one. */
  originalMessageId: string | null;
  followUpIds: string[];
  modal: APIModalInteractionResponseCallbackData | null;
  autocompleteChoices: APIApplicationCommandOptionChoice[] | null;
}

export interface RestCallRecord {
  method: string;
  /** The decoded path after `/api/v10`, e.g. `/webhooks/1/abc/messages/@original`. */
  path: string;
  /** The route template, e.g. `/channels/:channelId/messages`, or null when nothing matched. */
  route: string | null;
  query: Record<string, string>;
  body: unknown;
  status: number;
  responseBody: unknown;
  auditLogReason: string | null;
  at: Date;
}
