import type { EmulatorCore } from '../../core.js';
import { toApiChannel } from '../../payloads/channel.js';
import { toApiUser } from '../../payloads/user.js';
import { guildPermissions } from '../../permissions.js';
import { ensureDmChannel } from '../../domain/dm-channels.js';
import { FormErrors } from '../../validation/form-errors.js';
import { bodyObject, findUser } from '../lookups.js';
import { ok, type RouteDefinition } from '../router.js';

export function userRoutes(core: EmulatorCore): RouteDefinition[] {
  const { state, config } = core;
  return [
    {
      method: 'GET',
      pattern: '/users/@me',
      auth: 'bot',
      handle: () => ok({ ...toApiUser(findUser(core, config.botUserId)), verified: true, mfa_enabled: false }),
    },
    {
      method: 'GET',
      pattern: '/users/@me/guilds',
      auth: 'bot',
      handle: () =>
        ok(
          state.guildsOf(config.botUserId).map((guild) => ({
            id: guild.id,
            name: guild.name,
            icon: null,
            banner: null,
            owner: guild.ownerId === config.botUserId,
            permissions: guildPermissions(state, guild.id, config.botUserId).toString(),
            features: [],
          })),
        ),
    },
    {
      method: 'GET',
      pattern: '/users/:userId',
      auth: 'bot',
      handle: ({ params }) => ok(toApiUser(findUser(core, params.userId ?? ''))),
    },
    {
      // Opening a DM always works; whether a message may be sent is decided when sending (50007).
      method: 'POST',
      pattern: '/users/@me/channels',
      auth: 'bot',
      handle: ({ body }) => {
        const recipientId = bodyObject(body).recipient_id;
        if (typeof recipientId !== 'string') {
          const errors = new FormErrors();
          errors.required(['recipient_id']);
          errors.throwIfAny();
        }
        const user = findUser(core, String(recipientId));
        return ok(toApiChannel(state, ensureDmChannel(core, user.id)));
      },
    },
  ];
}
