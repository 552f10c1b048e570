import { defineRoute } from '../discord/custom-id.js';
import { objectIdParam, pageParam } from '../discord/custom-id-params.js';

export const searchPageRoute = defineRoute('mentors.page', { searchId: objectIdParam, page: pageParam });
export const shareSearchRoute = defineRoute('mentors.share', { searchId: objectIdParam, page: pageParam });
