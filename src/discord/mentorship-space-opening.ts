/**
 * Opening the pair's space when a mentorship starts, run by a durable job: the private thread (or, when
 * the bot cannot make one, the reason, told to the admins), both members added, the summary posted and
 * pinned, a welcome, and each side's DM with their guide. Every step is recorded before the next, and
 * messages carry a nonce Discord enforces, so a retry after a 5xx or a restart doubles nothing.
 */
import {
  ChannelType,
  DiscordAPIError,
  ThreadAutoArchiveDuration,
  type Guild,
  type TextChannel,
  type ThreadChannel,
} from 'discord.js';
import type { Clock } from '../clock.js';
import { translatorFor, type Translator } from '../i18n/i18n.js';
import type { Mentorship } from '../services/mentorship.service.js';
import {
  mentorshipOfRequest,
  spaceDelivered,
  spaceOpened,
  spaceSummaryPosted,
  spaceThreadCreated,
  spaceUnavailable,
} from '../services/mentorship-space-opening.service.js';
import { mentorshipGuidesOf, mentorshipChannelOf } from '../services/mentorship-space-settings.service.js';
import { memberLabel } from '../views/mentorship-request.view.js';
import { mentorshipSummary, type PairNames } from '../views/mentorship-summary.view.js';
import { welcomeDirectMessage } from '../views/mentorship-guide.view.js';
import { notifyAdmins } from './admin-notices.js';
import { deliverDirectMessage } from './direct-message.js';
import {
  checkSpaceChannel,
  pairNames,
  pairThread,
  permissionNames,
  serverTranslator,
  type SpaceChannelCheck,
  type SpaceContext,
} from './mentorship-space.js';

/** Thread names are at most 100 characters. */
const MAX_THREAD_NAME = 100;

/** One letter per message of the opening; with the mentorship id it fills Discord's 25 characters. */
const NONCE_PREFIXES = { summary: 's', welcome: 'w', admins: 'a', mentor: 'r', mentee: 'e' } as const;

/** Discord keeps a nonce for a few minutes: a retry soon after a lost answer gets the same message back. */
function nonce(kind: keyof typeof NONCE_PREFIXES, mentorship: Mentorship): string {
  return `${NONCE_PREFIXES[kind]}${mentorship.id}`;
}

function threadName(tr: Translator, names: PairNames): string {
  const name = tr.t('mentorship.thread.name', {
    mentor: names.mentor ?? tr.t('mentorship.sides.mentor'),
    mentee: names.mentee ?? tr.t('mentorship.sides.mentee'),
  });
  return name.slice(0, MAX_THREAD_NAME);
}

/**
 * The pair's thread: one made by an earlier try that lost its answer (an active private thread of the bot
 * in the channel with the pair's name that no mentorship claims) is adopted rather than made twice.
 */
async function makeThread(channel: TextChannel, name: string): Promise<ThreadChannel> {
  const active = await channel.guild.channels.fetchActiveThreads();
  const earlier = active.threads.find(
    (thread) =>
      thread.parentId === channel.id &&
      thread.type === ChannelType.PrivateThread &&
      thread.ownerId === channel.client.user.id &&
      thread.name === name,
  );
  if (earlier) return earlier;
  return channel.threads.create({
    name,
    type: ChannelType.PrivateThread,
    invitable: false,
    autoArchiveDuration: ThreadAutoArchiveDuration.OneWeek,
  });
}

async function openThread(
  guild: Guild,
  mentorship: Mentorship,
  check: Extract<SpaceChannelCheck, { ok: true }>,
  tr: Translator,
  names: PairNames,
): Promise<Mentorship> {
  const channel = guild.channels.cache.get(check.channelId) as TextChannel;
  let thread: ThreadChannel;
  try {
    thread = await makeThread(channel, threadName(tr, names));
  } catch (error) {
    // Refused although the cached permissions allowed it (an overwrite changed meanwhile): no retry helps.
    if (isRefusal(error)) return spaceUnavailable(mentorship.id, 'failed');
    throw error;
  }
  const recorded = await spaceThreadCreated(mentorship.id, channel.id, thread.id);
  // Another opening recorded its own thread first: this one would be an empty double.
  if (recorded.space.threadId !== thread.id) await thread.delete().catch(() => undefined);
  return recorded;
}

/** Discord refusing for good (a member who left, a permission removed meanwhile): retrying cannot help. */
function isRefusal(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.status >= 400 && error.status < 500 && error.status !== 429;
}

async function postSummary(
  ctx: SpaceContext,
  mentorship: Mentorship,
  thread: ThreadChannel,
  tr: Translator,
  names: PairNames,
) {
  for (const userId of [mentorship.mentorId, mentorship.menteeId]) {
    await thread.members.add(userId).catch((error: unknown) => {
      if (!isRefusal(error)) throw error;
      ctx.logger.warn('Could not add a member to their mentorship thread', { targetUserId: userId, error });
    });
  }
  const summary = await thread.send({
    ...mentorshipSummary(tr, mentorship, names),
    nonce: nonce('summary', mentorship),
    enforceNonce: true,
  });
  await summary.pin().catch((error: unknown) => {
    if (!isRefusal(error)) throw error;
    ctx.logger.warn('Could not pin a mentorship summary', { mentorshipId: mentorship.id, error });
  });
  await thread.send({
    content: tr.t('mentorship.thread.welcome', {
      mentor: `<@${mentorship.mentorId}>`,
      mentee: `<@${mentorship.menteeId}>`,
    }),
    allowedMentions: { parse: [], users: [mentorship.mentorId, mentorship.menteeId] },
    nonce: nonce('welcome', mentorship),
    enforceNonce: true,
  });
  return spaceSummaryPosted(mentorship.id, thread.id, summary.id);
}

async function tellAdmins(ctx: SpaceContext, guild: Guild, mentorship: Mentorship, names: PairNames) {
  const mentor = memberLabel(mentorship.mentorId, names.mentor);
  const mentee = memberLabel(mentorship.menteeId, names.mentee);
  const channelId = await mentorshipChannelOf(mentorship.guildId);
  const check = checkSpaceChannel(guild, channelId);
  await notifyAdmins(ctx, mentorship.guildId, (tr) => {
    let content: string;
    if (mentorship.space.problem === 'no-channel' || channelId === null) {
      content = tr.t('mentorship.admin.noChannelNotice', { mentor, mentee });
    } else if (!check.ok && check.problem === 'missing-permissions') {
      content = tr.t('mentorship.admin.missingPermissionsNotice', {
        mentor,
        mentee,
        channel: channelId,
        permissions: permissionNames(tr, check.missing),
      });
    } else {
      content = tr.t('mentorship.admin.failedNotice', { mentor, mentee, channel: channelId });
    }
    return { content, nonce: nonce('admins', mentorship), enforceNonce: true };
  });
  await spaceDelivered(mentorship.id, 'admins-told');
}

async function welcome(
  ctx: SpaceContext,
  guild: Guild,
  mentorship: Mentorship,
  side: 'mentor' | 'mentee',
  names: PairNames,
) {
  const userId = side === 'mentor' ? mentorship.mentorId : mentorship.menteeId;
  const tr = translatorFor(await ctx.locales.forRecipient(userId, guild.preferredLocale));
  const sent = await deliverDirectMessage(ctx.client, userId, {
    ...welcomeDirectMessage(tr, {
      side,
      mentorship,
      names,
      server: guild.name,
      threadId: mentorship.space.threadId,
      overrides: await mentorshipGuidesOf(mentorship.guildId),
    }),
    nonce: nonce(side, mentorship),
    enforceNonce: true,
  });
  if (!sent) ctx.logger.info('A member’s mentorship welcome cannot be delivered (DMs closed)', { userId });
  await spaceDelivered(mentorship.id, side === 'mentor' ? 'mentor-welcomed' : 'mentee-welcomed');
}

/**
 * Opens the space of the mentorship started by `requestId`, doing only what is still missing. Transient
 * Discord failures are thrown: the job retries, and the recorded steps are not done again.
 */
export async function openMentorshipSpace(
  ctx: SpaceContext & { clock: Clock },
  requestId: string,
): Promise<Mentorship | null> {
  let mentorship = await mentorshipOfRequest(requestId);
  if (mentorship?.status !== 'active' || mentorship.space.openedAt !== null) return null;
  const guild = ctx.client.guilds.cache.get(mentorship.guildId);
  if (!guild) {
    ctx.logger.warn('Cannot open a mentorship space in a server the bot is not in', { mentorshipId: mentorship.id });
    return null;
  }
  const tr = serverTranslator(ctx, guild);
  const names = await pairNames(guild, mentorship);
  if (mentorship.space.threadId === null && mentorship.space.problem === null) {
    const check = checkSpaceChannel(guild, await mentorshipChannelOf(mentorship.guildId));
    mentorship = check.ok
      ? await openThread(guild, mentorship, check, tr, names)
      : await spaceUnavailable(mentorship.id, check.problem);
  }
  if (mentorship.space.threadId !== null && mentorship.space.summaryMessageId === null) {
    const thread = await pairThread(ctx.client, mentorship);
    if (thread) mentorship = await postSummary(ctx, mentorship, thread, tr, names);
  }
  if (mentorship.space.problem !== null && !mentorship.space.delivered.includes('admins-told')) {
    await tellAdmins(ctx, guild, mentorship, names);
  }
  for (const side of ['mentor', 'mentee'] as const) {
    if (!mentorship.space.delivered.includes(side === 'mentor' ? 'mentor-welcomed' : 'mentee-welcomed')) {
      await welcome(ctx, guild, mentorship, side, names);
    }
  }
  await spaceOpened(mentorship.id, ctx.clock);
  return mentorship;
}
