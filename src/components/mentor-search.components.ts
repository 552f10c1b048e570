import { defineComponent } from '../discord/component.js';
import { turnMentorSearchPage } from '../services/mentor-finder.service.js';
import { mentorSearchMessage } from '../views/mentor-search.view.js';
import { searchPageRoute } from './mentor-search.routes.js';

/**
 * Pages through saved results with one update after a few indexed reads, well inside the 3-second
 * deadline. A press by anyone but the asker is refused privately and leaves the asker's message alone.
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
