/**
 * Where a mentor stands: the Discord roles the bot gives them (and why one could not be given or taken),
 * and whether members can find them now.
 */
export const standing = {
  permissions: {
    administrator: 'Administrator',
    manageServer: 'Manage Server',
    manageRoles: 'Manage Roles',
    manageChannels: 'Manage Channels',
    manageMessages: 'Manage Messages',
    manageWebhooks: 'Manage Webhooks',
    banMembers: 'Ban Members',
    kickMembers: 'Kick Members',
    timeoutMembers: 'Timeout Members',
    mentionEveryone: 'Mention Everyone',
  },
  roleProblems: {
    deleted: "I can't see that role. Pick one from this server.",
    everyone: '{{role}} is everyone; pick a role that marks mentors.',
    integration: '{{role}} belongs to an integration, so nobody can give it.',
    powerful:
      '{{role}} carries {{permissions}}; mentor roles are given to anyone who registers, so pick one without them.',
    aboveBot:
      '{{role}} is not below my highest role. Move my role above it in Server Settings > Roles, then try again.',
    botLacksManageRoles:
      "I don't have the Manage Roles permission, so I can't give {{role}} to anyone. Give my role Manage Roles in Server Settings > Roles, then try again.",
    aboveActor: '{{role}} is not below your highest role, so you cannot have me give it.',
  },
  reasons: {
    deleted: 'the role was deleted',
    everyone: 'it is @everyone',
    integration: 'it belongs to an integration',
    powerful: 'it carries {{permissions}}, rights I never hand out',
    aboveBot: 'my highest role is not above it',
    botLacksManageRoles: "I don't have the Manage Roles permission on this server",
    discordRefusedPermissions: 'Discord refused: I lack Manage Roles or my role is not above it',
    discordRefused: 'Discord refused (error {{code}})',
    discordUnavailable: 'Discord did not answer',
  },
  fixes: {
    pickAnother:
      'pick another role with `/$t(commands.admin.name) $t(commands.admin.mentorRole.name)` or `/$t(commands.specialty.name) $t(commands.specialty.role.name)`',
    pickSafe:
      'pick a safe role with `/$t(commands.admin.name) $t(commands.admin.mentorRole.name)` or `/$t(commands.specialty.name) $t(commands.specialty.role.name)`',
    moveAbove: 'move my role above it in Server Settings > Roles',
    grantManageRoles: 'give my role Manage Roles in Server Settings > Roles',
    nothing: 'nothing; it was a hiccup',
  },
  roleList: '{{roles}} and {{count}} more',
  member: {
    give: "I couldn't give you {{roles}}: {{reason}}.",
    take: "I couldn't take away {{roles}}: {{reason}}.",
    later: 'An admin can fix that; I check roles every hour and will update yours by myself.',
  },
  admin: {
    summary_one: 'Roles checked for {{count}} member: {{added}} given, {{removed}} taken away.',
    summary_other: 'Roles checked for {{count}} members: {{added}} given, {{removed}} taken away.',
    give_one: "Couldn't give {{roles}} ({{count}} member): {{reason}}. To fix: {{fix}}.",
    give_other: "Couldn't give {{roles}} ({{count}} members): {{reason}}. To fix: {{fix}}.",
    take_one: "Couldn't take away {{roles}} ({{count}} member): {{reason}}. To fix: {{fix}}.",
    take_other: "Couldn't take away {{roles}} ({{count}} members): {{reason}}. To fix: {{fix}}.",
    more_one: '…and {{count}} more problem; see the logs.',
    more_other: '…and {{count}} more problems; see the logs.',
    later: 'I check roles every hour and finish what is left by myself once it is fixed.',
  },
  findable: {
    now: 'Members can find you with `/$t(commands.mentors.name) $t(commands.mentors.find.name)` now.',
    notNow: 'Members cannot find you right now: {{reasons}}.',
    pending: 'your application waits for an admin to approve it (you will get a message when they decide)',
    rejected: 'your application was not approved',
    pausedUntil:
      'you are paused until {{until}} (`/$t(commands.mentor.name) $t(commands.mentor.resume.name)` to come back sooner)',
    paused: 'you are paused (`/$t(commands.mentor.name) $t(commands.mentor.resume.name)` when you are back)',
    full: 'all your places are taken ({{used}} of {{total}}; you are offered again when one frees up, or raise your capacity with `/$t(commands.mentor.name) $t(commands.mentor.edit.name)`)',
  },
} as const;
