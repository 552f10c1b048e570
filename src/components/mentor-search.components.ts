import { defineComponent } from '../discord/component.js';
import { turnMentorSearchPage } from '../services/mentor-finder.service.js';
import { mentorSearchMessage } from '../views/mentor-search.view.js';
import { searchPageRoute } from './mentor-search.routes.js';

/**
 * Pages through saved results. It answers with an update only once the presser is known to be the
 * asker, so a refused press gets its own ephemeral error and leaves the asker's message alone.
 */
export const searchPageButton = defineComponent({
  kind: 'button',
  route: searchPageRoute,
  defer: 'none',
  async handle(interaction, { searchId, page }, ctx) {
    const next = await turnMentorSearchPage(searchId, page, interaction.user.id, ctx.clock);
    await interaction.update(mentorSearchMessage(next));
  },
});
