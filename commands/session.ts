import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { MENTOR_FORMATS } from '../models/mentor-profile.model.js';
import { actorOf, guildIdOf } from '../src/discord/actor.js';
import { defineCommand } from '../src/discord/command.js';
import { localized, localizedChoice } from '../src/discord/command-localization.js';
import { sendDirectMessage } from '../src/discord/direct-message.js';
import { displayNames } from '../src/discord/member-names.js';
import { respond } from '../src/discord/respond.js';
import { InvalidInputError } from '../src/errors.js';
import { translatorFor } from '../src/i18n/i18n.js';
import {
  MAX_DAYS_AGO,
  MAX_NOTES_LENGTH,
  MAX_SESSION_MINUTES,
  MAX_TOPICS_LENGTH,
  logSession,
  pendingSessionsOf,
  sessionHistory,
} from '../src/services/reputation/session.service.js';
import { FORMAT_KEYS } from '../src/views/labels.js';
import {
  durationLabel,
  pendingSessionsMessage,
  sessionHistoryEmbed,
  sessionQuestion,
} from '../src/views/session.view.js';

const subcommand = z.enum(['log', 'pending', 'history']);
const format = z.enum(MENTOR_FORMATS).nullable();

export const sessionCommand = defineCommand({
  data: localized(new SlashCommandBuilder(), 'commands.session')
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) =>
      localized(sub, 'commands.session.log')
        .addUserOption((o) => localized(o, 'commands.session.log.options.with').setRequired(true))
        .addIntegerOption((o) =>
          localized(o, 'commands.session.log.options.minutes')
            .setRequired(true)
            .setMinValue(5)
            .setMaxValue(MAX_SESSION_MINUTES),
        )
        .addIntegerOption((o) =>
          localized(o, 'commands.session.log.options.daysAgo').setMinValue(0).setMaxValue(MAX_DAYS_AGO),
        )
        .addStringOption((o) =>
          localized(o, 'commands.session.log.options.format').addChoices(
            MENTOR_FORMATS.map((f) => localizedChoice(FORMAT_KEYS[f], f)),
          ),
        )
        .addStringOption((o) => localized(o, 'commands.session.log.options.topics').setMaxLength(MAX_TOPICS_LENGTH))
        .addStringOption((o) => localized(o, 'commands.session.log.options.notes').setMaxLength(MAX_NOTES_LENGTH)),
    )
    .addSubcommand((sub) => localized(sub, 'commands.session.pending'))
    .addSubcommand((sub) =>
      localized(sub, 'commands.session.history').addUserOption((o) =>
        localized(o, 'commands.session.history.options.user'),
      ),
    )
    .toJSON(),
  defer: 'ephemeral',
  async execute(interaction, ctx) {
    const tr = ctx.i18n;
    const guildId = guildIdOf(interaction);
    const sub = subcommand.parse(interaction.options.getSubcommand());
    if (sub === 'log') {
      const attendee = interaction.options.getUser('with', true);
      if (attendee.bot) throw new InvalidInputError('with', 'sessions.errors.bot');
      // Discord resolves any user id; only a member comes with its member data. A session with an outsider
      // (an alt that never joined) would be points confirmed by nobody the server knows.
      if (interaction.options.getMember('with') === null)
        throw new InvalidInputError('with', 'sessions.errors.notMember');
      const session = await logSession(
        {
          guildId,
          mentorId: interaction.user.id,
          attendeeId: attendee.id,
          requestId: interaction.id,
          durationMinutes: interaction.options.getInteger('minutes', true),
          daysAgo: interaction.options.getInteger('days-ago') ?? 0,
          format: format.parse(interaction.options.getString('format')),
          topics: interaction.options.getString('topics') ?? '',
          notes: interaction.options.getString('notes') ?? '',
        },
        ctx.clock,
      );
      const attendeeTr = translatorFor(await ctx.locales.forRecipient(attendee.id, interaction.guild?.preferredLocale));
      const delivered = await sendDirectMessage(
        ctx.client,
        attendee.id,
        sessionQuestion(attendeeTr, session, interaction.guild?.name ?? ''),
        ctx.logger,
      );
      await respond(interaction, {
        content: tr.t(delivered ? 'sessions.logged' : 'sessions.loggedNoDm', {
          user: attendee.id,
          duration: durationLabel(tr, session.durationMinutes),
          at: Math.floor(session.heldAt.getTime() / 1000),
        }),
      });
      return;
    }
    if (sub === 'pending') {
      await respond(interaction, pendingSessionsMessage(tr, await pendingSessionsOf(guildId, interaction.user.id)));
      return;
    }
    const user = interaction.options.getUser('user') ?? interaction.user;
    const history = await sessionHistory({ guildId, actor: actorOf(interaction), userId: user.id });
    const names = await displayNames(interaction.guild, [user.id]);
    await respond(interaction, { embeds: [sessionHistoryEmbed(tr, history, names.get(user.id) ?? user.username)] });
  },
});
