import { ChannelType } from 'discord-api-types/v10';
import type {
  ChannelRecord,
  CommandRecord,
  EmojiRecord,
  GuildRecord,
  InteractionRecord,
  MemberRecord,
  MessageRecord,
  RestCallRecord,
  RoleRecord,
  ScheduledEventRecord,
  ThreadMemberRecord,
  UserRecord,
  VoiceStateRecord,
} from './records.js';

const THREAD_TYPES: ReadonlySet<ChannelType> = new Set([
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
]);

export function isThreadType(type: ChannelType): boolean {
  return THREAD_TYPES.has(type);
}

/**
 * Everything Discord knows, and everything the bot did to it. Maps are public for the emulator's own modules;
 * tests should prefer the query methods, which hide the keys and ordering rules.
 */
export class DiscordState {
  readonly users = new Map<string, UserRecord>();
  readonly guilds = new Map<string, GuildRecord>();
  readonly roles = new Map<string, RoleRecord>();
  readonly emojis = new Map<string, EmojiRecord>();
  /** Keyed by `${guildId}:${userId}`. */
  readonly members = new Map<string, MemberRecord>();
  readonly channels = new Map<string, ChannelRecord>();
  /** Keyed by `${threadId}:${userId}`. */
  readonly threadMembers = new Map<string, ThreadMemberRecord>();
  readonly messages = new Map<string, MessageRecord>();
  readonly scheduledEvents = new Map<string, ScheduledEventRecord>();
  readonly commands = new Map<string, CommandRecord>();
  /** Keyed by `${guildId}:${userId}`. */
  readonly voiceStates = new Map<string, VoiceStateRecord>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly restCalls: RestCallRecord[] = [];

  user(userId: string): UserRecord | undefined {
    return this.users.get(userId);
  }

  guild(guildId: string): GuildRecord | undefined {
    return this.guilds.get(guildId);
  }

  channel(channelId: string): ChannelRecord | undefined {
    const channel = this.channels.get(channelId);
    return channel?.deleted === false ? channel : undefined;
  }

  role(roleId: string): RoleRecord | undefined {
    return this.roles.get(roleId);
  }

  member(guildId: string, userId: string): MemberRecord | undefined {
    return this.members.get(`${guildId}:${userId}`);
  }

  message(messageId: string): MessageRecord | undefined {
    return this.messages.get(messageId);
  }

  interaction(interactionId: string): InteractionRecord | undefined {
    return this.interactions.get(interactionId);
  }

  interactionByToken(token: string): InteractionRecord | undefined {
    for (const interaction of this.interactions.values()) if (interaction.token === token) return interaction;
    return undefined;
  }

  scheduledEvent(eventId: string): ScheduledEventRecord | undefined {
    const event = this.scheduledEvents.get(eventId);
    return event?.deleted === false ? event : undefined;
  }

  /** Guild roles from @everyone upwards. */
  guildRoles(guildId: string): RoleRecord[] {
    return [...this.roles.values()]
      .filter((role) => role.guildId === guildId)
      .sort((a, b) => a.position - b.position || compareIds(a.id, b.id));
  }

  guildEmojis(guildId: string): EmojiRecord[] {
    return [...this.emojis.values()].filter((emoji) => emoji.guildId === guildId);
  }

  everyoneRole(guildId: string): RoleRecord {
    const role = this.roles.get(guildId);
    if (!role) throw new Error(`Guild ${guildId} has no @everyone role`);
    return role;
  }

  guildMembers(guildId: string): MemberRecord[] {
    return [...this.members.values()].filter((member) => member.guildId === guildId);
  }

  guildChannels(guildId: string): ChannelRecord[] {
    return [...this.channels.values()].filter(
      (channel) => channel.guildId === guildId && !channel.deleted && !isThreadType(channel.type),
    );
  }

  /** Threads of a guild, or of one parent channel when `parentId` is given. */
  threads(guildId: string, parentId?: string): ChannelRecord[] {
    return [...this.channels.values()].filter(
      (channel) =>
        channel.guildId === guildId &&
        !channel.deleted &&
        isThreadType(channel.type) &&
        (parentId === undefined || channel.parentId === parentId),
    );
  }

  threadMemberIds(threadId: string): string[] {
    return [...this.threadMembers.values()].filter((member) => member.threadId === threadId).map((m) => m.userId);
  }

  /** Guilds the user belongs to (for the bot: the guilds it was added to). */
  guildsOf(userId: string): GuildRecord[] {
    return [...this.guilds.values()].filter((guild) => this.member(guild.id, userId));
  }

  /** Messages in a channel, oldest first, deleted and ephemeral ones included (they are marked). */
  messagesIn(channelId: string): MessageRecord[] {
    return [...this.messages.values()].filter((message) => message.channelId === channelId);
  }

  dmChannelWith(userId: string): ChannelRecord | undefined {
    for (const channel of this.channels.values()) {
      if (channel.type === ChannelType.DM && channel.recipientId === userId) return channel;
    }
    return undefined;
  }

  /** Direct messages the bot sent to a user, oldest first. */
  dmsTo(userId: string): MessageRecord[] {
    const channel = this.dmChannelWith(userId);
    return channel ? this.messagesIn(channel.id).filter((message) => message.authorId !== userId) : [];
  }

  guildScheduledEvents(guildId: string): ScheduledEventRecord[] {
    return [...this.scheduledEvents.values()].filter((event) => event.guildId === guildId && !event.deleted);
  }

  /** Registered commands: global ones when `guildId` is omitted. */
  registeredCommands(guildId: string | null = null): CommandRecord[] {
    return [...this.commands.values()].filter((command) => command.guildId === guildId);
  }

  voiceState(guildId: string, userId: string): VoiceStateRecord | undefined {
    return this.voiceStates.get(`${guildId}:${userId}`);
  }

  guildVoiceStates(guildId: string): VoiceStateRecord[] {
    return [...this.voiceStates.values()].filter((state) => state.guildId === guildId);
  }

  /**
   * Renumbers a guild's roles 0..n after an insertion or deletion, keeping their order; @everyone stays at 0.
   * `placeFirst` puts a role at a given position before renumbering (Discord's "move role" semantics).
   */
  normalizeRolePositions(guildId: string, placeFirst?: { roleId: string; position: number }): void {
    const ordered = this.guildRoles(guildId).filter((role) => role.id !== placeFirst?.roleId);
    if (placeFirst) {
      const role = this.roles.get(placeFirst.roleId);
      if (role) ordered.splice(Math.min(Math.max(placeFirst.position, 1), ordered.length), 0, role);
    }
    ordered.forEach((role, index) => {
      role.position = index;
    });
  }
}

export function compareIds(a: string, b: string): number {
  const difference = BigInt(a) - BigInt(b);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}
