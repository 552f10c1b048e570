import { defineRoute } from '../discord/custom-id.js';
import { objectIdParam, snowflakeParam } from '../discord/custom-id-params.js';

/** The server travels in the id: these buttons are pressed in direct messages, which carry no server. */
export const confirmSessionRoute = defineRoute('session.confirm', {
  guildId: snowflakeParam,
  sessionId: objectIdParam,
});
export const disputeSessionRoute = defineRoute('session.dispute', {
  guildId: snowflakeParam,
  sessionId: objectIdParam,
});
