import { defineRoute } from '../discord/custom-id.js';
import { objectIdParam, userIdParam } from '../discord/custom-id-params.js';

export const requestMentorRoute = defineRoute('mentorship.request', { mentorId: userIdParam });
export const requestGoalsRoute = defineRoute('mentorship.goals', { mentorId: userIdParam });
export const acceptRequestRoute = defineRoute('mentorship.accept', { requestId: objectIdParam });
export const declineRequestRoute = defineRoute('mentorship.decline', { requestId: objectIdParam });
export const declineReasonRoute = defineRoute('mentorship.decline-reason', { requestId: objectIdParam });
