import type { Guild } from 'discord.js';
import type { Logger } from '../logger.js';
import { reputationSettings } from '../services/reputation/settings.service.js';
import { reconcileMemberRoles } from './member-roles.js';

/**
 * After points moved: gives or takes back the server's reputation roles of these members at once. Only
 * servers with reputation roles are touched; a failure is logged and repaired by the hourly reconcile.
 */
export async function refreshReputationRoles(guild: Guild | null, userIds: string[], logger: Logger): Promise<void> {
  if (guild === null) return;
  try {
    if ((await reputationSettings(guild.id)).roleThresholds.length === 0) return;
    const report = await reconcileMemberRoles(guild, { userIds }, logger);
    if (report.failures.length > 0)
      logger.warn('Some reputation roles could not be changed', { failures: report.failures });
  } catch (error) {
    logger.warn('Could not refresh reputation roles; the hourly reconcile will', { error });
  }
}
