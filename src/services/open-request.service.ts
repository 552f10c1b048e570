/**
 * Open requests: a member asks a specialty instead of one mentor; the request is posted where the
 * server's mentors see it, and the first recognised mentor of that specialty with a free place who
 * claims it becomes the member's mentor, exactly as if they had accepted a request (a mentorship request
 * is made for the pair and accepted through the same path). Unclaimed requests expire; the member may
 * withdraw theirs. Every step out of "open" is one guarded update.
 */
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { ConflictError, ForbiddenError, NotFoundError, RequestRefusedError } from '../errors.js';
import { messageKey } from '../i18n/message.js';
import { getGuildSettings, updateGuildSettings } from '../../models/guild-settings.model.js';
import { findMentorProfile } from '../../models/mentor-profile.model.js';
import { findActiveMentorship } from '../../models/mentorship.model.js';
import {
  finishPendingRequest,
  insertMentorshipRequest,
  listPendingRequestsOf,
  type MentorshipRequest,
} from '../../models/mentorship-request.model.js';
import {
  claimOpen,
  finishOpen,
  findOpenRequest,
  findOpenRequestsToExpire,
  insertOpenRequest,
  markExpiryNoticeDone,
  releaseClaim,
  setClaimRequest,
  setOpenRequestPost,
  type OpenRequest,
} from '../../models/open-request.model.js';
import type { MessageRef } from '../../models/mentorship-request.model.js';
import { effectiveStatus, isOffered, isRecognised } from './mentor-standing.js';
import { MAX_PENDING_REQUESTS, acceptMentorship } from './mentorship-request.service.js';
import { actorSchema, discordId, parseInput, requireAdmin } from './service-input.js';
import { resolveSpecialties, type Specialty } from './specialty.service.js';

export type { OpenRequest, OpenRequestStatus } from '../../models/open-request.model.js';

/** How long an open request waits for a mentor to claim it. */
export const OPEN_REQUEST_LIFETIME_DAYS = 7;
export const OPEN_REQUEST_LIFETIME_MS = OPEN_REQUEST_LIFETIME_DAYS * 24 * 60 * 60_000;
const NAME_MAX = 64;

const displayName = z.string().trim().min(1).max(NAME_MAX).nullable().default(null);

const postSchema = z.object({
  guildId: discordId,
  menteeId: discordId,
  menteeName: displayName,
  specialty: z.string().trim().min(1).max(64),
  goals: z
    .string()
    .trim()
    .min(20, messageKey('requests.errors.goalsTooShort'))
    .max(1000, messageKey('requests.errors.goalsTooLong')),
});

/** Where open requests go, and the specialty asked: refused before the member writes their goals. */
export async function checkCanPostOpenRequest(
  guildId: string,
  specialty: string,
): Promise<{ channelId: string; specialty: Specialty }> {
  const [settings, [found]] = await Promise.all([
    getGuildSettings(parseInput(discordId, guildId)),
    resolveSpecialties(guildId, [specialty], { field: 'specialty' }),
  ]);
  if (settings.openRequestsChannelId === null) throw new ConflictError('openRequests.errors.notSetUp');
  if (!found) throw new Error('resolveSpecialties returned nothing for one reference.');
  return { channelId: settings.openRequestsChannelId, specialty: found };
}

/**
 * Saves an open request (one per member and specialty at a time); the adapter then posts it in the
 * returned channel and records the post, or withdraws it when it cannot be posted.
 */
export async function createOpenRequest(
  input: z.input<typeof postSchema>,
  clock: Clock,
): Promise<{ request: OpenRequest; channelId: string; specialty: Specialty }> {
  const data = parseInput(postSchema, input);
  const { channelId, specialty } = await checkCanPostOpenRequest(data.guildId, data.specialty);
  const now = clock.now();
  const saved = await insertOpenRequest({
    guildId: data.guildId,
    menteeId: data.menteeId,
    menteeName: data.menteeName,
    specialty: specialty.slug,
    goals: data.goals,
    createdAt: now,
    expiresAt: new Date(now.getTime() + OPEN_REQUEST_LIFETIME_MS),
  });
  if (saved === 'duplicate') throw new ConflictError('openRequests.errors.duplicate');
  return { request: saved, channelId, specialty };
}

export async function recordOpenRequestPost(requestId: string, post: MessageRef): Promise<void> {
  await setOpenRequestPost(parseInput(z.string(), requestId), post);
}

const claimSchema = z.object({
  requestId: z.string(),
  mentorId: discordId,
  mentorName: displayName,
});

async function openRequestOf(requestId: string): Promise<OpenRequest> {
  const request = await findOpenRequest(requestId);
  if (!request) throw new NotFoundError('openRequests.errors.notFound');
  return request;
}

function refuseNotOpen(request: OpenRequest): never {
  switch (request.status) {
    case 'claimed':
      throw new ConflictError('openRequests.errors.alreadyClaimed', { mentorId: request.claimedBy ?? '' });
    case 'expired':
      throw new ConflictError('openRequests.errors.expired');
    case 'withdrawn':
    case 'open':
      throw new ConflictError('openRequests.errors.withdrawn');
  }
}

/**
 * A mentor claims an open request: they must be a recognised, active mentor of its specialty with a free
 * place. The first claim wins (a guarded update); the claim then becomes an accepted mentorship request,
 * so the mentorship starts exactly as on an accept. If that fails (the member already has this mentor,
 * the last place went meanwhile) the claim is given back and the request stays open for others.
 */
export async function claimOpenRequest(
  input: z.input<typeof claimSchema>,
  clock: Clock,
): Promise<{ openRequest: OpenRequest; request: MentorshipRequest }> {
  const { requestId, mentorId, mentorName } = parseInput(claimSchema, input);
  const open = await openRequestOf(requestId);
  if (open.status !== 'open') refuseNotOpen(open);
  if (open.menteeId === mentorId) throw new ForbiddenError('openRequests.errors.ownRequest');
  const now = clock.now();
  const mentor = await findMentorProfile(open.guildId, mentorId);
  if (!mentor || !isRecognised(mentor) || !mentor.specialties.includes(open.specialty)) {
    throw new ForbiddenError('openRequests.errors.notAMentorOfSpecialty');
  }
  if (await findActiveMentorship(open.guildId, mentorId, open.menteeId)) {
    throw new ConflictError('openRequests.errors.alreadyYours');
  }
  if (effectiveStatus(mentor, now) !== 'active') throw new RequestRefusedError('mentor-paused');
  if (!isOffered(mentor, now)) throw new RequestRefusedError('no-free-place');

  const claimed = await claimOpen(open.id, { id: mentorId, name: mentorName }, now);
  if (!claimed) refuseNotOpen(await openRequestOf(open.id));
  try {
    const request = await acceptedRequestFor(claimed, mentorId, mentorName, clock);
    const recorded = await setClaimRequest(claimed.id, request.id);
    return { openRequest: recorded ?? claimed, request };
  } catch (error) {
    await releaseClaim(claimed.id, mentorId);
    throw error;
  }
}

/**
 * The mentorship request a claim becomes, accepted. A request the member already sent this mentor is
 * accepted instead of making a second one; one made here that cannot be accepted is withdrawn silently.
 */
async function acceptedRequestFor(
  open: OpenRequest,
  mentorId: string,
  mentorName: string | null,
  clock: Clock,
): Promise<MentorshipRequest> {
  const inserted = await insertMentorshipRequest(
    {
      guildId: open.guildId,
      menteeId: open.menteeId,
      mentorId,
      menteeName: open.menteeName,
      mentorName,
      goals: open.goals,
      createdAt: clock.now(),
    },
    // One slot past the member's own limit: this request is accepted at once, never left waiting.
    MAX_PENDING_REQUESTS + 1,
  );
  let request: MentorshipRequest;
  if (inserted === 'full') throw new RequestRefusedError('limit', { max: MAX_PENDING_REQUESTS });
  if (inserted === 'duplicate') {
    const waiting = await listPendingRequestsOf(open.guildId, open.menteeId, MAX_PENDING_REQUESTS + 1);
    const existing = waiting.find((r) => r.mentorId === mentorId);
    if (!existing) throw new RequestRefusedError('duplicate', { mentorId });
    request = existing;
  } else {
    request = inserted;
  }
  try {
    return await acceptMentorship({ requestId: request.id, actorId: mentorId }, clock);
  } catch (error) {
    if (inserted !== 'duplicate') {
      await finishPendingRequest(request.id, { status: 'withdrawn', at: clock.now(), notices: [] });
    }
    throw error;
  }
}

const withdrawSchema = z.object({ requestId: z.string(), actorId: discordId });

/** Only the member who posted it may withdraw it, while it is open. */
export async function withdrawOpenRequest(input: z.input<typeof withdrawSchema>, clock: Clock): Promise<OpenRequest> {
  const { requestId, actorId } = parseInput(withdrawSchema, input);
  const open = await openRequestOf(requestId);
  if (open.menteeId !== actorId) throw new ForbiddenError('openRequests.errors.onlyMemberWithdraws');
  const withdrawn = await finishOpen(open.id, 'withdrawn', clock.now());
  if (!withdrawn) refuseNotOpen(await openRequestOf(open.id));
  return withdrawn;
}

/**
 * Expires an open request past its time (a no-op on one claimed or withdrawn meanwhile) and returns it
 * when its member is still owed the news; null when there is nothing to tell.
 */
export async function expireOpenRequest(requestId: string, clock: Clock): Promise<OpenRequest | null> {
  const open = await findOpenRequest(parseInput(z.string(), requestId));
  if (!open) return null;
  if (open.status === 'open') {
    if (open.expiresAt > clock.now()) return null;
    const expired = await finishOpen(open.id, 'expired', clock.now());
    return expired ?? null;
  }
  return open.status === 'expired' && !open.expiryNoticeDone ? open : null;
}

export async function openRequestExpiryTold(requestId: string): Promise<void> {
  await markExpiryNoticeDone(parseInput(z.string(), requestId));
}

/** Ids of open requests whose expiry is due or whose member is still owed it, for the sweep. */
export async function openRequestsDueToExpire(clock: Clock, limit: number): Promise<string[]> {
  return findOpenRequestsToExpire(clock.now(), limit);
}

export async function getOpenRequest(requestId: string): Promise<OpenRequest | null> {
  return findOpenRequest(parseInput(z.string(), requestId));
}

const channelSchema = z.object({ guildId: discordId, actor: actorSchema, channelId: discordId.nullable() });

/** Where open requests are posted (a text channel or a forum); null turns open requests off. Admins only. */
export async function setOpenRequestsChannel(input: z.input<typeof channelSchema>): Promise<string | null> {
  const { guildId, actor, channelId } = parseInput(channelSchema, input);
  requireAdmin(actor);
  return (await updateGuildSettings(guildId, { openRequestsChannelId: channelId })).openRequestsChannelId;
}
