import { InteractionContextType, type APIInteraction, type InteractionType, type Locale } from 'discord-api-types/v10';
import type { EmulatorCore } from '../core.js';
import { toApiChannel } from '../payloads/channel.js';
import { toInteractionMember } from '../payloads/member.js';
import { toApiMessage } from '../payloads/message.js';
import { toApiUser } from '../payloads/user.js';
import { channelPermissions } from '../permissions.js';
import type { ChannelRecord, MessageRecord } from '../state/records.js';

/** Ten MiB, the attachment limit of a server without boosts. */
const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

export interface InteractionEnvelope {
  id: string;
  token: string;
  type: InteractionType;
  userId: string;
  channel: ChannelRecord;
  data: unknown;
  /** For components and modals opened from components: the message, sent in full. */
  message?: MessageRecord;
  locale?: Locale;
}

/**
 * INTERACTION_CREATE as discord.js needs it: `channel` as an object (it ignores `channel_id`), `member` with
 * `user` and `permissions` in guilds or `user` in DMs, `entitlements`, `authorizing_integration_owners`,
 * `app_permissions`, locales, `version: 1`.
 */
export function buildInteractionPayload(core: EmulatorCore, envelope: InteractionEnvelope): APIInteraction {
  const { state, config } = core;
  const user = state.user(envelope.userId);
  if (!user) throw new Error(`Unknown user ${envelope.userId}`);
  const guildId = envelope.channel.guildId;
  const guild = guildId ? state.guild(guildId) : undefined;
  const member = guildId ? state.member(guildId, user.id) : undefined;
  if (guildId && !member) throw new Error(`${user.username} is not a member of guild ${guildId}`);
  const payload = {
    id: envelope.id,
    application_id: config.applicationId,
    type: envelope.type,
    data: envelope.data,
    channel: toApiChannel(state, envelope.channel),
    channel_id: envelope.channel.id,
    token: envelope.token,
    version: 1,
    app_permissions: channelPermissions(state, envelope.channel.id, config.botUserId).toString(),
    locale: envelope.locale ?? user.locale,
    entitlements: [],
    // Guild installs report the guild; in the bot's DMs the guild-install owner is "0".
    authorizing_integration_owners: { '0': guildId ?? '0' },
    context: guildId ? InteractionContextType.Guild : InteractionContextType.BotDM,
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
    ...(guild && member
      ? {
          guild_id: guild.id,
          guild: { id: guild.id, locale: guild.preferredLocale, features: [] },
          guild_locale: guild.preferredLocale,
          member: toInteractionMember(state, member, envelope.channel.id),
        }
      : { user: toApiUser(user) }),
    ...(envelope.message ? { message: toApiMessage(state, envelope.message) } : {}),
  };
  // The union of interaction shapes is keyed on `type` and `data`, which the callers build per kind.
  return payload as unknown as APIInteraction;
}
