import type { EmulatorCore } from '../../core.js';
import { applicationFlagsFor } from '../../gateway/intents.js';
import { toApiUser } from '../../payloads/user.js';
import { findUser } from '../lookups.js';
import { ok, type RouteDefinition } from '../router.js';

/** `client.application.fetch()` reads this; the flags mirror the privileged intents the application has. */
export function applicationRoutes(core: EmulatorCore): RouteDefinition[] {
  const bot = () => toApiUser(findUser(core, core.config.botUserId));
  return [
    {
      method: 'GET',
      pattern: '/applications/@me',
      auth: 'bot',
      handle: () =>
        ok({
          id: core.config.applicationId,
          name: bot().username,
          icon: null,
          description: '',
          bot_public: true,
          bot_require_code_grant: false,
          verify_key: '0'.repeat(64),
          flags: applicationFlagsFor(core.config.privilegedIntents),
          team: null,
          bot: bot(),
          summary: '',
        }),
    },
  ];
}
