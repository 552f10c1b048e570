import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { guildIdOf } from '../src/discord/actor.js';
import { defineCommand } from '../src/discord/command.js';
import { respond } from '../src/discord/respond.js';
import { localTimeNow, formatAvailability } from '../src/services/availability.js';
import { setMemberAvailability, setMemberTimezone } from '../src/services/member-profile.service.js';
import { pendingRequestsOf } from '../src/services/mentorship-request.service.js';
import { memberRequestsView } from '../src/views/mentorship-request.view.js';
import { timezoneChoices, timezoneOption } from '../src/discord/timezone-option.js';
import { userText } from '../src/views/format.js';

const subcommand = z.enum(['timezone', 'hours', 'requests']);

export const meCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('me')
    .setDescription('What the bot knows about you, so matches fit your hours')
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) =>
      sub
        .setName('timezone')
        .setDescription('Set your time zone')
        .addStringOption((o) => timezoneOption(o, true)),
    )
    .addSubcommand((sub) =>
      sub
        .setName('hours')
        .setDescription('When you can meet a mentor each week, in your time zone')
        .addStringOption((o) =>
          o
            .setName('hours')
            .setDescription('Like "mon-fri 18:00-21:00, sat 10:00-12:00"; "clear" forgets them')
            .setRequired(true)
            .setMaxLength(400),
        ),
    )
    .addSubcommand((sub) =>
      sub.setName('requests').setDescription('Your mentorship requests waiting for an answer; withdraw one here'),
    )
    .toJSON(),
  defer: 'ephemeral',
  async execute(interaction, ctx) {
    const ref = { guildId: guildIdOf(interaction), userId: interaction.user.id };
    const sub = subcommand.parse(interaction.options.getSubcommand());
    if (sub === 'requests') {
      const { requests, total } = await pendingRequestsOf(ref.guildId, ref.userId);
      await respond(interaction, memberRequestsView(requests, total));
      return;
    }
    if (sub === 'timezone') {
      const profile = await setMemberTimezone({ ...ref, timezone: interaction.options.getString('timezone', true) });
      const zone = profile.timezone ?? 'UTC';
      await respond(interaction, {
        content: `Your time zone is now **${userText(zone, 64)}** (it is ${localTimeNow(zone, ctx.clock.now()).time} there). Mentor matches now favour your hours.`,
      });
      return;
    }
    const text = interaction.options.getString('hours', true).trim();
    const profile = await setMemberAvailability({ ...ref, availability: text.toLowerCase() === 'clear' ? null : text });
    await respond(interaction, {
      content:
        profile.availability.length === 0
          ? 'Your hours are cleared; matches assume 09:00 to 22:00 in your time zone.'
          : `Your hours are saved: ${userText(formatAvailability(profile.availability), 500)} (${userText(profile.timezone ?? 'UTC', 64)}).`,
    });
  },
  autocomplete(interaction) {
    return Promise.resolve(timezoneChoices(interaction.options.getFocused()));
  },
});
