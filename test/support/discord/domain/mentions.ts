import { PermissionFlagsBits } from 'discord-api-types/v10';
import type { DiscordState } from '../state/discord-state.js';
import type { MessagePings } from '../state/records.js';
import { channelPermissions, hasPermission } from '../permissions.js';
import type { AllowedMentions, MentionType } from '../validation/allowed-mentions.js';

const USER_MENTION = /<@!?(\d{17,20})>/g;
const ROLE_MENTION = /<@&(\d{17,20})>/g;
const EVERYONE_MENTION = /@(everyone|here)/;

export const NO_PINGS: MessagePings = Object.freeze({ users: [], roles: [], everyone: false });

export interface MentionContext {
  state: DiscordState;
  /** The text that can mention: content plus Text Display components. */
  texts: readonly string[];
  allowedMentions: AllowedMentions | null;
  /** Regular messages parse every mention type by default; interaction responses and webhooks only users. */
  defaultParse: readonly MentionType[];
  authorId: string;
  channelId: string;
  guildId: string | null;
  /** Author of the message replied to, pinged unless `allowed_mentions.replied_user` is false. */
  repliedUserId: string | null;
}

/**
 * Who a message notifies, by Discord's rules: a mention must appear in the text and be allowed by
 * `allowed_mentions` (or the default for the context); roles ping only if mentionable or the author may mention
 * everyone; @everyone/@here need MENTION_EVERYONE.
 */
export function resolveMentions(context: MentionContext): MessagePings {
  const { state, texts, allowedMentions } = context;
  const text = texts.join('\n');
  const parse = allowedMentions ? (allowedMentions.parse ?? []) : context.defaultParse;
  const allowedUsers = (id: string): boolean =>
    parse.includes('users') || (allowedMentions?.users.includes(id) ?? false);
  const allowedRoles = (id: string): boolean =>
    parse.includes('roles') || (allowedMentions?.roles.includes(id) ?? false);
  const canMentionEveryone =
    context.guildId !== null &&
    hasPermission(channelPermissions(state, context.channelId, context.authorId), PermissionFlagsBits.MentionEveryone);

  const users = unique([...text.matchAll(USER_MENTION)].map((match) => match[1] ?? '')).filter(
    (id) => allowedUsers(id) && state.user(id) !== undefined,
  );
  const repliedUserAllowed = allowedMentions ? allowedMentions.repliedUser : true;
  if (context.repliedUserId && repliedUserAllowed && !users.includes(context.repliedUserId))
    users.push(context.repliedUserId);

  const roles = unique([...text.matchAll(ROLE_MENTION)].map((match) => match[1] ?? '')).filter((id) => {
    const role = state.role(id);
    return role?.guildId === context.guildId && allowedRoles(id) && (role.mentionable || canMentionEveryone);
  });
  const everyone = EVERYONE_MENTION.test(text) && parse.includes('everyone') && canMentionEveryone;
  return { users, roles, everyone };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
