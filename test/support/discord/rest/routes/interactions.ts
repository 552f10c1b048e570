import type { EmulatorCore } from '../../core.js';
import {
  answerInteraction,
  interactionForWebhook,
  sendFollowUp,
  webhookMessage,
} from '../../domain/interaction-responses.js';
import { deleteMessage, editMessage } from '../../domain/messages.js';
import { toApiMessage } from '../../payloads/message.js';
import { noContent, ok, type RouteDefinition } from '../router.js';

const WEBHOOK = '/webhooks/:applicationId/:token';

/**
 * Interaction callbacks and the interaction webhook (follow-ups, `@original`). Both authenticate with the
 * token in the path: discord.js sends no Authorization header here.
 */
export function interactionRoutes(core: EmulatorCore): RouteDefinition[] {
  const { state } = core;
  return [
    {
      method: 'POST',
      pattern: '/interactions/:interactionId/:token/callback',
      auth: 'none',
      handle: ({ params, body, query }) => {
        const { response } = answerInteraction(
          core,
          params.interactionId ?? '',
          params.token ?? '',
          body,
          query.get('with_response') === 'true',
        );
        return response === null ? noContent() : ok(response);
      },
    },
    {
      method: 'POST',
      pattern: WEBHOOK,
      auth: 'none',
      handle: ({ params, body, files }) => {
        const interaction = interactionForWebhook(core, params.applicationId ?? '', params.token ?? '');
        return ok(toApiMessage(state, sendFollowUp(core, interaction, body, files)));
      },
    },
    {
      method: 'GET',
      pattern: `${WEBHOOK}/messages/:messageId`,
      auth: 'none',
      handle: ({ params }) => {
        const interaction = interactionForWebhook(core, params.applicationId ?? '', params.token ?? '');
        return ok(toApiMessage(state, webhookMessage(core, interaction, params.messageId ?? '')));
      },
    },
    {
      method: 'PATCH',
      pattern: `${WEBHOOK}/messages/:messageId`,
      auth: 'none',
      handle: ({ params, body, files }) => {
        const interaction = interactionForWebhook(core, params.applicationId ?? '', params.token ?? '');
        const message = webhookMessage(core, interaction, params.messageId ?? '');
        return ok(toApiMessage(state, editMessage(core, message, { origin: 'interaction', body, files })));
      },
    },
    {
      method: 'DELETE',
      pattern: `${WEBHOOK}/messages/:messageId`,
      auth: 'none',
      handle: ({ params }) => {
        const interaction = interactionForWebhook(core, params.applicationId ?? '', params.token ?? '');
        deleteMessage(core, webhookMessage(core, interaction, params.messageId ?? ''));
        return noContent();
      },
    },
  ];
}
