import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { guildIdOf } from '../src/discord/actor.js';
import { defineCommand } from '../src/discord/command.js';
import { localized, localizedChoice } from '../src/discord/command-localization.js';
import { respond } from '../src/discord/respond.js';
import { translatorFor } from '../src/i18n/i18n.js';
import { LOCALE_NAMES, SUPPORTED_LOCALES, isAppLocale, resolveLocale } from '../src/i18n/locales.js';
import { localTimeNow, formatAvailability } from '../src/services/availability.js';
import { setMemberAvailability, setMemberTimezone } from '../src/services/member-profile.service.js';
import { pendingRequestsOf } from '../src/services/mentorship-request.service.js';
import { memberRequestsView } from '../src/views/mentorship-request.view.js';
import { timezoneChoices, timezoneOption } from '../src/discord/timezone-option.js';
import { userText } from '../src/views/format.js';

const subcommand = z.enum(['timezone', 'hours', 'requests', 'language']);

/** The `/me language` value that drops a chosen language and follows the Discord client again. */
const FOLLOW_DISCORD = 'discord';

export const meCommand = defineCommand({
  data: localized(new SlashCommandBuilder(), 'commands.me')
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) =>
      localized(sub, 'commands.me.timezone').addStringOption((o) =>
        localized(timezoneOption(o, true), 'commands.me.timezone.options.timezone'),
      ),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.me.hours').addStringOption((o) =>
        localized(o, 'commands.me.hours.options.hours').setRequired(true).setMaxLength(400),
      ),
    )
    .addSubcommand((sub) => localized(sub, 'commands.me.requests'))
    .addSubcommand((sub) =>
      localized(sub, 'commands.me.language').addStringOption((o) =>
        localized(o, 'commands.me.language.options.language')
          .setRequired(true)
          .addChoices(
            // Each language is offered under its own name, the same in every locale.
            ...SUPPORTED_LOCALES.map((locale) => ({ name: LOCALE_NAMES[locale], value: locale })),
            localizedChoice('commands.me.language.options.language.choices.discord', FOLLOW_DISCORD),
          ),
      ),
    )
    .toJSON(),
  defer: 'ephemeral',
  async execute(interaction, ctx) {
    const ref = { guildId: guildIdOf(interaction), userId: interaction.user.id };
    const sub = subcommand.parse(interaction.options.getSubcommand());
    const { t } = ctx.i18n;
    if (sub === 'requests') {
      const { requests, total } = await pendingRequestsOf(ref.guildId, ref.userId);
      await respond(interaction, memberRequestsView(ctx.i18n, requests, total));
      return;
    }
    if (sub === 'language') {
      const value = interaction.options.getString('language', true);
      const chosen = isAppLocale(value) ? value : null;
      await ctx.locales.choose({ userId: ref.userId, locale: chosen });
      // Answered in the language just chosen, so the member sees at once what they picked.
      const tr = translatorFor(chosen ?? resolveLocale(interaction.locale));
      await respond(interaction, {
        content:
          chosen === null
            ? tr.t('me.languageFollowsDiscord')
            : tr.t('me.languageChosen', { language: LOCALE_NAMES[chosen] }),
      });
      return;
    }
    if (sub === 'timezone') {
      const profile = await setMemberTimezone({ ...ref, timezone: interaction.options.getString('timezone', true) });
      const zone = profile.timezone ?? 'UTC';
      await respond(interaction, {
        content: t('me.timezoneSaved', { zone: userText(zone, 64), time: localTimeNow(zone, ctx.clock.now()).time }),
      });
      return;
    }
    const text = interaction.options.getString('hours', true).trim();
    const clear = ['clear', t('me.clearWord')].includes(text.toLowerCase());
    const profile = await setMemberAvailability({ ...ref, availability: clear ? null : text });
    await respond(interaction, {
      content:
        profile.availability.length === 0
          ? t('me.hoursCleared')
          : t('me.hoursSaved', {
              hours: userText(formatAvailability(profile.availability), 500),
              zone: userText(profile.timezone ?? 'UTC', 64),
            }),
    });
  },
  autocomplete(interaction) {
    return Promise.resolve(timezoneChoices(interaction.options.getFocused()));
  },
});
