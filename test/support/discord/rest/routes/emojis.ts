import type { EmulatorCore } from '../../core.js';
import { toApiEmoji } from '../../payloads/emoji.js';
import { DiscordErrors } from '../discord-error.js';
import { findGuild } from '../lookups.js';
import { ok, type RouteDefinition } from '../router.js';

/** A guild's custom emojis: listing and fetching one need no permission (10014 Unknown Emoji otherwise). */
export function emojiRoutes(core: EmulatorCore): RouteDefinition[] {
  const { state } = core;
  return [
    {
      method: 'GET',
      pattern: '/guilds/:guildId/emojis',
      auth: 'bot',
      handle: ({ params }) => ok(state.guildEmojis(findGuild(core, params.guildId ?? '').id).map(toApiEmoji)),
    },
    {
      method: 'GET',
      pattern: '/guilds/:guildId/emojis/:emojiId',
      auth: 'bot',
      handle: ({ params }) => {
        const guild = findGuild(core, params.guildId ?? '');
        const emoji = state.emojis.get(params.emojiId ?? '');
        if (emoji?.guildId !== guild.id) throw DiscordErrors.unknownEmoji();
        return ok(toApiEmoji(emoji));
      },
    },
  ];
}
