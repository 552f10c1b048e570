import { Client, GatewayIntentBits, Options, Partials, type RESTOptions } from 'discord.js';
import type { Config } from '../config.js';
import { StartupError } from '../startup-error.js';

/**
 * The gateway client with the least it needs: Guilds (channels, roles, threads and interactions) and
 * DirectMessages (members writing to the bot; DM channels are not cached, hence the Channel partial).
 * Server Members, privileged, only when configured: it tells the bot at once when a member leaves.
 * Nothing pings unless a message opts in, so user text can never mention @everyone or a role.
 */
export function createDiscordClient(discord: Config['discord'], rest: Partial<RESTOptions> = {}): Client {
  return new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.DirectMessages,
      ...(discord.membersIntent ? [GatewayIntentBits.GuildMembers] : []),
    ],
    // Members that left are rarely cached: without the partial, discord.js would drop their remove event.
    partials: [Partials.Channel, Partials.GuildMember],
    allowedMentions: { parse: [], repliedUser: false },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 25,
      PresenceManager: 0,
      ReactionManager: 0,
      GuildMemberManager: { maxSize: 200, keepOverLimit: (member) => member.id === member.client.user.id },
    }),
    sweepers: { ...Options.DefaultSweeperSettings, messages: { interval: 3_600, lifetime: 1_800 } },
    rest: { ...(discord.apiBaseUrl ? { api: discord.apiBaseUrl } : {}), ...rest },
  });
}

/**
 * A login failure the operator can fix, said so: Discord closes the gateway (4014) when the bot asks for
 * a privileged intent that is not switched on for the application. Other failures are returned as they are.
 */
export function explainLoginFailure(error: unknown): unknown {
  if (error instanceof Error && error.message === 'Used disallowed intents') {
    return new StartupError(
      'Discord refused the Server Members Intent (gateway close code 4014): switch on "Server Members Intent" ' +
        'in the Developer Portal (your application > Bot > Privileged Gateway Intents), or unset DISCORD_MEMBERS_INTENT in .env.',
      { cause: error },
    );
  }
  return error;
}
