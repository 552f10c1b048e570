import { z } from 'zod';
import { defineRoute } from '../discord/custom-id.js';
import { objectIdParam } from '../discord/custom-id-params.js';
import { MENTORSHIP_GUIDES } from '../services/mentorship-space-settings.service.js';

/** `agreement` is the fingerprint of the agreement the button was drawn for: a stale press confirms nothing. */
export const confirmAgreementRoute = defineRoute('mentorship.confirm', {
  mentorshipId: objectIdParam,
  side: z.enum(['mentor', 'mentee']),
  agreement: z.string().regex(/^[a-f\d]{12}$/u),
});

export const editGuideRoute = defineRoute('mentorship.guide', { guide: z.enum(MENTORSHIP_GUIDES) });
export const guideTextRoute = defineRoute('mentorship.guide-text', { guide: z.enum(MENTORSHIP_GUIDES) });
