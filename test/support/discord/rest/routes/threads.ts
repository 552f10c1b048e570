import { ChannelType, PermissionFlagsBits, ThreadAutoArchiveDuration } from 'discord-api-types/v10';
import type { EmulatorCore } from '../../core.js';
import { requireChannelPermission } from '../../domain/bot-permissions.js';
import { createMessage } from '../../domain/messages.js';
import { addThreadMember, createThread, removeThreadMember } from '../../domain/threads.js';
import { toApiChannel, toApiThreadMember } from '../../payloads/channel.js';
import { toApiMember } from '../../payloads/member.js';
import { toApiMessage } from '../../payloads/message.js';
import { channelPermissions, hasPermission } from '../../permissions.js';
import { isThreadType } from '../../state/discord-state.js';
import type { ChannelRecord } from '../../state/records.js';
import { FormErrors } from '../../validation/form-errors.js';
import { readMessageBody } from '../../validation/message-payload.js';
import { DiscordErrors } from '../discord-error.js';
import { bodyObject, findChannel, findGuild, findMember, findMessage } from '../lookups.js';
import { created, noContent, ok, type RouteDefinition } from '../router.js';

const ARCHIVE_DURATIONS = [
  ThreadAutoArchiveDuration.OneHour,
  ThreadAutoArchiveDuration.OneDay,
  ThreadAutoArchiveDuration.ThreeDays,
  ThreadAutoArchiveDuration.OneWeek,
];
const FORUM_TYPES: ReadonlySet<ChannelType> = new Set([ChannelType.GuildForum, ChannelType.GuildMedia]);
const THREAD_PARENTS: ReadonlySet<ChannelType> = new Set([ChannelType.GuildText, ChannelType.GuildAnnouncement]);

interface ThreadSettings {
  name: string;
  autoArchiveDuration: ThreadAutoArchiveDuration;
  rateLimitPerUser: number;
}

function readThreadSettings(errors: FormErrors, input: Record<string, unknown>): ThreadSettings {
  errors.length(['name'], input.name, 1, 100);
  if (input.auto_archive_duration !== undefined)
    errors.choices(['auto_archive_duration'], input.auto_archive_duration, ARCHIVE_DURATIONS);
  errors.range(['rate_limit_per_user'], input.rate_limit_per_user, 0, 21_600);
  return {
    name: String(input.name),
    autoArchiveDuration:
      (input.auto_archive_duration as ThreadAutoArchiveDuration | undefined) ?? ThreadAutoArchiveDuration.OneDay,
    rateLimitPerUser: typeof input.rate_limit_per_user === 'number' ? input.rate_limit_per_user : 0,
  };
}

/** Threads: started from a message, standalone (private by default, as in the API), or forum posts; and members. */
export function threadRoutes(core: EmulatorCore): RouteDefinition[] {
  const { state, config } = core;
  const findThread = (channelId: string): ChannelRecord => {
    const channel = findChannel(core, channelId);
    if (!isThreadType(channel.type) || !channel.thread) throw DiscordErrors.wrongChannelType();
    return channel;
  };
  const botCanManage = (thread: ChannelRecord): boolean =>
    hasPermission(channelPermissions(state, thread.id, config.botUserId), PermissionFlagsBits.ManageThreads);

  return [
    {
      method: 'POST',
      pattern: '/channels/:channelId/messages/:messageId/threads',
      auth: 'bot',
      handle: ({ params, body }) => {
        const parent = findChannel(core, params.channelId ?? '');
        if (!THREAD_PARENTS.has(parent.type)) throw DiscordErrors.wrongChannelType();
        const message = findMessage(core, parent.id, params.messageId ?? '');
        requireChannelPermission(core, parent.id, PermissionFlagsBits.CreatePublicThreads);
        if (message.threadId) throw DiscordErrors.threadAlreadyCreated();
        const errors = new FormErrors();
        const settings = readThreadSettings(errors, bodyObject(body));
        errors.throwIfAny();
        const thread = createThread(core, {
          ...settings,
          id: message.id,
          parent,
          type:
            parent.type === ChannelType.GuildAnnouncement ? ChannelType.AnnouncementThread : ChannelType.PublicThread,
          ownerId: config.botUserId,
          invitable: true,
        });
        message.threadId = thread.id;
        return created(toApiChannel(state, thread));
      },
    },
    {
      method: 'POST',
      pattern: '/channels/:channelId/threads',
      auth: 'bot',
      handle: ({ params, body, files }) => {
        const parent = findChannel(core, params.channelId ?? '');
        const input = bodyObject(body);
        const errors = new FormErrors();
        const settings = readThreadSettings(errors, input);
        if (FORUM_TYPES.has(parent.type)) {
          if (typeof input.message !== 'object' || input.message === null) errors.required(['message']);
          // Checked before anything is created: Discord creates no post when its starter message is invalid.
          readMessageBody(errors, ['message'], input.message);
          errors.throwIfAny();
          requireChannelPermission(core, parent.id, PermissionFlagsBits.SendMessages);
          const thread = createThread(core, {
            ...settings,
            parent,
            type: ChannelType.PublicThread,
            ownerId: config.botUserId,
            invitable: true,
          });
          const starter = createMessage(core, {
            id: thread.id,
            channel: thread,
            authorId: config.botUserId,
            origin: 'bot',
            body: input.message,
            files,
            errorPath: ['message'],
          });
          return created({ ...toApiChannel(state, thread), message: toApiMessage(state, starter) });
        }
        if (!THREAD_PARENTS.has(parent.type)) throw DiscordErrors.wrongChannelType();
        const type = (input.type ?? ChannelType.PrivateThread) as ChannelType;
        errors.choices(['type'], type, [
          ChannelType.AnnouncementThread,
          ChannelType.PublicThread,
          ChannelType.PrivateThread,
        ]);
        errors.throwIfAny();
        requireChannelPermission(
          core,
          parent.id,
          type === ChannelType.PrivateThread
            ? PermissionFlagsBits.CreatePrivateThreads
            : PermissionFlagsBits.CreatePublicThreads,
        );
        const thread = createThread(core, {
          ...settings,
          parent,
          type: type as ChannelType.PublicThread | ChannelType.PrivateThread | ChannelType.AnnouncementThread,
          ownerId: config.botUserId,
          invitable: input.invitable !== false,
        });
        return created(toApiChannel(state, thread));
      },
    },
    {
      method: 'PUT',
      pattern: '/channels/:channelId/thread-members/@me',
      auth: 'bot',
      handle: ({ params }) => {
        const thread = findThread(params.channelId ?? '');
        if (thread.thread?.archived) throw DiscordErrors.threadArchived();
        addThreadMember(core, thread, config.botUserId);
        return noContent();
      },
    },
    {
      method: 'DELETE',
      pattern: '/channels/:channelId/thread-members/@me',
      auth: 'bot',
      handle: ({ params }) => {
        removeThreadMember(core, findThread(params.channelId ?? ''), config.botUserId);
        return noContent();
      },
    },
    {
      method: 'PUT',
      pattern: '/channels/:channelId/thread-members/:userId',
      auth: 'bot',
      handle: ({ params }) => {
        const thread = findThread(params.channelId ?? '');
        const userId = params.userId ?? '';
        findMember(core, thread.guildId ?? '', userId);
        if (thread.thread?.archived) throw DiscordErrors.threadArchived();
        requireChannelPermission(core, thread.id, PermissionFlagsBits.SendMessagesInThreads);
        const botIsMember = state.threadMembers.has(`${thread.id}:${config.botUserId}`);
        if (thread.type === ChannelType.PrivateThread && !botIsMember && !botCanManage(thread))
          throw DiscordErrors.missingAccess();
        addThreadMember(core, thread, userId);
        return noContent();
      },
    },
    {
      method: 'DELETE',
      pattern: '/channels/:channelId/thread-members/:userId',
      auth: 'bot',
      handle: ({ params }) => {
        const thread = findThread(params.channelId ?? '');
        const ownsPrivate = thread.type === ChannelType.PrivateThread && thread.thread?.ownerId === config.botUserId;
        if (!ownsPrivate && !botCanManage(thread)) throw DiscordErrors.missingPermissions();
        if (thread.thread?.archived) throw DiscordErrors.threadArchived();
        removeThreadMember(core, thread, params.userId ?? '');
        return noContent();
      },
    },
    {
      method: 'GET',
      pattern: '/channels/:channelId/thread-members/:userId',
      auth: 'bot',
      handle: ({ params, query }) => {
        const thread = findThread(params.channelId ?? '');
        const member = state.threadMembers.get(`${thread.id}:${params.userId ?? ''}`);
        if (!member) throw DiscordErrors.unknownMember();
        return ok(withGuildMember(core, thread, toApiThreadMember(member), query.get('with_member') === 'true'));
      },
    },
    {
      method: 'GET',
      pattern: '/channels/:channelId/thread-members',
      auth: 'bot',
      handle: ({ params, query }) => {
        const thread = findThread(params.channelId ?? '');
        const withMember = query.get('with_member') === 'true';
        return ok(
          [...state.threadMembers.values()]
            .filter((member) => member.threadId === thread.id)
            .map((member) => withGuildMember(core, thread, toApiThreadMember(member), withMember)),
        );
      },
    },
    {
      method: 'GET',
      pattern: '/guilds/:guildId/threads/active',
      auth: 'bot',
      handle: ({ params }) => {
        const guild = findGuild(core, params.guildId ?? '');
        const threads = state.threads(guild.id).filter((thread) => thread.thread?.archived === false);
        return ok({
          threads: threads.map((thread) => toApiChannel(state, thread)),
          members: threads.flatMap((thread) => {
            const member = state.threadMembers.get(`${thread.id}:${config.botUserId}`);
            return member ? [toApiThreadMember(member)] : [];
          }),
        });
      },
    },
  ];
}

function withGuildMember(
  core: EmulatorCore,
  thread: ChannelRecord,
  member: ReturnType<typeof toApiThreadMember>,
  include: boolean,
): unknown {
  const guildMember =
    include && thread.guildId && member.user_id ? core.state.member(thread.guildId, member.user_id) : undefined;
  return guildMember ? { ...member, member: toApiMember(core.state, guildMember) } : member;
}
