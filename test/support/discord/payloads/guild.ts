import type { GuildSystemChannelFlags } from 'discord-api-types/v10';
import {
  GatewayIntentBits,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildVerificationLevel,
  type APIGuild,
  type GatewayGuildCreateDispatchData,
} from 'discord-api-types/v10';
import type { DiscordState } from '../state/discord-state.js';
import type { GuildRecord } from '../state/records.js';
import { bitfield } from './bitfield.js';
import { toApiChannel } from './channel.js';
import { toApiEmoji } from './emoji.js';
import { toApiMember } from './member.js';
import { toApiRole } from './role.js';
import { toApiScheduledEvent } from './scheduled-event.js';
import { toApiVoiceState } from './voice-state.js';

export function toApiGuild(state: DiscordState, guild: GuildRecord): APIGuild {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: state.guildRoles(guild.id).map(toApiRole),
    emojis: state.guildEmojis(guild.id).map(toApiEmoji),
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: bitfield<GuildSystemChannelFlags>(),
    rules_channel_id: null,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: guild.preferredLocale,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
  };
}

/**
 * GUILD_CREATE as Discord sends it after READY. Without GUILD_PRESENCES the member list holds only the bot
 * and members in voice; a bot that needs everyone must request them (op 8 or REST).
 */
export function toGuildCreate(
  state: DiscordState,
  guild: GuildRecord,
  botUserId: string,
  intents: number,
): GatewayGuildCreateDispatchData {
  const voiceStates = state.guildVoiceStates(guild.id);
  const allMembers = state.guildMembers(guild.id);
  const hasPresences = (intents & GatewayIntentBits.GuildPresences) !== 0;
  const members = hasPresences
    ? allMembers
    : allMembers.filter(
        (member) => member.userId === botUserId || voiceStates.some((voice) => voice.userId === member.userId),
      );
  const joinedAt = state.member(guild.id, botUserId)?.joinedAt ?? new Date();
  return {
    ...toApiGuild(state, guild),
    joined_at: joinedAt.toISOString(),
    large: false,
    unavailable: false,
    member_count: allMembers.length,
    voice_states: voiceStates.map((voiceState) => {
      const { guild_id: _guildId, member: _member, ...rest } = toApiVoiceState(state, voiceState);
      return rest;
    }),
    members: members.map((member) => toApiMember(state, member)),
    channels: state
      .guildChannels(guild.id)
      .map((channel) => toApiChannel(state, channel)) as GatewayGuildCreateDispatchData['channels'],
    threads: state
      .threads(guild.id)
      .filter((thread) => thread.thread?.archived === false)
      .map((thread) => toApiChannel(state, thread)) as GatewayGuildCreateDispatchData['threads'],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: state.guildScheduledEvents(guild.id).map((event) => toApiScheduledEvent(state, event)),
    soundboard_sounds: [],
  };
}
