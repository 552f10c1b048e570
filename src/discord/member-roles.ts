import type { Guild } from 'discord.js';
import type { Logger } from '../logger.js';

export interface RoleChangeResult {
  failed: string[];
}

/**
 * Applies the role changes a service decided. A role the bot may not manage (above its own, or managed
 * by an integration) is reported back rather than thrown: the profile change itself already succeeded.
 */
export async function applyRoleChanges(
  guild: Guild,
  userId: string,
  changes: { rolesToAdd: readonly string[]; rolesToRemove: readonly string[] },
  logger: Logger,
): Promise<RoleChangeResult> {
  const failed: string[] = [];
  const apply = async (roleId: string, action: 'add' | 'remove') => {
    try {
      if (action === 'add') await guild.members.addRole({ user: userId, role: roleId });
      else await guild.members.removeRole({ user: userId, role: roleId });
    } catch (error) {
      failed.push(roleId);
      logger.warn('Could not change a member role', { roleId, action, targetUserId: userId, error });
    }
  };
  await Promise.all([
    ...changes.rolesToAdd.map((roleId) => apply(roleId, 'add')),
    ...changes.rolesToRemove.map((roleId) => apply(roleId, 'remove')),
  ]);
  return { failed };
}

export function roleFailureNote(result: RoleChangeResult): string {
  if (result.failed.length === 0) return '';
  const roles = result.failed.map((id) => `<@&${id}>`).join(', ');
  return `\nI couldn't update ${roles} for you: ask an admin to move my role above ${result.failed.length === 1 ? 'it' : 'them'}.`;
}
