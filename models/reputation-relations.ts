/**
 * Whether two members have helped each other before: a mentorship (in either direction, ended ones too)
 * or a confirmed session. A thanks between members with no such history weighs less.
 */
import { MentorshipModel } from './mentorship.model.js';
import { SessionModel } from './session.model.js';

export async function haveHistoryTogether(guildId: string, a: string, b: string): Promise<boolean> {
  const [mentorship, session] = await Promise.all([
    MentorshipModel.exists({
      guildId,
      $or: [
        { mentorId: a, menteeId: b },
        { mentorId: b, menteeId: a },
      ],
    }),
    SessionModel.exists({
      guildId,
      status: 'confirmed',
      $or: [
        { mentorId: a, attendeeIds: b },
        { mentorId: b, attendeeIds: a },
      ],
    }),
  ]);
  return mentorship !== null || session !== null;
}
