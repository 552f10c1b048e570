/** Thanks between members and the rules that keep them meaningful. */
export const thanks = {
  refusals: {
    self: "You can't thank yourself.",
    bot: 'Bots do not collect thanks; thank the member who helped you.',
    tooNew:
      'Members can give thanks after {{days}} days on the server. You can start <t:{{until}}:R>; until then, a kind message says it too.',
    cooldown: 'You already thanked <@{{user}}> recently. You can thank them again <t:{{until}}:R>.',
    dailyCap:
      'You gave {{max}} thanks in the last 24 hours, the most a day. Your next one is possible <t:{{until}}:R>.',
    noAuthor: 'That message has no member to thank.',
    notMember: 'Only members of this server can be thanked here.',
  },
  given: '<@{{giver}}> thanked <@{{receiver}}>!',
  givenFor: '<@{{giver}}> thanked <@{{receiver}}> for this help: {{link}}',
  givenReason: '<@{{giver}}> thanked <@{{receiver}}>: {{reason}}',
  sent: 'Your thanks is posted in the channel.',
  weighsLess:
    'Counted. Thanks between members who have not had a mentorship or a session together weigh less on the leaderboard.',
} as const;
