import { z } from 'zod';
import { objectIdParam } from '../discord/custom-id-params.js';
import { remindToConfirm } from '../discord/mentorship-space-reminder.js';
import { defineJob } from './job.js';

/** Two days after the space opened, a prompt to whoever has not confirmed the agreement yet. */
export const CONFIRM_REMINDER_DELAY_MS = 2 * 24 * 60 * 60_000;

export const mentorshipSpaceReminderJob = defineJob({
  name: 'mentorship-space.confirm-reminder',
  payload: z.object({ mentorshipId: objectIdParam }),
  async run({ mentorshipId }, ctx) {
    await remindToConfirm(ctx, mentorshipId);
  },
});
