import {
  ChannelType,
  type APIInteractionDataResolved,
  type APIInteractionDataResolvedChannel,
  type APIInteractionDataResolvedGuildMember,
  type APIRole,
  type APIUser,
} from 'discord-api-types/v10';
import type { EmulatorCore } from '../core.js';
import { toResolvedMember } from '../payloads/member.js';
import { toApiRole } from '../payloads/role.js';
import { toApiUser } from '../payloads/user.js';
import { channelPermissions } from '../permissions.js';

/**
 * The `resolved` block of an interaction: full objects for every user, member, role and channel an option or
 * select value refers to, so discord.js can build them without fetching. Unknown ids are refused here, since a
 * real Discord client can only pick things that exist.
 */
export class ResolvedDataBuilder {
  readonly #users: Record<string, APIUser> = {};
  readonly #members: Record<string, APIInteractionDataResolvedGuildMember> = {};
  readonly #roles: Record<string, APIRole> = {};
  readonly #channels: Record<string, APIInteractionDataResolvedChannel> = {};

  constructor(
    private readonly core: EmulatorCore,
    private readonly guildId: string | null,
    /** Channel the interaction happens in: resolved members carry their permissions there. */
    private readonly channelId: string,
    private readonly invokerId: string,
  ) {}

  addUser(userId: string): void {
    const user = this.core.state.user(userId);
    if (!user) throw new Error(`No user ${userId} to pick`);
    this.#users[userId] = toApiUser(user);
    const member = this.guildId ? this.core.state.member(this.guildId, userId) : undefined;
    if (member) this.#members[userId] = toResolvedMember(this.core.state, member, this.channelId);
  }

  addRole(roleId: string): void {
    const role = this.core.state.role(roleId);
    if (role?.guildId !== this.guildId) throw new Error(`No role ${roleId} in this guild to pick`);
    this.#roles[roleId] = toApiRole(role);
  }

  addChannel(channelId: string, allowedTypes?: readonly ChannelType[]): void {
    const channel = this.core.state.channel(channelId);
    if (channel?.guildId !== this.guildId) throw new Error(`No channel ${channelId} in this guild to pick`);
    if (allowedTypes && !allowedTypes.includes(channel.type)) {
      throw new Error(`Channel ${channelId} is a ${ChannelType[channel.type]}, not one of the types offered`);
    }
    const permissions = channelPermissions(this.core.state, channel.id, this.invokerId).toString();
    this.#channels[channelId] = {
      id: channel.id,
      name: channel.name,
      type: channel.type,
      permissions,
      ...(channel.thread
        ? {
            parent_id: channel.parentId,
            thread_metadata: {
              archived: channel.thread.archived,
              auto_archive_duration: channel.thread.autoArchiveDuration,
              archive_timestamp: channel.thread.archivedAt.toISOString(),
              locked: channel.thread.locked,
            },
          }
        : {}),
    } as APIInteractionDataResolvedChannel;
  }

  /** A mentionable is a user or a role, whichever the id names. */
  addMentionable(id: string): void {
    if (this.core.state.role(id)) this.addRole(id);
    else this.addUser(id);
  }

  toApi(): APIInteractionDataResolved | undefined {
    const resolved: APIInteractionDataResolved = {};
    if (Object.keys(this.#users).length > 0) resolved.users = this.#users;
    if (Object.keys(this.#members).length > 0) resolved.members = this.#members;
    if (Object.keys(this.#roles).length > 0) resolved.roles = this.#roles;
    if (Object.keys(this.#channels).length > 0) resolved.channels = this.#channels;
    return Object.keys(resolved).length > 0 ? resolved : undefined;
  }
}
