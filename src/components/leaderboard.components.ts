import { guildIdOf } from '../discord/actor.js';
import { defineComponent } from '../discord/component.js';
import { leaderboard } from '../services/reputation/leaderboard.service.js';
import type { PeriodKind } from '../services/reputation/periods.js';
import { leaderboardMessage } from '../views/leaderboard.view.js';
import { leaderboardPageRoute } from './leaderboard.routes.js';

/** Turns a page of the caller's private leaderboard: one update of the same message. */
export const leaderboardPageButton = defineComponent({
  kind: 'button',
  route: leaderboardPageRoute,
  defer: 'none',
  async handle(interaction, { period, specialty, page }, ctx) {
    const kind = (period === 'all' ? 'all' : period.split(':')[0]) as PeriodKind;
    const board = await leaderboard(
      {
        guildId: guildIdOf(interaction),
        userId: interaction.user.id,
        kind,
        period,
        specialty: specialty === '' ? null : specialty,
        page,
      },
      ctx.clock,
    );
    await interaction.update(leaderboardMessage(ctx.i18n, board));
  },
});
