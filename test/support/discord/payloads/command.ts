import type { APIApplicationCommand } from 'discord-api-types/v10';
import type { CommandRecord } from '../state/records.js';

const LOCALIZATION_KEYS = new Set(['name_localizations', 'description_localizations']);

/** Discord lists commands without their localization maps unless asked `with_localizations=true`. */
function withoutLocalizations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLocalizations);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !LOCALIZATION_KEYS.has(key))
      .map(([key, inner]) => [key, withoutLocalizations(inner)]),
  );
}

export function toApiCommand(command: CommandRecord, withLocalizations = true): APIApplicationCommand {
  const definition = (
    withLocalizations ? command.definition : withoutLocalizations(command.definition)
  ) as CommandRecord['definition'];
  return {
    description: '',
    ...definition,
    id: command.id,
    application_id: command.applicationId,
    type: command.type,
    name: command.name,
    version: command.version,
    default_member_permissions: definition.default_member_permissions ?? null,
    ...(command.guildId ? { guild_id: command.guildId } : {}),
  } as APIApplicationCommand;
}
