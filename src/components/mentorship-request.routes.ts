import { defineRoute } from '../discord/custom-id.js';
import { objectIdParam, snowflakeParam } from '../discord/custom-id-params.js';

export const requestMentorRoute = defineRoute('mentorship.request', { mentorId: snowflakeParam });
export const requestGoalsRoute = defineRoute('mentorship.goals', { mentorId: snowflakeParam });
export const acceptRequestRoute = defineRoute('mentorship.accept', { requestId: objectIdParam });
export const declineRequestRoute = defineRoute('mentorship.decline', { requestId: objectIdParam });
export const declineReasonRoute = defineRoute('mentorship.decline-reason', { requestId: objectIdParam });
export const blockRequestRoute = defineRoute('mentorship.block', { requestId: objectIdParam });
export const withdrawRequestRoute = defineRoute('mentorship.withdraw', { requestId: objectIdParam });
/** Request buttons in a direct message (next-best mentors): the interaction names no server, so the id does. */
export const requestMentorInRoute = defineRoute('mentorship.request-in', {
  guildId: snowflakeParam,
  mentorId: snowflakeParam,
});
export const requestGoalsInRoute = defineRoute('mentorship.goals-in', {
  guildId: snowflakeParam,
  mentorId: snowflakeParam,
});
