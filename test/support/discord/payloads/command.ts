import type { APIApplicationCommand } from 'discord-api-types/v10';
import type { CommandRecord } from '../state/records.js';

export function toApiCommand(command: CommandRecord): APIApplicationCommand {
  const definition = command.definition;
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
