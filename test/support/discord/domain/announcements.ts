import { GatewayDispatchEvents } from 'discord-api-types/v10';
import type { EmulatorCore } from '../core.js';
import { toApiChannel } from '../payloads/channel.js';
import { toApiMember } from '../payloads/member.js';
import { toApiRole } from '../payloads/role.js';
import { toApiUser } from '../payloads/user.js';
import { isThreadType } from '../state/discord-state.js';
import type { ChannelRecord, MemberRecord, RoleRecord, UserRecord } from '../state/records.js';

/** The gateway events Discord sends when the world changes, built in one place for REST routes and drivers. */

export function announceMemberAdd(core: EmulatorCore, member: MemberRecord): void {
  core.gateway.dispatch(GatewayDispatchEvents.GuildMemberAdd, {
    ...toApiMember(core.state, member),
    guild_id: member.guildId,
  });
}

export function announceMemberUpdate(core: EmulatorCore, member: MemberRecord): void {
  core.gateway.dispatch(GatewayDispatchEvents.GuildMemberUpdate, {
    ...toApiMember(core.state, member),
    guild_id: member.guildId,
  });
}

export function announceMemberRemove(core: EmulatorCore, guildId: string, user: UserRecord): void {
  core.gateway.dispatch(GatewayDispatchEvents.GuildMemberRemove, { guild_id: guildId, user: toApiUser(user) });
}

export function announceRole(core: EmulatorCore, event: 'create' | 'update', role: RoleRecord): void {
  const name = event === 'create' ? GatewayDispatchEvents.GuildRoleCreate : GatewayDispatchEvents.GuildRoleUpdate;
  core.gateway.dispatch(name, { guild_id: role.guildId, role: toApiRole(role) });
}

export function announceRoleDelete(core: EmulatorCore, role: RoleRecord): void {
  core.gateway.dispatch(GatewayDispatchEvents.GuildRoleDelete, { guild_id: role.guildId, role_id: role.id });
}

/** Runs a change to role positions and announces every role whose position moved. */
export function withRolePositionUpdates(core: EmulatorCore, guildId: string, change: () => void): void {
  const before = new Map(core.state.guildRoles(guildId).map((role) => [role.id, role.position]));
  change();
  for (const role of core.state.guildRoles(guildId)) {
    const previous = before.get(role.id);
    if (previous !== undefined && previous !== role.position) announceRole(core, 'update', role);
  }
}

export function announceChannel(
  core: EmulatorCore,
  event: 'create' | 'update' | 'delete',
  channel: ChannelRecord,
): void {
  const thread = isThreadType(channel.type);
  const names = thread
    ? {
        create: GatewayDispatchEvents.ThreadCreate,
        update: GatewayDispatchEvents.ThreadUpdate,
        delete: GatewayDispatchEvents.ThreadDelete,
      }
    : {
        create: GatewayDispatchEvents.ChannelCreate,
        update: GatewayDispatchEvents.ChannelUpdate,
        delete: GatewayDispatchEvents.ChannelDelete,
      };
  const payload = toApiChannel(core.state, channel);
  core.gateway.dispatch(names[event], thread && event === 'create' ? { ...payload, newly_created: true } : payload);
}

export function announceThreadMembers(
  core: EmulatorCore,
  thread: ChannelRecord,
  change: { added?: string[]; removed?: string[] },
): void {
  core.gateway.dispatch(GatewayDispatchEvents.ThreadMembersUpdate, {
    id: thread.id,
    guild_id: thread.guildId,
    member_count: core.state.threadMemberIds(thread.id).length,
    ...(change.added
      ? {
          added_members: change.added.map((userId) => {
            const member = core.state.threadMembers.get(`${thread.id}:${userId}`);
            return {
              id: thread.id,
              user_id: userId,
              join_timestamp: (member?.joinedAt ?? core.clock.now()).toISOString(),
              flags: 0,
            };
          }),
        }
      : {}),
    ...(change.removed ? { removed_member_ids: change.removed } : {}),
  });
}
