import type { ChatInputCommandInteraction } from 'discord.js';
import { guildIdOf } from '../../src/discord/actor.js';
import type { AppContext } from '../../src/discord/context.js';
import { displayNames } from '../../src/discord/member-names.js';
import { respond } from '../../src/discord/respond.js';
import { pendingRequestsFor, pendingRequestsOf } from '../../src/services/mentorship-request.service.js';
import { mentorshipOverviewOf } from '../../src/services/mentorship-space.service.js';
import { mentorshipListView } from '../../src/views/mentorship-list.view.js';

/** Requests the member is waiting on, and waiting for them, read at most this many. */
const REQUESTS_SHOWN = 10;

/** `/mentorship list`: the caller's requests and mentorships, as mentee and as mentor. */
export async function listCommand(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const guildId = guildIdOf(interaction);
  const userId = interaction.user.id;
  const [overview, sent, received] = await Promise.all([
    mentorshipOverviewOf(guildId, userId),
    pendingRequestsOf(guildId, userId),
    pendingRequestsFor(guildId, userId, REQUESTS_SHOWN),
  ]);
  const everyone = [...overview.active, ...overview.paused, ...overview.past].flatMap((m) => [m.mentorId, m.menteeId]);
  const ids = [
    ...new Set([...everyone, ...sent.requests.map((r) => r.mentorId), ...received.requests.map((r) => r.menteeId)]),
  ].filter((id) => id !== userId);
  const names = await displayNames(interaction.guild, ids);
  await respond(
    interaction,
    mentorshipListView(ctx.i18n, { userId, overview, sent: sent.requests, received: received.requests, names }),
  );
}
