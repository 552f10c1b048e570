import { Client, GatewayIntentBits, Options, type RESTOptions } from 'discord.js';
import type { Config } from '../config.js';

/**
 * The gateway client with the least it needs: the Guilds intent (channels, roles, threads and
 * interactions) and no privileged intents; members are fetched when a feature needs them.
 * Nothing pings unless a message opts in, so user text can never mention @everyone or a role.
 */
export function createDiscordClient(discord: Config['discord'], rest: Partial<RESTOptions> = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
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
