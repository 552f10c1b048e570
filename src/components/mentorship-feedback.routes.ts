import { defineRoute } from '../discord/custom-id.js';
import { objectIdParam } from '../discord/custom-id-params.js';

export const feedbackButtonRoute = defineRoute('mentorship.feedback', { mentorshipId: objectIdParam });
export const feedbackFormRoute = defineRoute('mentorship.feedback-form', { mentorshipId: objectIdParam });
