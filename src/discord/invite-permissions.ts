import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from 'discord.js';

/**
 * Every permission the product uses (this slice and the features planned on it), asked for once at invite
 * so an admin never has to come back: its name in Discord's settings and why it is needed. The README
 * lists the same names and link; a unit test keeps them equal.
 */
export const INVITE_PERMISSION_REASONS = [
  [PermissionFlagsBits.ViewChannel, 'View Channels', 'see the channels it answers and posts in'],
  [PermissionFlagsBits.SendMessages, 'Send Messages', 'post shared search results, announcements and forum posts'],
  [PermissionFlagsBits.SendMessagesInThreads, 'Send Messages in Threads', 'talk in mentorship and circle threads'],
  [PermissionFlagsBits.CreatePublicThreads, 'Create Public Threads', 'open threads for open requests and office hours'],
  [
    PermissionFlagsBits.CreatePrivateThreads,
    'Create Private Threads',
    'give each mentorship and circle a private thread',
  ],
  [PermissionFlagsBits.ManageThreads, 'Manage Threads', 'archive threads that ended or went quiet'],
  [PermissionFlagsBits.EmbedLinks, 'Embed Links', 'show profiles and results as embeds'],
  [PermissionFlagsBits.AttachFiles, 'Attach Files', 'attach calendar (.ics) files and charts'],
  [PermissionFlagsBits.ReadMessageHistory, 'Read Message History', 'edit and pin its own earlier messages'],
  [PermissionFlagsBits.PinMessages, 'Pin Messages', "pin a mentorship's summary (Manage Messages no longer can)"],
  [PermissionFlagsBits.ManageRoles, 'Manage Roles', 'give mentor and specialty roles (its role must sit above them)'],
  [PermissionFlagsBits.ManageChannels, 'Manage Channels', 'create voice or stage channels for office hours'],
  [PermissionFlagsBits.CreateEvents, 'Create Events', 'create scheduled events for office hours'],
  [PermissionFlagsBits.ManageEvents, 'Manage Events', 'start, edit and end office-hours events created by hosts'],
  [PermissionFlagsBits.Connect, 'Connect', 'hold office hours in voice channels'],
  [PermissionFlagsBits.MuteMembers, 'Mute Members', 'run stage events (Discord requires it)'],
  [PermissionFlagsBits.MoveMembers, 'Move Members', 'run stage events (Discord requires it)'],
] as const;

/** The permissions integer of the invite link. */
export const INVITE_PERMISSIONS: bigint = new PermissionsBitField(INVITE_PERMISSION_REASONS.map(([flag]) => flag))
  .bitfield;

/** The link an admin opens to add the bot to a server with everything it will need. */
export function inviteUrl(clientId: string): string {
  const scopes = [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join('+');
  return `https://discord.com/oauth2/authorize?client_id=${clientId}&scope=${scopes}&permissions=${INVITE_PERMISSIONS}`;
}
