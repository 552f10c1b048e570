import type { APIVoiceState } from 'discord-api-types/v10';
import type { DiscordState } from '../state/discord-state.js';
import type { VoiceStateRecord } from '../state/records.js';
import { toApiMember } from './member.js';

export function toApiVoiceState(
  state: DiscordState,
  voiceState: Omit<VoiceStateRecord, 'channelId'> & { channelId: string | null },
): APIVoiceState {
  const member = state.member(voiceState.guildId, voiceState.userId);
  return {
    guild_id: voiceState.guildId,
    channel_id: voiceState.channelId,
    user_id: voiceState.userId,
    ...(member ? { member: toApiMember(state, member) } : {}),
    session_id: voiceState.sessionId,
    deaf: false,
    mute: false,
    self_deaf: voiceState.selfDeaf,
    self_mute: voiceState.selfMute,
    self_video: false,
    suppress: false,
    request_to_speak_timestamp: null,
  };
}
