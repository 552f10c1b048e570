/**
 * Fading pairs: no message in the thread and no check-in answer for `fadingDays` nudges both; twice that
 * asks "continue or end?"; after 90 days quiet the pair is warned and, 7 days later, the mentorship ends
 * as inactive. Any activity sends the sequence back to the start. Each step is one guarded update that
 * holds only if nothing happened since the bot looked, so a message and a step never cross.
 */
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { getGuildSettings, updateGuildSettings } from '../../models/guild-settings.model.js';
import {
  advanceFadingStage,
  findActiveMentorshipsAfter,
  recordMentorshipActivity,
  type FadingStage,
  type Mentorship,
} from '../../models/mentorship.model.js';
import { messageKey } from '../i18n/message.js';
import { actorSchema, discordId, parseInput, requireAdmin } from './service-input.js';

const DAY_MS = 24 * 60 * 60_000;
export const MIN_FADING_DAYS = 7;
/** Twice the setting must come before the 90-day warning. */
export const MAX_FADING_DAYS = 30;
export const INACTIVE_WARNING_DAYS = 90;
export const INACTIVE_END_AFTER_WARNING_MS = 7 * DAY_MS;

export type FadingStep = 'nudge' | 'ask' | 'warn';

const STEP_AFTER: Readonly<Partial<Record<FadingStage, { step: FadingStep; to: FadingStage }>>> = {
  none: { step: 'nudge', to: 'nudged' },
  nudged: { step: 'ask', to: 'asked' },
  asked: { step: 'warn', to: 'warned' },
};

/** The step a pair quiet since `lastActivityAt` is due for now, if any (one step per look). */
export function fadingStepDue(
  mentorship: Pick<Mentorship, 'fadingStage' | 'lastActivityAt'>,
  fadingDays: number,
  now: Date,
): FadingStep | null {
  const quietDays = (now.getTime() - mentorship.lastActivityAt.getTime()) / DAY_MS;
  const next = STEP_AFTER[mentorship.fadingStage];
  if (!next) return null;
  const threshold = next.step === 'nudge' ? fadingDays : next.step === 'ask' ? 2 * fadingDays : INACTIVE_WARNING_DAYS;
  return quietDays >= threshold ? next.step : null;
}

/** Records that the pair was seen active at `at` (a message in their thread); false when nothing changed. */
export async function noteThreadActivity(mentorshipId: string, at: Date): Promise<boolean> {
  return recordMentorshipActivity(mentorshipId, at);
}

/** Takes the step for the bot: false when the pair moved meanwhile (then nothing is sent). */
export async function takeFadingStep(mentorship: Mentorship, step: FadingStep): Promise<boolean> {
  const from = mentorship.fadingStage;
  const to = STEP_AFTER[from];
  if (to?.step !== step) return false;
  return advanceFadingStage(mentorship.id, from, to.to, mentorship.lastActivityAt);
}

export async function activeMentorshipsPage(afterId: string | null, limit: number): Promise<Mentorship[]> {
  return findActiveMentorshipsAfter(afterId, limit);
}

export async function fadingDaysOf(guildId: string): Promise<number> {
  return (await getGuildSettings(guildId)).fadingDays;
}

/** When a warned pair ends as inactive, unless someone answers first. */
export function inactiveEndAt(warnedAt: Date): Date {
  return new Date(warnedAt.getTime() + INACTIVE_END_AFTER_WARNING_MS);
}

/** A warned pair whose end job was lost still ends: this long after the warning threshold. */
export function isOverdueForInactiveEnd(
  mentorship: Pick<Mentorship, 'fadingStage' | 'lastActivityAt'>,
  clock: Clock,
): boolean {
  return (
    mentorship.fadingStage === 'warned' &&
    clock.now().getTime() - mentorship.lastActivityAt.getTime() >=
      INACTIVE_WARNING_DAYS * DAY_MS + INACTIVE_END_AFTER_WARNING_MS + DAY_MS
  );
}

const fadingDaysSchema = z.object({
  guildId: discordId,
  actor: actorSchema,
  days: z
    .number()
    .int()
    .min(MIN_FADING_DAYS, { error: messageKey('lifecycle.errors.fadingDaysTooFew') })
    .max(MAX_FADING_DAYS, { error: messageKey('lifecycle.errors.fadingDaysTooMany') }),
});

/** Admins choose after how many quiet days a pair is nudged. */
export async function setFadingDays(input: z.input<typeof fadingDaysSchema>): Promise<number> {
  const { guildId, actor, days } = parseInput(fadingDaysSchema, input);
  requireAdmin(actor);
  return (await updateGuildSettings(guildId, { fadingDays: days })).fadingDays;
}
