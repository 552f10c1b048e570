/**
 * Opening a pair's space, step by step, each step recorded on the mentorship so a retried or repeated
 * opening (a Discord 5xx, a restart, a sweep) redoes only what is missing: the thread or the reason
 * there is none, the summary, the admins' notice, each side's welcome.
 */
import type { Clock } from '../clock.js';
import {
  findMentorshipById,
  findMentorshipOfRequest,
  findUnopenedSpaces,
  markSpaceOpened,
  recordSpaceDelivery,
  recordSpaceProblem,
  recordSpaceSummary,
  recordSpaceThread,
  type Mentorship,
  type SpaceDelivery,
  type SpaceProblem,
} from '../../models/mentorship.model.js';
import { discordId, parseInput } from './service-input.js';

export type { SpaceDelivery, SpaceProblem };

/** Mentorships older than this whose space never opened are left alone (they predate the feature). */
const SWEEP_WINDOW_MS = 7 * 24 * 60 * 60_000;
/** Younger ones are still being opened by the job their accept queued. */
const SWEEP_GRACE_MS = 2 * 60_000;
const SWEEP_BATCH = 50;

export async function mentorshipOfRequest(requestId: string): Promise<Mentorship | null> {
  return findMentorshipOfRequest(requestId);
}

export async function mentorshipById(mentorshipId: string): Promise<Mentorship | null> {
  return findMentorshipById(mentorshipId);
}

/** Re-reads the mentorship after a guarded step that another opening may have taken first. */
async function current(mentorshipId: string, updated: Mentorship | null): Promise<Mentorship> {
  const mentorship = updated ?? (await findMentorshipById(mentorshipId));
  if (!mentorship) throw new Error(`Mentorship ${mentorshipId} vanished while its space was opening`);
  return mentorship;
}

/** The thread made for the pair; whichever opening recorded one first wins (compare `space.threadId`). */
export async function spaceThreadCreated(
  mentorshipId: string,
  parentChannelId: string,
  threadId: string,
): Promise<Mentorship> {
  parseInput(discordId, parentChannelId);
  parseInput(discordId, threadId);
  return current(mentorshipId, await recordSpaceThread(mentorshipId, parentChannelId, threadId));
}

export async function spaceSummaryPosted(
  mentorshipId: string,
  threadId: string,
  messageId: string,
): Promise<Mentorship> {
  return current(mentorshipId, await recordSpaceSummary(mentorshipId, threadId, messageId));
}

export async function spaceUnavailable(mentorshipId: string, problem: SpaceProblem): Promise<Mentorship> {
  return current(mentorshipId, await recordSpaceProblem(mentorshipId, problem));
}

export async function spaceDelivered(mentorshipId: string, delivery: SpaceDelivery): Promise<void> {
  await recordSpaceDelivery(mentorshipId, delivery);
}

export async function spaceOpened(mentorshipId: string, clock: Clock): Promise<void> {
  await markSpaceOpened(mentorshipId, clock.now());
}

/** Recent active mentorships whose opening never finished, for the sweep to queue again. */
export async function unopenedSpaces(clock: Clock): Promise<Mentorship[]> {
  const now = clock.now().getTime();
  return findUnopenedSpaces(new Date(now - SWEEP_WINDOW_MS), new Date(now - SWEEP_GRACE_MS), SWEEP_BATCH);
}
