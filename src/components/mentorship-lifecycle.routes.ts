import { defineRoute } from '../discord/custom-id.js';
import { objectIdParam } from '../discord/custom-id-params.js';

/** The buttons of a fading pair's "continue or end?" question, and the reason picked to end. */
export const continueMentorshipRoute = defineRoute('mentorship.continue', { mentorshipId: objectIdParam });
export const endQuietMentorshipRoute = defineRoute('mentorship.end-quiet', { mentorshipId: objectIdParam });
export const endReasonRoute = defineRoute('mentorship.end-reason', { mentorshipId: objectIdParam });
