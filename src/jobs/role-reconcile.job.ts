import { Events, type Client } from 'discord.js';
import { z } from 'zod';
import { reconcileMemberRoles } from '../discord/member-roles.js';
import { defineJob } from './job.js';

/** How often every server's mentor roles are compared with what its members earn. */
export const ROLE_RECONCILE_EVERY_MS = 60 * 60_000;
/** The run at start-up may come before the gateway is ready; it waits this long for the servers to arrive. */
const READY_WAIT_MS = 20_000;

async function whenReady(client: Client): Promise<void> {
  if (client.isReady()) return;
  let finish = (): void => undefined;
  const ready = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const timer = setTimeout(finish, READY_WAIT_MS);
  client.once(Events.ClientReady, finish);
  await ready;
  clearTimeout(timer);
  client.off(Events.ClientReady, finish);
}

/**
 * Repairs roles that drifted: a grant refused (50013, a role above the bot, Manage Roles missing), a
 * Discord outage, a restart between saving a profile and granting its roles, or a role changed by hand.
 * Runs at start-up and hourly; a server that fails is logged and tried again at the next run.
 */
export const roleReconcileJob = defineJob({
  name: 'roles.reconcile',
  payload: z.object({}),
  repeatEveryMs: ROLE_RECONCILE_EVERY_MS,
  async run(_payload, ctx) {
    await whenReady(ctx.client);
    for (const guild of ctx.client.guilds.cache.values()) {
      try {
        const report = await reconcileMemberRoles(guild, {}, ctx.logger);
        if (report.added + report.removed + report.failures.length === 0) continue;
        const summary = {
          guildId: guild.id,
          checked: report.checked,
          added: report.added,
          removed: report.removed,
          failures: report.failures.length,
        };
        if (report.failures.length > 0) ctx.logger.warn('Reconciled mentor roles; some changes failed', summary);
        else ctx.logger.info('Reconciled mentor roles', summary);
      } catch (error) {
        ctx.logger.error('Could not reconcile mentor roles', { guildId: guild.id, error });
      }
    }
  },
});
