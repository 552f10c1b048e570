import { GatewayIntentBits, PermissionFlagsBits } from 'discord-api-types/v10';
import type { EmulatorCore } from '../../core.js';
import { announceMemberUpdate } from '../../domain/announcements.js';
import { requireGuildPermission, requireManageableRole } from '../../domain/bot-permissions.js';
import { toApiGuild } from '../../payloads/guild.js';
import { toApiMember } from '../../payloads/member.js';
import { compareIds } from '../../state/discord-state.js';
import type { MemberRecord } from '../../state/records.js';
import { FormErrors } from '../../validation/form-errors.js';
import { DiscordErrors } from '../discord-error.js';
import { bodyObject, findGuild, findMember, findRole, queryNumber } from '../lookups.js';
import { noContent, ok, type RouteDefinition } from '../router.js';

/** The guild itself and its members: fetch, list (privileged), search, edit roles and nickname. */
export function memberRoutes(core: EmulatorCore): RouteDefinition[] {
  const { state, config } = core;
  const memberOf = (guildId: string, userId: string): MemberRecord =>
    findMember(core, findGuild(core, guildId).id, userId);
  const setRole = (guildId: string, userId: string, roleId: string, present: boolean): void => {
    const member = memberOf(guildId, userId);
    const role = findRole(core, guildId, roleId);
    requireManageableRole(core, role);
    const has = member.roles.includes(role.id);
    if (has === present) return;
    member.roles = present ? [...member.roles, role.id] : member.roles.filter((id) => id !== role.id);
    announceMemberUpdate(core, member);
  };
  return [
    {
      method: 'GET',
      pattern: '/guilds/:guildId',
      auth: 'bot',
      handle: ({ params, query }) => {
        const guild = findGuild(core, params.guildId ?? '');
        const counts =
          query.get('with_counts') === 'true'
            ? { approximate_member_count: state.guildMembers(guild.id).length, approximate_presence_count: 0 }
            : {};
        return ok({ ...toApiGuild(state, guild), ...counts });
      },
    },
    {
      // Listing members is gated on the GUILD_MEMBERS privileged intent being enabled for the application.
      method: 'GET',
      pattern: '/guilds/:guildId/members',
      auth: 'bot',
      handle: ({ params, query }) => {
        const guild = findGuild(core, params.guildId ?? '');
        if ((config.privilegedIntents & GatewayIntentBits.GuildMembers) === 0) throw DiscordErrors.missingAccess();
        const limit = Math.min(Math.max(queryNumber(query, 'limit', 1), 1), 1000);
        const after = query.get('after') ?? '0';
        const members = state
          .guildMembers(guild.id)
          .filter((member) => compareIds(member.userId, after) > 0)
          .sort((a, b) => compareIds(a.userId, b.userId))
          .slice(0, limit);
        return ok(members.map((member) => toApiMember(state, member)));
      },
    },
    {
      method: 'GET',
      pattern: '/guilds/:guildId/members/search',
      auth: 'bot',
      handle: ({ params, query }) => {
        const guild = findGuild(core, params.guildId ?? '');
        const text = (query.get('query') ?? '').toLowerCase();
        const limit = Math.min(Math.max(queryNumber(query, 'limit', 1), 1), 1000);
        const matches = state.guildMembers(guild.id).filter((member) => {
          const username = state.user(member.userId)?.username.toLowerCase() ?? '';
          return username.startsWith(text) || (member.nick?.toLowerCase().startsWith(text) ?? false);
        });
        return ok(matches.slice(0, limit).map((member) => toApiMember(state, member)));
      },
    },
    {
      method: 'GET',
      pattern: '/guilds/:guildId/members/:userId',
      auth: 'bot',
      handle: ({ params }) => ok(toApiMember(state, memberOf(params.guildId ?? '', params.userId ?? ''))),
    },
    {
      method: 'PATCH',
      pattern: '/guilds/:guildId/members/:userId',
      auth: 'bot',
      handle: ({ params, body }) => {
        const guildId = params.guildId ?? '';
        const member = memberOf(guildId, params.userId ?? '');
        const changes = bodyObject(body);
        const errors = new FormErrors();
        if (typeof changes.nick === 'string') errors.maxLength(['nick'], changes.nick, 32);
        errors.throwIfAny();
        if (Array.isArray(changes.roles)) {
          const wanted = changes.roles.filter((id): id is string => typeof id === 'string');
          const changed = [
            ...wanted.filter((id) => !member.roles.includes(id)),
            ...member.roles.filter((id) => !wanted.includes(id)),
          ];
          for (const roleId of changed) requireManageableRole(core, findRole(core, guildId, roleId));
          member.roles = [...new Set(wanted)];
        }
        if ('nick' in changes) {
          const self = member.userId === config.botUserId;
          requireGuildPermission(
            core,
            guildId,
            self ? PermissionFlagsBits.ChangeNickname : PermissionFlagsBits.ManageNicknames,
          );
          if (state.guild(guildId)?.ownerId === member.userId) throw DiscordErrors.missingPermissions();
          member.nick = typeof changes.nick === 'string' && changes.nick.length > 0 ? changes.nick : null;
        }
        announceMemberUpdate(core, member);
        return ok(toApiMember(state, member));
      },
    },
    {
      method: 'PUT',
      pattern: '/guilds/:guildId/members/:userId/roles/:roleId',
      auth: 'bot',
      handle: ({ params }) => {
        setRole(params.guildId ?? '', params.userId ?? '', params.roleId ?? '', true);
        return noContent();
      },
    },
    {
      method: 'DELETE',
      pattern: '/guilds/:guildId/members/:userId/roles/:roleId',
      auth: 'bot',
      handle: ({ params }) => {
        setRole(params.guildId ?? '', params.userId ?? '', params.roleId ?? '', false);
        return noContent();
      },
    },
  ];
}
