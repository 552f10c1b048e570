/**
 * The pair's agreement and milestones: what `/mentorship agreement`, `/mentorship goals` and the confirm
 * buttons change. Every change is one guarded single-document update (models/mentorship.model.ts), so two
 * presses or two edits at once each either apply to what the member saw or are refused.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.js';
import { messageKey } from '../i18n/message.js';
import { MENTOR_FORMATS } from '../../models/mentor-profile.model.js';
import {
  MENTORSHIP_CADENCES,
  addMilestone,
  agreementOf,
  changeAgreement,
  confirmAgreement,
  findMentorshipById,
  findActiveMentorshipsOf,
  findEndedMentorshipsOf,
  updateMilestone,
  type Mentorship,
  type MentorshipAgreement,
  type Milestone,
  type MilestoneStatus,
} from '../../models/mentorship.model.js';
import { checkInAfterCadenceChange } from './mentorship-check-in.service.js';
import { findMentorshipFor, isParticipant } from './mentorship.service.js';
import { discordId, parseInput } from './service-input.js';

export const MIN_EXPECTED_WEEKS = 4;
export const MAX_EXPECTED_WEEKS = 52;
export const MAX_MILESTONES = 12;
export const MAX_MILESTONE_TITLE = 100;
/** How many of a member's ended mentorships `/mentorship list` reads. */
export const LIST_LIMIT = 25;

export type MentorshipSide = 'mentor' | 'mentee';

export function sideOf(mentorship: Pick<Mentorship, 'mentorId' | 'menteeId'>, userId: string): MentorshipSide | null {
  if (mentorship.mentorId === userId) return 'mentor';
  if (mentorship.menteeId === userId) return 'mentee';
  return null;
}

/**
 * A short fingerprint of the agreement, carried by each Confirm button: a press on a summary drawn
 * before the agreement changed confirms nothing.
 */
export function agreementKey(mentorship: Mentorship): string {
  return createHash('sha256')
    .update(JSON.stringify(agreementOf(mentorship)))
    .digest('hex')
    .slice(0, 12);
}

export function isConfirmedByBoth(mentorship: Mentorship): boolean {
  return mentorship.mentorConfirmedAt !== null && mentorship.menteeConfirmedAt !== null;
}

const target = {
  guildId: discordId,
  actorId: discordId,
  threadId: z.string().nullish(),
  otherId: discordId.nullish(),
};

const agreementSchema = z.object({
  ...target,
  cadence: z.string().pipe(z.enum(MENTORSHIP_CADENCES)).nullish(),
  expectedWeeks: z
    .number()
    .int(messageKey('mentorship.errors.weeksWhole'))
    .min(MIN_EXPECTED_WEEKS, messageKey('mentorship.errors.weeksTooShort'))
    .max(MAX_EXPECTED_WEEKS, messageKey('mentorship.errors.weeksTooLong'))
    .nullish(),
  format: z.string().pipe(z.enum(MENTOR_FORMATS)).nullish(),
});

export interface AgreementChange {
  mentorship: Mentorship;
  changed: boolean;
}

/**
 * Sets the cadence, length or format of the caller's mentorship; any real change clears both
 * confirmations, and a new cadence moves the pending check-in to it. Nothing given: the agreement as it
 * is (`changed` false).
 */
export async function setAgreement(input: z.input<typeof agreementSchema>, clock: Clock): Promise<AgreementChange> {
  const { guildId, actorId, threadId, otherId, cadence, expectedWeeks, format } = parseInput(agreementSchema, input);
  for (;;) {
    const mentorship = await findMentorshipFor(guildId, actorId, {
      threadId: threadId ?? null,
      otherId: otherId ?? null,
    });
    const from = agreementOf(mentorship);
    const to: MentorshipAgreement = {
      ...from,
      ...(cadence ? { cadence } : {}),
      ...(expectedWeeks ? { expectedWeeks } : {}),
      ...(format ? { format } : {}),
    };
    if (JSON.stringify(to) === JSON.stringify(from)) return { mentorship, changed: false };
    const checkIn =
      to.cadence === from.cadence
        ? null
        : {
            from: mentorship.nextCheckInAt,
            to: await checkInAfterCadenceChange(mentorship, to.cadence, clock.now()),
          };
    const updated = await changeAgreement(mentorship.id, from, to, checkIn);
    // Null: the other side changed it, or a check-in was claimed, at the same moment; apply this change to what is there now.
    if (updated) return { mentorship: updated, changed: true };
  }
}

const confirmSchema = z.object({
  mentorshipId: z.string().regex(/^[a-f\d]{24}$/u),
  actorId: discordId,
  side: z.enum(['mentor', 'mentee']),
  agreementKey: z.string().min(1).max(32),
});

export type ConfirmOutcome = 'confirmed' | 'already-confirmed';

/**
 * One side confirms the agreement shown on the button's message. Only that side may press it; a
 * replay, or a press after the agreement changed, confirms nothing.
 */
export async function confirmMentorshipAgreement(
  input: z.input<typeof confirmSchema>,
  clock: Clock,
): Promise<{ mentorship: Mentorship; outcome: ConfirmOutcome }> {
  const { mentorshipId, actorId, side, agreementKey: seenKey } = parseInput(confirmSchema, input);
  const mentorship = await findMentorshipById(mentorshipId);
  if (!mentorship) throw new NotFoundError('mentorship.errors.gone');
  if (!isParticipant(mentorship, actorId)) throw new ForbiddenError('mentorship.errors.notYourPair');
  if (sideOf(mentorship, actorId) !== side) {
    throw new ForbiddenError('mentorship.errors.notYourButton', {
      userId: side === 'mentor' ? mentorship.mentorId : mentorship.menteeId,
    });
  }
  if (mentorship.status !== 'active') throw new ConflictError('mentorship.errors.ended');
  if (agreementKey(mentorship) !== seenKey) throw new ConflictError('mentorship.errors.agreementChanged');
  const confirmed = await confirmAgreement(mentorship.id, side, agreementOf(mentorship), clock.now());
  if (confirmed) return { mentorship: confirmed, outcome: 'confirmed' };
  const now = await findMentorshipById(mentorship.id);
  if (!now || now.status !== 'active') throw new ConflictError('mentorship.errors.ended');
  if (agreementKey(now) !== seenKey) throw new ConflictError('mentorship.errors.agreementChanged');
  return { mentorship: now, outcome: 'already-confirmed' };
}

const milestoneTitle = z
  .string()
  .trim()
  .min(2, messageKey('mentorship.errors.milestoneTooShort'))
  .max(MAX_MILESTONE_TITLE, messageKey('mentorship.errors.milestoneTooLong'));

const milestoneNumber = z
  .number()
  .int()
  .min(1, messageKey('mentorship.errors.noSuchMilestone'))
  .max(MAX_MILESTONES, messageKey('mentorship.errors.noSuchMilestone'));

const addSchema = z.object({ ...target, title: milestoneTitle });
const editSchema = z.object({ ...target, milestone: milestoneNumber, title: milestoneTitle });
const markSchema = z.object({ ...target, milestone: milestoneNumber });

export interface MilestoneChange {
  mentorship: Mentorship;
  /** 1-based, as the summary numbers them. */
  number: number;
  milestone: Milestone;
}

function changeOf(mentorship: Mentorship, number: number): MilestoneChange {
  const milestone = mentorship.milestones[number - 1];
  if (!milestone) throw new Error(`Milestone ${String(number)} missing after its update`);
  return { mentorship, number, milestone };
}

/** Adds a milestone at the end; at most MAX_MILESTONES, dropped ones included (they stay listed). */
export async function addMentorshipMilestone(input: z.input<typeof addSchema>, clock: Clock): Promise<MilestoneChange> {
  const { guildId, actorId, threadId, otherId, title } = parseInput(addSchema, input);
  const mentorship = await findMentorshipFor(guildId, actorId, {
    threadId: threadId ?? null,
    otherId: otherId ?? null,
  });
  const updated = await addMilestone(mentorship.id, title, MAX_MILESTONES, clock.now());
  if (!updated) throw new ConflictError('mentorship.errors.tooManyMilestones', { max: MAX_MILESTONES });
  // The update returns the document as it left it, so the new milestone is the last one.
  return changeOf(updated, updated.milestones.length);
}

async function changeMilestone(
  input: z.input<typeof markSchema>,
  change: { title?: string; status?: MilestoneStatus },
  clock: Clock,
): Promise<MilestoneChange> {
  const { guildId, actorId, threadId, otherId, milestone } = parseInput(markSchema, input);
  const mentorship = await findMentorshipFor(guildId, actorId, {
    threadId: threadId ?? null,
    otherId: otherId ?? null,
  });
  const current = mentorship.milestones[milestone - 1];
  if (!current) {
    throw new NotFoundError('mentorship.errors.noSuchMilestone', { count: mentorship.milestones.length });
  }
  const updated = await updateMilestone(mentorship.id, current.id, change, clock.now());
  if (!updated) throw new ConflictError('mentorship.errors.ended');
  return changeOf(updated, milestone);
}

export async function editMentorshipMilestone(
  input: z.input<typeof editSchema>,
  clock: Clock,
): Promise<MilestoneChange> {
  const { title, ...rest } = parseInput(editSchema, input);
  return changeMilestone(rest, { title }, clock);
}

export async function completeMentorshipMilestone(
  input: z.input<typeof markSchema>,
  clock: Clock,
): Promise<MilestoneChange> {
  return changeMilestone(input, { status: 'done' }, clock);
}

export async function dropMentorshipMilestone(
  input: z.input<typeof markSchema>,
  clock: Clock,
): Promise<MilestoneChange> {
  return changeMilestone(input, { status: 'dropped' }, clock);
}

export interface MentorshipOverview {
  active: Mentorship[];
  paused: Mentorship[];
  past: Mentorship[];
}

/**
 * The member's mentorships on either side, split as `/mentorship list` shows them: every current one
 * (few: places and requests bound them), however old, and the latest ended ones.
 */
export async function mentorshipOverviewOf(guildId: string, userId: string): Promise<MentorshipOverview> {
  parseInput(discordId, guildId);
  parseInput(discordId, userId);
  const [current, past] = await Promise.all([
    findActiveMentorshipsOf(guildId, userId),
    findEndedMentorshipsOf(guildId, userId, LIST_LIMIT),
  ]);
  return {
    active: current.filter((m) => m.pausedAt === null),
    paused: current.filter((m) => m.pausedAt !== null),
    past,
  };
}
