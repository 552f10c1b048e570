import { z } from 'zod';
import { snowflakeParam } from '../discord/custom-id-params.js';
import { sendDirectMessage } from '../discord/direct-message.js';
import { endPauseIfDue } from '../services/mentor-profile.service.js';
import { defineJob } from './job.js';

/** At the end of a dated pause: the mentor is active again, and told so. */
export const pauseEndJob = defineJob({
  name: 'mentor.pause-end',
  payload: z.object({ guildId: snowflakeParam, userId: snowflakeParam }),
  async run(ref, ctx) {
    const change = await endPauseIfDue(ref, ctx.clock);
    if (!change) return;
    await sendDirectMessage(
      ctx.client,
      ref.userId,
      {
        content:
          'Your mentoring pause is over: members can find and ask you again. `/mentor pause` if you need longer.',
      },
      ctx.logger,
    );
  },
});
