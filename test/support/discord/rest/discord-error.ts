import { RESTJSONErrorCodes } from 'discord-api-types/v10';

/** A nested `errors` tree as Discord sends it: `{ embeds: { 0: { title: { _errors: [...] } } } }`. */
export interface FormErrorTree {
  [key: string]: FormErrorTree | { code: string; message: string }[];
}

/** An error answered with Discord's JSON shape `{ code, message, errors? }`. */
export class DiscordHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: FormErrorTree,
  ) {
    super(message);
    this.name = 'DiscordHttpError';
  }

  get body(): { code: number; message: string; errors?: FormErrorTree } {
    return { code: this.code, message: this.message, ...(this.errors ? { errors: this.errors } : {}) };
  }
}

const error = (status: number, code: number, message: string) => (): DiscordHttpError =>
  new DiscordHttpError(status, code, message);

/** The errors the emulator answers, with Discord's codes and wording. */
export const DiscordErrors = {
  unauthorized: error(401, 0, '401: Unauthorized'),
  notFound: error(404, 0, '404: Not Found'),
  methodNotAllowed: error(405, 0, '405: Method Not Allowed'),
  invalidJson: error(400, RESTJSONErrorCodes.RequestBodyContainsInvalidJSON, 'The request body contains invalid JSON.'),
  unknownChannel: error(404, RESTJSONErrorCodes.UnknownChannel, 'Unknown Channel'),
  unknownGuild: error(404, RESTJSONErrorCodes.UnknownGuild, 'Unknown Guild'),
  unknownMember: error(404, RESTJSONErrorCodes.UnknownMember, 'Unknown Member'),
  unknownMessage: error(404, RESTJSONErrorCodes.UnknownMessage, 'Unknown Message'),
  unknownRole: error(404, RESTJSONErrorCodes.UnknownRole, 'Unknown Role'),
  unknownEmoji: error(404, RESTJSONErrorCodes.UnknownEmoji, 'Unknown Emoji'),
  unknownUser: error(404, RESTJSONErrorCodes.UnknownUser, 'Unknown User'),
  unknownWebhook: error(404, RESTJSONErrorCodes.UnknownWebhook, 'Unknown Webhook'),
  unknownInteraction: error(404, RESTJSONErrorCodes.UnknownInteraction, 'Unknown interaction'),
  unknownCommand: error(404, RESTJSONErrorCodes.UnknownApplicationCommand, 'Unknown application command'),
  unknownScheduledEvent: error(404, RESTJSONErrorCodes.UnknownGuildScheduledEvent, 'Unknown Guild Scheduled Event'),
  invalidRole: error(400, RESTJSONErrorCodes.InvalidRole, 'Invalid Role'),
  missingAccess: error(403, RESTJSONErrorCodes.MissingAccess, 'Missing Access'),
  maximumPins: error(
    400,
    RESTJSONErrorCodes.MaximumNumberOfPinsReachedForTheChannel,
    'Maximum number of pins reached (250)',
  ),
  pinInOtherChannel: error(
    400,
    RESTJSONErrorCodes.MessageCanOnlyBePinnedInTheChannelItWasSentIn,
    'A message can only be pinned to the channel it was sent in',
  ),
  systemMessage: error(
    400,
    RESTJSONErrorCodes.CannotExecuteActionOnSystemMessage,
    'Cannot execute action on a system message',
  ),
  missingPermissions: error(403, RESTJSONErrorCodes.MissingPermissions, 'Missing Permissions'),
  cannotEditOthersMessage: error(
    403,
    RESTJSONErrorCodes.CannotEditMessageAuthoredByAnotherUser,
    'Cannot edit a message authored by another user',
  ),
  emptyMessage: error(400, RESTJSONErrorCodes.CannotSendAnEmptyMessage, 'Cannot send an empty message'),
  cannotMessageUser: error(403, RESTJSONErrorCodes.CannotSendMessagesToThisUser, 'Cannot send messages to this user'),
  nonTextChannel: error(
    400,
    RESTJSONErrorCodes.CannotSendMessagesInNonTextChannel,
    'Cannot send messages in a non-text channel',
  ),
  invalidWebhookToken: error(401, RESTJSONErrorCodes.InvalidWebhookToken, 'Invalid Webhook Token'),
  alreadyAcknowledged: error(
    400,
    RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
    'Interaction has already been acknowledged.',
  ),
  wrongChannelType: error(
    400,
    RESTJSONErrorCodes.CannotExecuteActionOnThisChannelType,
    'Cannot execute action on this channel type',
  ),
  threadAlreadyCreated: error(
    400,
    RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage,
    'A thread has already been created for this message',
  ),
  threadArchived: error(
    400,
    RESTJSONErrorCodes.InvalidActionOnArchivedThread,
    'Cannot perform this action on an archived thread',
  ),
  threadLocked: error(403, RESTJSONErrorCodes.ThreadLocked, 'Thread is locked'),
} as const;
