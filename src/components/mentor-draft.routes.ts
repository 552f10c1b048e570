import { defineRoute } from '../discord/custom-id.js';
import { snowflakeParam } from '../discord/custom-id-params.js';

export const draftSpecialtiesRoute = defineRoute('mentor.draft.specialties', { userId: snowflakeParam });
export const draftFormatsRoute = defineRoute('mentor.draft.formats', { userId: snowflakeParam });
export const draftContinueRoute = defineRoute('mentor.draft.continue', { userId: snowflakeParam });
export const draftSubmitRoute = defineRoute('mentor.draft.submit', { userId: snowflakeParam });
