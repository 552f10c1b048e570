/**
 * A member who left a server can no longer mentor there: as a mentor they are retired with the reason
 * "left the server" (so searches stop offering them), and the requests waiting for them are closed, each
 * member being told by a durable DM. Learnt from Discord's member-remove event when the bot has the
 * Server Members intent, otherwise when a request finds the mentor gone.
 */
import type { Clock } from '../clock.js';
import { retireDepartedMentor } from './mentor-profile.service.js';
import { closePendingRequestsForMentor, type RequestNoticeQueue } from './mentorship-request.service.js';

export interface DepartureOutcome {
  /** The member was a mentor here and is now retired. */
  retired: boolean;
  /** Requests to them that were waiting and are now closed. */
  closedRequests: number;
}

/** Safe to call again for the same departure: nothing left to retire or close does nothing. */
export async function recordMemberDeparture(
  input: { guildId: string; userId: string },
  deps: { clock: Clock; notices: RequestNoticeQueue },
): Promise<DepartureOutcome> {
  const change = await retireDepartedMentor(input, deps.clock);
  // Also when the profile was retired already: a crash between the two steps must not strand requests.
  const closedRequests = await closePendingRequestsForMentor(input.guildId, input.userId, 'left', deps);
  return { retired: change !== null, closedRequests };
}
