import { z } from 'zod';
import { CHECK_IN_PULSES } from '../../models/mentorship-check-in.model.js';
import { defineRoute } from '../discord/custom-id.js';
import { objectIdParam } from '../discord/custom-id-params.js';

export const checkInPulseRoute = defineRoute('checkin.pulse', {
  checkInId: objectIdParam,
  pulse: z.enum(CHECK_IN_PULSES),
});
export const checkInRatingRoute = defineRoute('checkin.rate', { checkInId: objectIdParam });
