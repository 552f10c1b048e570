import {
  ChannelType,
  GatewayDispatchEvents,
  type GatewayGuildEmojisUpdateDispatchData,
  Locale,
  OverwriteType,
  ThreadAutoArchiveDuration,
} from 'discord-api-types/v10';
import type { EmulatorCore } from '../core.js';
import {
  announceMemberAdd,
  announceMemberRemove,
  announceMemberUpdate,
  announceRole,
  withRolePositionUpdates,
} from '../domain/announcements.js';
import { createGuildChannel } from '../domain/guild-channels.js';
import { addThreadMember, createThread } from '../domain/threads.js';
import { toApiEmoji } from '../payloads/emoji.js';
import { toGuildCreate } from '../payloads/guild.js';
import { DEFAULT_BOT_PERMISSIONS, DEFAULT_EVERYONE_PERMISSIONS } from '../permissions.js';
import { isThreadType } from '../state/discord-state.js';
import type {
  ChannelRecord,
  EmojiRecord,
  GuildRecord,
  MemberRecord,
  RoleRecord,
  UserRecord,
} from '../state/records.js';

export interface CreateUserOptions {
  username: string;
  globalName?: string;
  bot?: boolean;
  /** Defaults to true. False models "Allow direct messages from server members" switched off. */
  dmsOpen?: boolean;
  locale?: Locale;
}

export interface CreateGuildOptions {
  name: string;
  /** Defaults to a new user "<name>-owner" (owners bypass every permission check, so it is never the bot). */
  ownerId?: string;
  preferredLocale?: Locale;
  /** Permissions of the bot's managed role. */
  botPermissions?: bigint;
  everyonePermissions?: bigint;
}

export interface CreateChannelOptions {
  name: string;
  /** Defaults to a text channel. Thread types need `parentId`. */
  type?: ChannelType;
  parentId?: string;
  topic?: string;
  overwrites?: { id: string; type: 'role' | 'member'; allow?: bigint; deny?: bigint }[];
  /** Thread owner; defaults to the guild owner. */
  ownerId?: string;
}

export interface CreateRoleOptions {
  name: string;
  permissions?: bigint;
  /** A number, or `'top'` (above every role, the bot's included) / `'bottom'` (just above @everyone, the default). */
  position?: number | 'top' | 'bottom';
  mentionable?: boolean;
  hoist?: boolean;
  color?: number;
  /** Managed roles belong to an integration: nobody, the bot included, may assign or edit them. */
  managed?: boolean;
}

/** What an admin changes about a role in Server Settings > Roles. */
export interface UpdateRoleOptions {
  permissions?: bigint;
  /** Where to drag it: a number, or `'top'` / `'bottom'` as in `createRole`. */
  position?: number | 'top' | 'bottom';
  name?: string;
}

export interface AddMemberOptions {
  roles?: string[];
  nick?: string;
  /** Shorthand: gives the member a role "<username>-permissions" carrying exactly these permissions. */
  permissions?: bigint;
  /** When they joined the server (`joined_at`); now by default. */
  joinedAt?: Date;
}

/**
 * Builds the world a test needs. Each change is announced on the gateway like Discord would (GUILD_CREATE,
 * CHANNEL_CREATE, GUILD_MEMBER_ADD, ...): before the bot connects nobody hears it, and IDENTIFY then sends it all
 * in GUILD_CREATE.
 */
export class WorldBuilder {
  constructor(private readonly core: EmulatorCore) {}

  createUser(options: CreateUserOptions): UserRecord {
    const user: UserRecord = {
      id: this.core.ids.next(),
      username: options.username,
      globalName: options.globalName ?? null,
      bot: options.bot ?? false,
      dmsOpen: options.dmsOpen ?? true,
      locale: options.locale ?? Locale.EnglishUS,
    };
    this.core.state.users.set(user.id, user);
    return user;
  }

  createGuild(options: CreateGuildOptions): GuildRecord {
    const { state, config } = this.core;
    const ownerId =
      options.ownerId ?? this.createUser({ username: `${options.name.toLowerCase().replace(/\W+/g, '-')}-owner` }).id;
    const guild: GuildRecord = {
      id: this.core.ids.next(),
      name: options.name,
      ownerId,
      preferredLocale: options.preferredLocale ?? Locale.EnglishUS,
    };
    state.guilds.set(guild.id, guild);
    state.roles.set(
      guild.id,
      this.#role(
        guild.id,
        guild.id,
        { name: '@everyone', permissions: options.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS },
        0,
      ),
    );
    const botUser = state.user(config.botUserId);
    const botRole = this.#role(
      this.core.ids.next(),
      guild.id,
      {
        name: botUser?.username ?? 'bot',
        permissions: options.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
        managed: true,
      },
      1,
    );
    botRole.botId = config.botUserId;
    state.roles.set(botRole.id, botRole);
    this.#putMember(guild.id, ownerId, []);
    this.#putMember(guild.id, config.botUserId, [botRole.id]);
    this.core.gateway.dispatch(GatewayDispatchEvents.GuildCreate, guildCreateFor(this.core, guild));
    return guild;
  }

  createChannel(guildId: string, options: CreateChannelOptions): ChannelRecord {
    const guild = this.#guild(guildId);
    const type = options.type ?? ChannelType.GuildText;
    if (isThreadType(type)) {
      const parent = options.parentId ? this.core.state.channel(options.parentId) : undefined;
      if (!parent) throw new Error('A thread needs the id of an existing parent channel');
      return createThread(this.core, {
        parent,
        name: options.name,
        type: type as ChannelType.PublicThread | ChannelType.PrivateThread | ChannelType.AnnouncementThread,
        ownerId: options.ownerId ?? guild.ownerId,
        autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
        invitable: true,
        rateLimitPerUser: 0,
      });
    }
    return createGuildChannel(this.core, {
      guildId,
      name: options.name,
      type,
      parentId: options.parentId ?? null,
      topic: options.topic ?? null,
      overwrites: (options.overwrites ?? []).map((overwrite) => ({
        id: overwrite.id,
        type: overwrite.type === 'role' ? OverwriteType.Role : OverwriteType.Member,
        allow: overwrite.allow ?? 0n,
        deny: overwrite.deny ?? 0n,
      })),
    });
  }

  addThreadMember(threadId: string, userId: string): void {
    const thread = this.core.state.channel(threadId);
    if (!thread?.thread) throw new Error(`Unknown thread ${threadId}`);
    addThreadMember(this.core, thread, userId);
  }

  createRole(guildId: string, options: CreateRoleOptions): RoleRecord {
    this.#guild(guildId);
    const { state } = this.core;
    const role = this.#role(this.core.ids.next(), guildId, options, 1);
    const count = state.guildRoles(guildId).length;
    const position =
      options.position === 'top'
        ? count
        : options.position === 'bottom' || options.position === undefined
          ? 1
          : options.position;
    withRolePositionUpdates(this.core, guildId, () => {
      state.roles.set(role.id, role);
      state.normalizeRolePositions(guildId, { roleId: role.id, position });
    });
    announceRole(this.core, 'create', role);
    return role;
  }

  /**
   * An admin edits a role (the bot's own managed role included): new permissions, name, or a new place in
   * the list. Every role whose position moved is announced, as Discord does after a drag.
   */
  updateRole(guildId: string, roleId: string, change: UpdateRoleOptions): RoleRecord {
    this.#guild(guildId);
    const { state } = this.core;
    const role = state.role(roleId);
    if (role?.guildId !== guildId) throw new Error(`Unknown role ${roleId} in ${guildId}`);
    if (change.permissions !== undefined) role.permissions = change.permissions;
    if (change.name !== undefined) role.name = change.name;
    const { position } = change;
    if (position === undefined) {
      announceRole(this.core, 'update', role);
      return role;
    }
    const top = state.guildRoles(guildId).length - 1;
    const target = position === 'top' ? top : position === 'bottom' ? 1 : position;
    withRolePositionUpdates(this.core, guildId, () => {
      state.normalizeRolePositions(guildId, { roleId, position: target });
    });
    if (change.permissions !== undefined || change.name !== undefined) announceRole(this.core, 'update', role);
    return role;
  }

  /** A custom emoji uploaded to the guild. */
  createEmoji(guildId: string, options: { name: string; animated?: boolean }): EmojiRecord {
    this.#guild(guildId);
    const emoji: EmojiRecord = {
      id: this.core.ids.next(),
      guildId,
      name: options.name,
      animated: options.animated ?? false,
    };
    this.core.state.emojis.set(emoji.id, emoji);
    const update: GatewayGuildEmojisUpdateDispatchData = {
      guild_id: guildId,
      emojis: this.core.state.guildEmojis(guildId).map(toApiEmoji),
    };
    this.core.gateway.dispatch(GatewayDispatchEvents.GuildEmojisUpdate, update);
    return emoji;
  }

  addMember(guildId: string, userId: string, options: AddMemberOptions = {}): MemberRecord {
    this.#guild(guildId);
    const user = this.core.state.user(userId);
    if (!user) throw new Error(`Unknown user ${userId}`);
    const roles = [...(options.roles ?? [])];
    if (options.permissions !== undefined) {
      roles.push(
        this.createRole(guildId, { name: `${user.username}-permissions`, permissions: options.permissions }).id,
      );
    }
    const member = this.#putMember(guildId, userId, roles, options.nick ?? null, options.joinedAt);
    announceMemberAdd(this.core, member);
    return member;
  }

  updateMember(guildId: string, userId: string, change: { roles?: string[]; nick?: string | null }): MemberRecord {
    const member = this.core.state.member(guildId, userId);
    if (!member) throw new Error(`User ${userId} is not a member of ${guildId}`);
    if (change.roles) member.roles = [...change.roles];
    if (change.nick !== undefined) member.nick = change.nick;
    announceMemberUpdate(this.core, member);
    return member;
  }

  removeMember(guildId: string, userId: string): void {
    const user = this.core.state.user(userId);
    if (!user || !this.core.state.members.delete(`${guildId}:${userId}`)) {
      throw new Error(`User ${userId} is not a member of ${guildId}`);
    }
    this.core.state.voiceStates.delete(`${guildId}:${userId}`);
    announceMemberRemove(this.core, guildId, user);
  }

  #guild(guildId: string): GuildRecord {
    const guild = this.core.state.guild(guildId);
    if (!guild) throw new Error(`Unknown guild ${guildId}`);
    return guild;
  }

  #putMember(
    guildId: string,
    userId: string,
    roles: string[],
    nick: string | null = null,
    joinedAt: Date = this.core.clock.now(),
  ): MemberRecord {
    const member: MemberRecord = { guildId, userId, roles, nick, joinedAt };
    this.core.state.members.set(`${guildId}:${userId}`, member);
    return member;
  }

  #role(id: string, guildId: string, options: CreateRoleOptions, position: number): RoleRecord {
    return {
      id,
      guildId,
      name: options.name,
      permissions: options.permissions ?? 0n,
      position,
      color: options.color ?? 0,
      hoist: options.hoist ?? false,
      mentionable: options.mentionable ?? false,
      managed: options.managed ?? false,
      botId: null,
    };
  }
}

function guildCreateFor(core: EmulatorCore, guild: GuildRecord): unknown {
  // Sessions differ in intents, but GUILD_CREATE for a guild joined mid-session only varies in members,
  // which without GUILD_PRESENCES is the bot alone: build it for the common case.
  return toGuildCreate(core.state, guild, core.config.botUserId, 0);
}
