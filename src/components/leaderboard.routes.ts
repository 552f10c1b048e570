import { z } from 'zod';
import { defineRoute } from '../discord/custom-id.js';
import { pageParam } from '../discord/custom-id-params.js';

/** The period key is kept, so a page turned after midnight on Sunday still shows the week it started on. */
export const leaderboardPageRoute = defineRoute('leaderboard.page', {
  period: z.string().regex(/^(all|week:\d{4}-W\d{2}|month:\d{4}-\d{2})$/u),
  specialty: z.string().max(40),
  page: pageParam,
});
