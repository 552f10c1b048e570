import { ApplicationCommandType, type RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { EmulatorCore } from '../../core.js';
import { toApiCommand } from '../../payloads/command.js';
import type { CommandRecord } from '../../state/records.js';
import { FormErrors } from '../../validation/form-errors.js';
import { validateCommand, validateCommandList } from '../../validation/application-command.js';
import { DiscordErrors } from '../discord-error.js';
import { findGuild } from '../lookups.js';
import { created, noContent, ok, type RouteDefinition, type RouteRequest } from '../router.js';

/** Global (`/applications/:id/commands`) and guild (`/applications/:id/guilds/:guildId/commands`) commands. */
export function commandRoutes(core: EmulatorCore): RouteDefinition[] {
  const { state } = core;

  const scope = ({ params }: RouteRequest): string | null => {
    if (params.applicationId !== core.config.applicationId) throw DiscordErrors.missingAccess();
    return params.guildId ? findGuild(core, params.guildId).id : null;
  };
  const findCommand = (request: RouteRequest): CommandRecord => {
    const guildId = scope(request);
    const command = state.commands.get(request.params.commandId ?? '');
    if (command?.guildId !== guildId) throw DiscordErrors.unknownCommand();
    return command;
  };
  /** Discord keeps a command's id when a definition with the same name and type is sent again. */
  const upsert = (guildId: string | null, definition: RESTPostAPIApplicationCommandsJSONBody): CommandRecord => {
    const type = definition.type ?? ApplicationCommandType.ChatInput;
    const existing = state
      .registeredCommands(guildId)
      .find((command) => command.name === definition.name && command.type === type);
    const record: CommandRecord = {
      id: existing?.id ?? core.ids.next(),
      applicationId: core.config.applicationId,
      guildId,
      type,
      name: definition.name,
      version: core.ids.next(),
      definition,
    };
    state.commands.set(record.id, record);
    return record;
  };

  const routes: RouteDefinition[] = [];
  for (const base of [
    '/applications/:applicationId/commands',
    '/applications/:applicationId/guilds/:guildId/commands',
  ]) {
    routes.push(
      {
        method: 'GET',
        pattern: base,
        auth: 'bot',
        handle: (request) => {
          const withLocalizations = request.query.get('with_localizations') === 'true';
          return ok(
            state.registeredCommands(scope(request)).map((command) => toApiCommand(command, withLocalizations)),
          );
        },
      },
      {
        method: 'PUT',
        pattern: base,
        auth: 'bot',
        handle: (request) => {
          const guildId = scope(request);
          const errors = new FormErrors();
          validateCommandList(errors, request.body);
          errors.throwIfAny();
          const definitions = request.body as RESTPostAPIApplicationCommandsJSONBody[];
          const kept = definitions.map((definition) => upsert(guildId, definition));
          for (const command of state.registeredCommands(guildId)) {
            if (!kept.includes(command)) state.commands.delete(command.id);
          }
          return ok(kept.map((command) => toApiCommand(command)));
        },
      },
      {
        method: 'POST',
        pattern: base,
        auth: 'bot',
        handle: (request) => {
          const guildId = scope(request);
          const errors = new FormErrors();
          validateCommand(errors, [], request.body);
          errors.throwIfAny();
          return created(toApiCommand(upsert(guildId, request.body as RESTPostAPIApplicationCommandsJSONBody)));
        },
      },
      {
        method: 'GET',
        pattern: `${base}/:commandId`,
        auth: 'bot',
        handle: (request) => ok(toApiCommand(findCommand(request))),
      },
      {
        method: 'PATCH',
        pattern: `${base}/:commandId`,
        auth: 'bot',
        handle: (request) => {
          const command = findCommand(request);
          const definition = { ...command.definition, ...(request.body as object) };
          const errors = new FormErrors();
          validateCommand(errors, [], definition);
          errors.throwIfAny();
          return ok(toApiCommand(upsert(command.guildId, definition)));
        },
      },
      {
        method: 'DELETE',
        pattern: `${base}/:commandId`,
        auth: 'bot',
        handle: (request) => {
          state.commands.delete(findCommand(request).id);
          return noContent();
        },
      },
    );
  }
  return routes;
}
