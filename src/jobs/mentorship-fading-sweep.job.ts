import { ChannelType, DiscordAPIError, SnowflakeUtil, type Client } from 'discord.js';
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { isUnreachable } from '../discord/direct-message.js';
import { tellPair, type PairMessageContext } from '../discord/mentorship-pair-messages.js';
import type { Logger } from '../logger.js';
import {
  activeMentorshipsPage,
  fadingDaysOf,
  fadingStepDue,
  inactiveEndAt,
  isOverdueForInactiveEnd,
  noteThreadActivity,
  takeFadingStep,
} from '../services/mentorship-fading.service.js';
import { endInactiveMentorship } from '../services/mentorship-lifecycle.service.js';
import type { Mentorship } from '../services/mentorship.service.js';
import { fadingMessage } from '../views/mentorship-lifecycle.view.js';
import { defineJob } from './job.js';
import type { JobScheduler } from './job-scheduler.js';
import { mentorshipFadingEndJob, queueEndFollowUp } from './mentorship-fading-end.job.js';

const SWEEP_EVERY_MS = 60 * 60_000;
const PAGE = 100;
/** Messages read back from the thread's last one to find the newest a person wrote. */
const MESSAGES_READ = 25;

type SweepContext = PairMessageContext & { clock: Clock; jobs: JobScheduler };

/**
 * Fading pairs, hourly and at start-up: each active pair's thread is read (its last message's id carries
 * its time) so a conversation counts as activity; then a pair quiet long enough is nudged, asked
 * "continue or end?", warned, and ended as inactive 7 days after the warning. One step per pair per run.
 */
export const mentorshipFadingSweepJob = defineJob({
  name: 'mentorship-fading.sweep',
  payload: z.object({}),
  repeatEveryMs: SWEEP_EVERY_MS,
  async run(_payload, ctx) {
    const fadingDays = new Map<string, number>();
    let after: string | null = null;
    for (;;) {
      const page = await activeMentorshipsPage(after, PAGE);
      for (const mentorship of page) {
        const days = fadingDays.get(mentorship.guildId) ?? (await fadingDaysOf(mentorship.guildId));
        fadingDays.set(mentorship.guildId, days);
        await sweepOne(mentorship, days, ctx).catch((error: unknown) => {
          ctx.logger.warn('Could not look at a quiet pair; the next sweep will', {
            mentorshipId: mentorship.id,
            error,
          });
        });
      }
      const last = page.at(-1);
      if (!last || page.length < PAGE) return;
      after = last.id;
    }
  },
});

async function sweepOne(mentorship: Mentorship, fadingDays: number, ctx: SweepContext): Promise<void> {
  const now = ctx.clock.now();
  const spoke = await lastHumanMessageAt(ctx.client, mentorship, ctx.logger);
  if (spoke !== null && spoke > mentorship.lastActivityAt && (await noteThreadActivity(mentorship.id, spoke))) return;
  if (isOverdueForInactiveEnd(mentorship, ctx.clock)) {
    if (await endInactiveMentorship(mentorship.id, ctx.clock)) await queueEndFollowUp(ctx, mentorship.id);
    return;
  }
  const step = fadingStepDue(mentorship, fadingDays, now);
  if (step === null || !(await takeFadingStep(mentorship, step))) return;
  const endsAt = inactiveEndAt(now);
  if (step === 'warn') {
    await ctx.jobs.schedule(
      mentorshipFadingEndJob,
      endsAt,
      { mentorshipId: mentorship.id },
      { uniqueBy: ['mentorshipId'] },
    );
  }
  await tellPair(
    ctx,
    mentorship,
    (tr) => fadingMessage(tr, mentorship, step, endsAt),
    (tr) => fadingMessage(tr, mentorship, step, endsAt),
  );
  ctx.logger.info('A quiet pair was reached', { mentorshipId: mentorship.id, step });
}

/**
 * When someone last wrote in the pair's thread, from the thread's last message id (a snowflake carries
 * its time), reading back a few messages only when the last one is the bot's own. Null without a thread.
 */
async function lastHumanMessageAt(client: Client, mentorship: Mentorship, logger: Logger): Promise<Date | null> {
  const threadId = mentorship.space.threadId;
  if (threadId === null) return null;
  try {
    const thread = await client.channels.fetch(threadId, { force: true });
    if (thread?.type !== ChannelType.PrivateThread && thread?.type !== ChannelType.PublicThread) return null;
    const lastId = thread.lastMessageId;
    if (!lastId || new Date(SnowflakeUtil.timestampFrom(lastId)) <= mentorship.lastActivityAt) return null;
    const messages = await thread.messages.fetch({ limit: MESSAGES_READ });
    const human = messages.find((message) => !message.author.bot);
    return human ? human.createdAt : null;
  } catch (error) {
    if (error instanceof DiscordAPIError && isUnreachable(error)) return null;
    logger.info('Could not read a pair’s thread for activity', { mentorshipId: mentorship.id, error });
    return null;
  }
}
