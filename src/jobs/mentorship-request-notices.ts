/**
 * Delivers what a request still owes people (its `notices`), each at most once: a notice is removed as
 * soon as it is delivered, or as soon as Discord says it never can be (DMs closed, message gone).
 * A transient failure is thrown after trying the others, so the job retries only what is left.
 */
import type { Clock } from '../clock.js';
import { notifyAdmins, type AdminNoticeContext } from '../discord/admin-notices.js';
import { deliverDirectMessage, editDirectMessage } from '../discord/direct-message.js';
import { recipientTranslator } from '../discord/recipient-translator.js';
import {
  noticeDelivered,
  getMentorshipRequest,
  type MentorshipRequest,
  type RequestNotice,
  type RequestStatus,
} from '../services/mentorship-request.service.js';
import { nextBestMentors } from '../services/next-best-mentors.service.js';
import {
  mentorPausedForAdmins,
  outcomeDmForMentee,
  requestExpiredForMentor,
  requestForMentor,
} from '../views/mentorship-request.view.js';

/** Outcomes after which the member still looks for a mentor: the DM offers the next best ones. */
const OFFERS_NEXT_BEST: readonly RequestStatus[] = ['declined', 'expired', 'closed'];

type NoticeContext = AdminNoticeContext & { clock: Clock };

/** Delivers the notices of a request that is at `status`; when it has moved on, the next step's job does. */
export async function deliverRequestNotices(
  requestId: string,
  ctx: NoticeContext,
  status: RequestStatus,
): Promise<void> {
  const request = await getMentorshipRequest(requestId);
  if (request?.status !== status) return;
  let failure: Error | null = null;
  for (const notice of request.notices) {
    try {
      const reached = await deliver(notice, request, ctx);
      if (!reached) ctx.logger.info('A request notice cannot be delivered; dropped', { requestId, notice });
    } catch (error) {
      failure ??= error instanceof Error ? error : new Error(String(error));
    }
  }
  if (failure !== null) throw failure;
}

/** Delivers one notice and records it; false when Discord says it can never be delivered. */
async function deliver(notice: RequestNotice, request: MentorshipRequest, ctx: NoticeContext): Promise<boolean> {
  const { client } = ctx;
  const forMentor = () => recipientTranslator(ctx, request.guildId, request.mentorId);
  switch (notice) {
    case 'send-to-mentor': {
      // A request that ended before its DM could go out needs no DM any more.
      const sent =
        request.status === 'pending'
          ? await deliverDirectMessage(client, request.mentorId, requestForMentor(await forMentor(), request))
          : null;
      await noticeDelivered(request.id, notice, sent ?? undefined);
      return sent !== null || request.status !== 'pending';
    }
    case 'tell-mentee': {
      const tr = await recipientTranslator(ctx, request.guildId, request.menteeId);
      const nextBest = OFFERS_NEXT_BEST.includes(request.status) ? await nextBestMentors(request, ctx.clock) : [];
      const sent = await deliverDirectMessage(client, request.menteeId, outcomeDmForMentee(tr, request, nextBest));
      await noticeDelivered(request.id, notice);
      return sent !== null;
    }
    case 'redraw-mentor-dm': {
      const edited = request.mentorDm
        ? await editDirectMessage(client, request.mentorDm, requestForMentor(await forMentor(), request))
        : true;
      await noticeDelivered(request.id, notice);
      return edited;
    }
    case 'tell-mentor': {
      const sent = await deliverDirectMessage(client, request.mentorId, {
        content: requestExpiredForMentor(await forMentor(), request),
        ...(request.mentorDm
          ? { reply: { messageReference: request.mentorDm.messageId, failIfNotExists: false } }
          : {}),
      });
      await noticeDelivered(request.id, notice);
      return sent !== null;
    }
    case 'tell-admins': {
      const told = await notifyAdmins(ctx, request.guildId, (tr) => mentorPausedForAdmins(tr, request));
      await noticeDelivered(request.id, notice);
      return told;
    }
  }
}
