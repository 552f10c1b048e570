import type { APIUser, UserFlags } from 'discord-api-types/v10';
import type { UserRecord } from '../state/records.js';
import { bitfield } from './bitfield.js';

export function toApiUser(user: UserRecord): APIUser {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: user.globalName,
    avatar: null,
    ...(user.bot ? { bot: true } : {}),
    public_flags: bitfield<UserFlags>(),
  };
}
