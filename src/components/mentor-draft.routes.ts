import { defineRoute } from '../discord/custom-id.js';
import { userIdParam } from '../discord/custom-id-params.js';

export const draftSpecialtiesRoute = defineRoute('mentor.draft.specialties', { userId: userIdParam });
export const draftFormatsRoute = defineRoute('mentor.draft.formats', { userId: userIdParam });
export const draftContinueRoute = defineRoute('mentor.draft.continue', { userId: userIdParam });
export const draftSubmitRoute = defineRoute('mentor.draft.submit', { userId: userIdParam });
