/**
 * Thanks between members, with the rules that keep them hard to farm: not yourself, not a bot, not from a
 * member newer to the server than the configured age, once per giver and receiver per cooldown, a daily
 * cap per giver. A thanks between members with no mentorship or session in common weighs less; a pair
 * that only thank each other is a ring: its thanks are halved and listed for admins.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../../clock.js';
import { ConflictError, ForbiddenError } from '../../errors.js';
import { messageKey } from '../../i18n/message.js';
import { haveHistoryTogether } from '../../../models/reputation-relations.js';
import { releaseThanksPlace, takeThanksPlace } from '../../../models/thanks-allowance.model.js';
import { ringEvents, thanksGivenSince, type ReputationEvent } from '../../../models/reputation-event.model.js';
import { getGuildSettings } from '../guild-settings.service.js';
import { actorSchema, discordId, parseInput, requireAdmin } from '../service-input.js';
import { MAX_REASON_LENGTH, recordReputationEvent } from './ledger.service.js';

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;
/** How far back the ring check looks. */
export const RING_WINDOW_DAYS = 30;
/** Thanks inside the pair (this one included) before a pair that thank nobody else is called a ring. */
export const RING_MIN_THANKS = 4;

const thanksSchema = z.object({
  guildId: discordId,
  giverId: discordId,
  receiverId: discordId,
  receiverIsBot: z.boolean(),
  /** When the giver joined the server, from Discord; null when unknown (then the age rule cannot pass). */
  giverJoinedAt: z.date().nullable(),
  reason: z
    .string()
    .trim()
    .max(MAX_REASON_LENGTH, messageKey('reputation.errors.reasonTooLong'))
    .nullable()
    .default(null),
  /** The message thanked for, from the context menu. */
  messageId: discordId.nullable().default(null),
});

export type ThanksInput = z.input<typeof thanksSchema>;

export interface ThanksGiven {
  event: ReputationEvent;
  unrelated: boolean;
  ring: boolean;
}

const unix = (at: Date) => Math.floor(at.getTime() / 1000);

/** The pair only thank each other (`given`: the giver's thanks, `received`: the receiver's), often enough to matter. */
function isRing(giverId: string, receiverId: string, given: ReputationEvent[], received: ReputationEvent[]): boolean {
  const onlyEachOther =
    given.every((event) => event.userId === receiverId) && received.every((event) => event.userId === giverId);
  return onlyEachOther && received.length > 0 && given.length + received.length + 1 >= RING_MIN_THANKS;
}

/** Gives a thanks, or refuses with the rule it breaks (a ForbiddenError or ConflictError naming it). */
export async function thankMember(input: ThanksInput, clock: Clock): Promise<ThanksGiven> {
  const { guildId, giverId, receiverId, receiverIsBot, giverJoinedAt, reason, messageId } = parseInput(
    thanksSchema,
    input,
  );
  if (giverId === receiverId) throw new ForbiddenError('thanks.refusals.self');
  if (receiverIsBot) throw new ForbiddenError('thanks.refusals.bot');
  const { reputation: rules } = await getGuildSettings(guildId);
  const now = clock.now();
  const oldEnough =
    giverJoinedAt === null ? null : new Date(giverJoinedAt.getTime() + rules.thanksMinMemberDays * DAY_MS);
  if (rules.thanksMinMemberDays > 0 && (oldEnough === null || oldEnough > now)) {
    throw new ForbiddenError('thanks.refusals.tooNew', {
      days: rules.thanksMinMemberDays,
      until: unix(oldEnough ?? new Date(now.getTime() + rules.thanksMinMemberDays * DAY_MS)),
    });
  }
  const cooldownMs = rules.thanksCooldownHours * HOUR_MS;
  const ringSince = new Date(now.getTime() - RING_WINDOW_DAYS * DAY_MS);
  const [given, received] = await Promise.all([
    thanksGivenSince(guildId, giverId, ringSince),
    thanksGivenSince(guildId, receiverId, ringSince),
  ]);
  const lastToReceiver = given.find((event) => event.userId === receiverId);
  if (lastToReceiver && lastToReceiver.createdAt.getTime() + cooldownMs > now.getTime()) {
    throw new ConflictError('thanks.refusals.cooldown', {
      user: receiverId,
      until: unix(new Date(lastToReceiver.createdAt.getTime() + cooldownMs)),
    });
  }
  const today = given.filter((event) => event.createdAt.getTime() > now.getTime() - DAY_MS);
  const dailyCapReached = () =>
    new ConflictError('thanks.refusals.dailyCap', {
      max: rules.thanksDailyCap,
      until: unix(new Date((today.at(-1)?.createdAt ?? now).getTime() + DAY_MS)),
    });
  if (today.length >= rules.thanksDailyCap) throw dailyCapReached();
  const unrelated = !(await haveHistoryTogether(guildId, giverId, receiverId));
  const ring = isRing(giverId, receiverId, given, received);
  // The read above answers the usual case with its time; this guarded place holds the cap when one giver
  // thanks several members at the same moment.
  const place = { at: now, token: randomUUID() };
  if (!(await takeThanksPlace(guildId, giverId, place, rules.thanksDailyCap, DAY_MS))) throw dailyCapReached();
  let counted = false;
  try {
    // One thanks per pair per cooldown window, enforced by the ledger's unique key: two at the same instant
    // (a double click, a replayed interaction) share the key, and only one is recorded.
    const window = Math.floor(now.getTime() / Math.max(cooldownMs, HOUR_MS));
    const { event, recorded } = await recordReputationEvent(
      {
        guildId,
        userId: receiverId,
        kind: 'thanks',
        key: `thanks:${giverId}:${receiverId}:${String(window)}`,
        actorId: giverId,
        sourceId: messageId,
        reason,
        unrelated,
        ring,
        at: now,
      },
      clock,
    );
    counted = recorded;
    if (!recorded) {
      throw new ConflictError('thanks.refusals.cooldown', {
        user: receiverId,
        until: unix(new Date(event.createdAt.getTime() + cooldownMs)),
      });
    }
    return { event, unrelated, ring };
  } finally {
    if (!counted) await releaseThanksPlace(guildId, giverId, place.token);
  }
}

export interface RingPair {
  a: string;
  b: string;
  thanks: number;
  lastAt: Date;
}

/** Pairs whose thanks were damped as a ring in the last RING_WINDOW_DAYS days, for admins. */
export async function recentRings(
  input: { guildId: string; actor: z.input<typeof actorSchema> },
  clock: Clock,
): Promise<RingPair[]> {
  const { guildId, actor } = parseInput(z.object({ guildId: discordId, actor: actorSchema }), input);
  requireAdmin(actor);
  const events = await ringEvents(guildId, new Date(clock.now().getTime() - RING_WINDOW_DAYS * DAY_MS), 200);
  const pairs = new Map<string, RingPair>();
  for (const event of events) {
    const [a, b] = [event.actorId ?? '', event.userId].sort();
    const id = `${a ?? ''}:${b ?? ''}`;
    const pair = pairs.get(id) ?? { a: a ?? '', b: b ?? '', thanks: 0, lastAt: event.createdAt };
    pair.thanks += 1;
    pairs.set(id, pair);
  }
  return [...pairs.values()];
}
