import { REST } from '@discordjs/rest';
import {
  Routes,
  type RESTGetAPIApplicationCommandsResult,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { isDeepStrictEqual } from 'node:util';
import type { Config } from '../config.js';

export interface DeployReport {
  scope: string;
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
}

/** The fields Discord echoes back that we define; anything else it adds (ids, versions) is ignored. */
function comparable(command: object): unknown {
  const {
    type,
    name,
    name_localizations,
    description,
    description_localizations,
    options,
    default_member_permissions,
    contexts,
    integration_types,
    nsfw,
  } = command as Record<string, unknown>;
  return JSON.parse(
    JSON.stringify({
      type: type ?? 1,
      name,
      name_localizations: name_localizations ?? null,
      // Discord echoes a context-menu command's missing description as ''.
      description: description ?? '',
      description_localizations: description_localizations ?? null,
      options: options ?? [],
      default_member_permissions: default_member_permissions ?? null,
      contexts: contexts ?? null,
      nsfw: nsfw ?? false,
      integration_types,
    }),
  );
}

/** Overwrites the application's commands (guild-scoped when DISCORD_GUILD_ID is set) and reports the difference. */
export async function deployCommands(
  discord: Config['discord'],
  definitions: readonly RESTPostAPIApplicationCommandsJSONBody[],
): Promise<DeployReport> {
  const rest = new REST({ ...(discord.apiBaseUrl ? { api: discord.apiBaseUrl } : {}) }).setToken(discord.token);
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.clientId, discord.guildId)
    : Routes.applicationCommands(discord.clientId);
  // With their localization maps, so a changed translation counts as a changed command.
  const existing = (await rest.get(route, {
    query: new URLSearchParams({ with_localizations: 'true' }),
  })) as RESTGetAPIApplicationCommandsResult;
  // Names are unique per type: a message command may share its name with a slash command.
  const keyOf = (command: { type?: number | undefined; name: string }) =>
    `${String(command.type ?? 1)}:${command.name}`;
  const before = new Map(existing.map((command) => [keyOf(command), command]));
  await rest.put(route, { body: definitions });

  const report: DeployReport = {
    scope: discord.guildId ? `server ${discord.guildId}` : 'global',
    added: [],
    changed: [],
    removed: [],
    unchanged: [],
  };
  for (const definition of definitions) {
    const old = before.get(keyOf(definition));
    if (!old) report.added.push(definition.name);
    else if (isDeepStrictEqual(comparable(old), comparable(definition))) report.unchanged.push(definition.name);
    else report.changed.push(definition.name);
    before.delete(keyOf(definition));
  }
  report.removed.push(...[...before.values()].map((command) => command.name));
  return report;
}
