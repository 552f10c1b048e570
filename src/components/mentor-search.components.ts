import { defineComponent } from '../discord/component.js';
import { deferIfSlow } from '../discord/defer-if-slow.js';
import { displayNames } from '../discord/member-names.js';
import { translatorFor } from '../i18n/i18n.js';
import { mentorSearchPage } from '../services/mentor-finder.service.js';
import { mentorSearchMessage, sharedSearchMessage } from '../views/mentor-search.view.js';
import { searchPageRoute, shareSearchRoute } from './mentor-search.routes.js';

/**
 * Pages through the asker's private results with one update; when the search queues behind a crowd, the
 * press is acknowledged first and the page edited in (defer-if-slow.ts).
 */
export const searchPageButton = defineComponent({
  kind: 'button',
  route: searchPageRoute,
  defer: 'none',
  async handle(interaction, { searchId, page }, ctx) {
    const message = await deferIfSlow(
      interaction,
      (async () => {
        const next = await mentorSearchPage(searchId, page, interaction.user.id, ctx.clock);
        const names = await displayNames(
          interaction.guild,
          next.results.map((r) => r.mentor.userId),
        );
        return mentorSearchMessage(ctx.i18n, next, names);
      })(),
    );
    if (interaction.deferred) await interaction.editReply(message);
    else await interaction.update(message);
  },
});

/**
 * Posts the asker's current page in the channel for everyone, saying who shared it; the private results
 * stay as they were. Acknowledged first (nothing visible changes), then posted as a public follow-up by the
 * bot, so a refusal can still be private. Mentions in the post notify nobody.
 */
export const shareSearchButton = defineComponent({
  kind: 'button',
  route: shareSearchRoute,
  defer: 'none',
  async handle(interaction, { searchId, page }, ctx) {
    await interaction.deferUpdate();
    const shown = await mentorSearchPage(searchId, page, interaction.user.id, ctx.clock);
    const sharerId = interaction.user.id;
    const names = await displayNames(interaction.guild, [sharerId, ...shown.results.map((r) => r.mentor.userId)]);
    await interaction.followUp({
      // A post everyone reads speaks the server's language, not the sharer's.
      ...sharedSearchMessage(translatorFor(ctx.locales.forServer(interaction.guild?.preferredLocale)), shown, names, {
        userId: sharerId,
        name: names.get(sharerId) ?? null,
      }),
      allowedMentions: { parse: [] },
    });
  },
});
