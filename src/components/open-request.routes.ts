import { z } from 'zod';
import { defineRoute } from '../discord/custom-id.js';
import { objectIdParam } from '../discord/custom-id-params.js';

export const openRequestGoalsRoute = defineRoute('open-request.goals', {
  specialty: z.string().regex(/^[a-z0-9-]{1,64}$/u, 'not a specialty'),
});
export const claimOpenRequestRoute = defineRoute('open-request.claim', { requestId: objectIdParam });
export const withdrawOpenRequestRoute = defineRoute('open-request.withdraw', { requestId: objectIdParam });
