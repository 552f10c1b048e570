import {
  InteractionType,
  MessageReferenceType,
  type ChannelType,
  type MessageFlags,
  type APIGuildMember,
  type APIMessage,
  type APIMessageInteractionMetadata,
  type APIUser,
} from 'discord-api-types/v10';
import type { DiscordState } from '../state/discord-state.js';
import type { InteractionRecord, MessageRecord } from '../state/records.js';
import { bitfield } from './bitfield.js';
import { toApiChannel } from './channel.js';
import { toApiMember } from './member.js';
import { toApiUser } from './user.js';

export function toApiMessage(state: DiscordState, message: MessageRecord): APIMessage {
  const author = state.user(message.authorId);
  if (!author) throw new Error(`Message ${message.id} has an unknown author ${message.authorId}`);
  const thread = message.threadId ? state.channel(message.threadId) : undefined;
  const referenced = message.referencedMessageId ? state.message(message.referencedMessageId) : undefined;
  const interaction = message.interaction ? state.interaction(message.interaction.interactionId) : undefined;
  return {
    id: message.id,
    channel_id: message.channelId,
    author: toApiUser(author),
    content: message.content,
    timestamp: message.createdAt.toISOString(),
    edited_timestamp: message.editedAt?.toISOString() ?? null,
    tts: message.tts,
    mention_everyone: message.mentions.everyone,
    mentions: message.mentions.users.flatMap((userId) => apiUserList(state, userId)),
    mention_roles: [...message.mentions.roles],
    attachments: message.attachments.map((attachment) => ({
      id: attachment.id,
      filename: attachment.filename,
      size: 0,
      url: `https://cdn.discordapp.com/attachments/${message.channelId}/${attachment.id}/${attachment.filename}`,
      proxy_url: `https://media.discordapp.net/attachments/${message.channelId}/${attachment.id}/${attachment.filename}`,
    })),
    embeds: message.embeds,
    components: message.components,
    pinned: message.pinnedAt !== null,
    type: message.type,
    flags: bitfield<MessageFlags>(message.flags),
    ...(message.webhookId ? { webhook_id: message.webhookId, application_id: message.webhookId } : {}),
    ...(referenced
      ? {
          message_reference: {
            type: MessageReferenceType.Default,
            message_id: referenced.id,
            channel_id: referenced.channelId,
            ...guildIdOf(referenced),
          },
          referenced_message: toApiMessage(state, { ...referenced, referencedMessageId: null }),
        }
      : {}),
    ...(thread ? { thread: toApiChannel(state, thread) } : {}),
    ...(interaction ? interactionFields(state, interaction, message.id) : {}),
  };
}

/**
 * MESSAGE_CREATE/UPDATE carry `guild_id`, the author's member (without `user`) and `channel_type` on top of
 * the message; discord.js needs `channel_type` to build an uncached DM channel (with the Channel partial).
 */
export type GatewayMessage = APIMessage & {
  guild_id?: string;
  member?: Omit<APIGuildMember, 'user'>;
  channel_type?: ChannelType;
};

export function toGatewayMessage(state: DiscordState, message: MessageRecord): GatewayMessage {
  const channelType = state.channel(message.channelId)?.type;
  const apiMessage = {
    ...toApiMessage(state, message),
    ...(channelType === undefined ? {} : { channel_type: channelType }),
  };
  if (!message.guildId) return apiMessage;
  const member = state.member(message.guildId, message.authorId);
  if (!member) return { ...apiMessage, guild_id: message.guildId };
  const { user: _user, ...partialMember } = toApiMember(state, member);
  return { ...apiMessage, guild_id: message.guildId, member: partialMember };
}

function apiUserList(state: DiscordState, userId: string): APIUser[] {
  const user = state.user(userId);
  return user ? [toApiUser(user)] : [];
}

function guildIdOf(message: MessageRecord): { guild_id?: string } {
  return message.guildId ? { guild_id: message.guildId } : {};
}

function interactionFields(
  state: DiscordState,
  interaction: InteractionRecord,
  messageId: string,
): Partial<APIMessage> {
  const isFollowUp = interaction.originalMessageId !== messageId;
  return {
    interaction_metadata: {
      ...interactionMetadata(state, interaction),
      ...(isFollowUp && interaction.originalMessageId
        ? { original_response_message_id: interaction.originalMessageId }
        : {}),
    },
  };
}

function interactionMetadata(state: DiscordState, interaction: InteractionRecord): APIMessageInteractionMetadata {
  const user = state.user(interaction.userId);
  if (!user) throw new Error(`Interaction ${interaction.id} has an unknown user`);
  const base = {
    id: interaction.id,
    user: toApiUser(user),
    authorizing_integration_owners: interaction.payload.authorizing_integration_owners,
  };
  if (interaction.type === InteractionType.MessageComponent) {
    return {
      ...base,
      type: InteractionType.MessageComponent,
      interacted_message_id: interaction.sourceMessageId ?? '',
    };
  }
  if (interaction.type === InteractionType.ModalSubmit) {
    const opener = interaction.openedBy ? state.interaction(interaction.openedBy) : undefined;
    const triggering = opener ? interactionMetadata(state, opener) : undefined;
    if (triggering && triggering.type !== InteractionType.ModalSubmit) {
      return { ...base, type: InteractionType.ModalSubmit, triggering_interaction_metadata: triggering };
    }
  }
  return { ...base, type: InteractionType.ApplicationCommand };
}
