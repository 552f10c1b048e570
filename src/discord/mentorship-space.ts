/**
 * The pair's private thread as other areas use it: redraw the pinned summary, post in the thread, archive
 * it at the end. Thread posts are in the server's language (both sides read them); nothing in them
 * pings anyone but the pair, and only when a message opts in.
 */
import {
  ChannelType,
  DiscordAPIError,
  PermissionFlagsBits,
  RESTJSONErrorCodes,
  type Client,
  type Guild,
  type MessageCreateOptions,
  type ThreadChannel,
} from 'discord.js';
import { translatorFor, type Translator } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import type { UserLocales } from '../services/localization/user-locale.service.js';
import type { Mentorship } from '../services/mentorship.service.js';
import { mentorshipById } from '../services/mentorship-space-opening.service.js';
import { mentorshipSummary, type PairNames } from '../views/mentorship-summary.view.js';
import { displayNames } from './member-names.js';

/** What these functions need; AppContext and JobContext both fit. */
export interface SpaceContext {
  readonly client: Client;
  readonly logger: Logger;
  readonly locales: UserLocales;
}

/** Discord's answers meaning the thread or message is gone or closed for good: nothing to retry. */
const GONE_CODES: ReadonlySet<number | string> = new Set([
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.UnknownMessage,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.InvalidActionOnArchivedThread,
  RESTJSONErrorCodes.ThreadLocked,
]);

export function isGone(error: unknown): boolean {
  return error instanceof DiscordAPIError && GONE_CODES.has(error.code);
}

/** Public posts in the pair's thread speak the server's language (through ctx.locales, which a test may force). */
export function serverTranslator(ctx: Pick<SpaceContext, 'locales'>, guild: Guild | undefined): Translator {
  return translatorFor(ctx.locales.forServer(guild?.preferredLocale));
}

export async function pairNames(guild: Guild | null | undefined, mentorship: Mentorship): Promise<PairNames> {
  const names = await displayNames(guild ?? null, [mentorship.mentorId, mentorship.menteeId]);
  return { mentor: names.get(mentorship.mentorId) ?? null, mentee: names.get(mentorship.menteeId) ?? null };
}

/** The pair's thread, or null when it is gone or was never made; transient failures are thrown. */
export async function pairThread(client: Client, mentorship: Mentorship): Promise<ThreadChannel | null> {
  if (mentorship.space.threadId === null) return null;
  try {
    const channel = await client.channels.fetch(mentorship.space.threadId);
    return channel?.isThread() ? channel : null;
  } catch (error) {
    if (isGone(error)) return null;
    throw error;
  }
}

/**
 * Redraws the pinned summary from the database; nothing without a thread. A summary that is gone is
 * logged, not retried; a transient Discord failure is thrown, so a job can retry it.
 */
export async function refreshMentorshipSummary(ctx: SpaceContext, mentorshipId: string): Promise<void> {
  const mentorship = await mentorshipById(mentorshipId);
  if (!mentorship?.space.summaryMessageId) return;
  const thread = await pairThread(ctx.client, mentorship);
  if (!thread) return;
  const guild = ctx.client.guilds.cache.get(mentorship.guildId);
  const tr = serverTranslator(ctx, guild);
  try {
    await thread.messages.edit(
      mentorship.space.summaryMessageId,
      mentorshipSummary(tr, mentorship, await pairNames(guild, mentorship)),
    );
  } catch (error) {
    if (!isGone(error)) throw error;
    ctx.logger.info('The pinned summary cannot be redrawn any more', { mentorshipId, error });
  }
}

/**
 * Posts in the pair's thread in the server's language; false when there is no thread (never made, or
 * gone). Mentions ping nobody unless `build` sets allowedMentions; it may name the pair's two ids only.
 */
export async function postInMentorshipThread(
  ctx: SpaceContext,
  mentorship: Mentorship,
  build: (tr: Translator) => MessageCreateOptions,
): Promise<boolean> {
  const thread = await pairThread(ctx.client, mentorship);
  if (!thread) return false;
  const message = build(serverTranslator(ctx, ctx.client.guilds.cache.get(mentorship.guildId)));
  const pair = new Set([mentorship.mentorId, mentorship.menteeId]);
  const users = (message.allowedMentions?.users ?? []).filter((id) => pair.has(id));
  try {
    await thread.send({ ...message, allowedMentions: { parse: [], users, repliedUser: false } });
    return true;
  } catch (error) {
    if (!isGone(error)) throw error;
    ctx.logger.info('Could not post in a mentorship thread; it is gone or closed', {
      mentorshipId: mentorship.id,
      error,
    });
    return false;
  }
}

/**
 * Archives the pair's thread after redrawing its summary (which then shows the end). Locked too when
 * the bot may, so the history stays as it was; nothing without a thread.
 */
export async function archiveMentorshipThread(ctx: SpaceContext, mentorship: Mentorship): Promise<void> {
  await refreshMentorshipSummary(ctx, mentorship.id);
  const thread = await pairThread(ctx.client, mentorship);
  if (!thread || thread.archived === true) return;
  const me = thread.guild.members.me;
  const canLock = me !== null && thread.permissionsFor(me).has(PermissionFlagsBits.ManageThreads);
  try {
    await thread.edit({ archived: true, ...(canLock ? { locked: true } : {}) });
  } catch (error) {
    if (!isGone(error)) throw error;
    ctx.logger.info('Could not archive a mentorship thread', { mentorshipId: mentorship.id, error });
  }
}

/** The permissions the bot needs in the mentorship channel, by their catalog names. */
export const SPACE_PERMISSIONS = [
  ['viewChannel', PermissionFlagsBits.ViewChannel],
  ['sendMessages', PermissionFlagsBits.SendMessages],
  ['createPrivateThreads', PermissionFlagsBits.CreatePrivateThreads],
  ['sendMessagesInThreads', PermissionFlagsBits.SendMessagesInThreads],
  ['pinMessages', PermissionFlagsBits.PinMessages],
] as const;
export type SpacePermission = (typeof SPACE_PERMISSIONS)[number][0];

export type SpaceChannelCheck =
  | { ok: true; channelId: string }
  | { ok: false; problem: 'no-channel'; channelId: string | null }
  | { ok: false; problem: 'missing-permissions'; channelId: string; missing: SpacePermission[] };

/**
 * Whether the bot can open private threads in the configured channel, checked in code from its cached
 * roles and overwrites (Discord would refuse the same): a channel that is gone or not a text channel
 * counts as none.
 */
export function checkSpaceChannel(guild: Guild, channelId: string | null): SpaceChannelCheck {
  const channel = channelId === null ? undefined : guild.channels.cache.get(channelId);
  if (channelId === null || channel?.type !== ChannelType.GuildText)
    return { ok: false, problem: 'no-channel', channelId };
  const me = guild.members.me;
  const permissions = me ? channel.permissionsFor(me) : null;
  const missing = SPACE_PERMISSIONS.filter(([, flag]) => permissions?.has(flag) !== true).map(([name]) => name);
  if (missing.length > 0) return { ok: false, problem: 'missing-permissions', channelId, missing };
  return { ok: true, channelId };
}

export function permissionNames(tr: Translator, missing: readonly SpacePermission[]): string {
  return tr.list(
    missing.map((name) => `**${tr.t(`mentorship.admin.permissions.${name}`)}**`),
    'conjunction',
  );
}
