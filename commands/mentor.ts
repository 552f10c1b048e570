import {
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';
import type { Translator } from '../src/i18n/i18n.js';
import { messageKey } from '../src/i18n/message.js';
import type { Logger } from '../src/logger.js';
import { z } from 'zod';
import { actorOf, guildIdOf } from '../src/discord/actor.js';
import { defineCommand } from '../src/discord/command.js';
import { localized } from '../src/discord/command-localization.js';
import { displayNameOf } from '../src/discord/display-name.js';
import { reconcileMemberRoles } from '../src/discord/member-roles.js';
import { respond } from '../src/discord/respond.js';
import { startMentorDraft } from '../src/services/mentor-draft.service.js';
import {
  getMentorProfile,
  pauseMentor,
  resumeMentor,
  retireMentor,
  type MentorChange,
} from '../src/services/mentor-profile.service.js';
import { blockMember, unblockMember } from '../src/services/mentor-block.service.js';
import { closePendingRequestsForMentor, pendingRequestsFor } from '../src/services/mentorship-request.service.js';
import { requestNoticeQueue } from '../src/jobs/mentorship-request-notice.job.js';
import { sessionTotals } from '../src/services/reputation/session.service.js';
import { parseInput } from '../src/services/service-input.js';
import { pauseEndJob } from '../src/jobs/pause-end.job.js';
import { memberLabel, requestForMentor } from '../src/views/mentorship-request.view.js';
import { timezoneChoices, timezoneOption } from '../src/discord/timezone-option.js';
import { mentorDraftPanel } from '../src/views/mentor-draft.view.js';
import { findableNote, mentorProfileEmbed } from '../src/views/mentor-profile.view.js';
import { memberRoleNote } from '../src/views/role-report.view.js';

const detailOptions = (sub: SlashCommandSubcommandBuilder, required: boolean) =>
  sub
    .addStringOption((o) => localized(timezoneOption(o, required), 'commands.mentor.details.timezone'))
    .addIntegerOption((o) =>
      localized(o, 'commands.mentor.details.years').setMinValue(0).setMaxValue(60).setRequired(required),
    )
    .addIntegerOption((o) => localized(o, 'commands.mentor.details.capacity').setMinValue(1).setMaxValue(20))
    .addStringOption((o) => localized(o, 'commands.mentor.details.languages').setMaxLength(100));

const subcommand = z.enum(['register', 'edit', 'pause', 'resume', 'retire', 'profile', 'requests', 'block', 'unblock']);
/** Requests listed at once, oldest first; the rest wait for the next look. */
const REQUESTS_SHOWN = 5;
const pauseOptions = z.object({
  until: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/u, messageKey('mentor.errors.pauseDate'))
    .nullable(),
});

async function answerChange(
  interaction: ChatInputCommandInteraction,
  change: MentorChange,
  message: string,
  { i18n, logger }: { i18n: Translator; logger: Logger },
): Promise<void> {
  const roles = interaction.guild
    ? memberRoleNote(i18n, await reconcileMemberRoles(interaction.guild, { userIds: [interaction.user.id] }, logger))
    : '';
  await respond(interaction, {
    content: [message, findableNote(i18n, change.view)].filter(Boolean).join(' ') + roles,
    embeds: [mentorProfileEmbed(i18n, change.view, displayNameOf(interaction.member, interaction.user))],
  });
}

export const mentorCommand = defineCommand({
  data: localized(new SlashCommandBuilder(), 'commands.mentor')
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) => detailOptions(localized(sub, 'commands.mentor.register'), true))
    .addSubcommand((sub) => detailOptions(localized(sub, 'commands.mentor.edit'), false))
    .addSubcommand((sub) =>
      localized(sub, 'commands.mentor.pause').addStringOption((o) =>
        localized(o, 'commands.mentor.pause.options.until').setMaxLength(10),
      ),
    )
    .addSubcommand((sub) => localized(sub, 'commands.mentor.resume'))
    .addSubcommand((sub) => localized(sub, 'commands.mentor.retire'))
    .addSubcommand((sub) => localized(sub, 'commands.mentor.requests'))
    .addSubcommand((sub) =>
      localized(sub, 'commands.mentor.block').addUserOption((o) =>
        localized(o, 'commands.mentor.block.options.user').setRequired(true),
      ),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.mentor.unblock').addUserOption((o) =>
        localized(o, 'commands.mentor.unblock.options.user').setRequired(true),
      ),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.mentor.profile').addUserOption((o) =>
        localized(o, 'commands.mentor.profile.options.user'),
      ),
    )
    .toJSON(),
  defer: 'ephemeral',
  async execute(interaction, ctx) {
    const guildId = guildIdOf(interaction);
    const userId = interaction.user.id;
    const sub = subcommand.parse(interaction.options.getSubcommand());
    switch (sub) {
      case 'register':
      case 'edit': {
        const timezone = interaction.options.getString('timezone');
        const years = interaction.options.getInteger('years');
        const capacity = interaction.options.getInteger('capacity');
        const languages = interaction.options.getString('languages');
        const panel = await startMentorDraft(
          {
            guildId,
            userId,
            mode: sub,
            ...(timezone === null ? {} : { timezone }),
            ...(years === null ? {} : { yearsExperience: years }),
            ...(capacity === null ? {} : { capacity }),
            ...(languages === null ? {} : { languages }),
          },
          ctx.clock,
        );
        await respond(interaction, mentorDraftPanel(ctx.i18n, panel));
        return;
      }
      case 'pause': {
        const { until } = parseInput(pauseOptions, { until: interaction.options.getString('until') });
        const change = await pauseMentor({ guildId, userId, until }, ctx.clock);
        const when = change.view.profile.pausedUntil;
        if (when) await ctx.jobs.schedule(pauseEndJob, when, { guildId, userId }, { uniqueBy: ['guildId', 'userId'] });
        await answerChange(interaction, change, ctx.i18n.t('mentor.replies.paused'), ctx);
        return;
      }
      case 'resume': {
        const change = await resumeMentor({ guildId, userId }, ctx.clock);
        await ctx.jobs.cancel(pauseEndJob, { guildId, userId });
        await answerChange(interaction, change, ctx.i18n.t('mentor.replies.resumed'), ctx);
        return;
      }
      case 'retire': {
        const change = await retireMentor({ guildId, userId }, ctx.clock);
        const closed = await closePendingRequestsForMentor(guildId, userId, 'retired', {
          clock: ctx.clock,
          notices: requestNoticeQueue(ctx),
        });
        await answerChange(
          interaction,
          change,
          ctx.i18n.t('mentor.replies.retired') +
            (closed > 0 ? ` ${ctx.i18n.t('mentor.replies.requestsClosed', { count: closed })}` : ''),
          ctx,
        );
        return;
      }
      case 'block':
      case 'unblock': {
        const member = interaction.options.getUser('user', true);
        const ref = { guildId, mentorId: userId, memberId: member.id };
        if (sub === 'block') await blockMember(ref, ctx.clock);
        const lifted = sub === 'unblock' && (await unblockMember(ref));
        const key = sub === 'block' ? 'blocked' : lifted ? 'unblocked' : 'notBlocked';
        await respond(interaction, {
          content: ctx.i18n.t(`mentor.replies.${key}`, { member: memberLabel(member.id, member.displayName) }),
        });
        return;
      }
      case 'requests': {
        // One message per request, so answering one redraws only that one.
        const { requests, total } = await pendingRequestsFor(guildId, userId, REQUESTS_SHOWN);
        const [first, ...rest] = requests.map((request) => requestForMentor(ctx.i18n, request));
        const header =
          total === 0
            ? ctx.i18n.t('mentor.replies.noRequests')
            : total > requests.length
              ? ctx.i18n.t('mentor.replies.requestsOldest', { count: requests.length, total })
              : ctx.i18n.t('mentor.replies.requestsWaiting', { count: total });
        await respond(interaction, { content: header, ...first });
        for (const view of rest) await interaction.followUp({ ...view, flags: MessageFlags.Ephemeral });
        return;
      }
      case 'profile': {
        const user = interaction.options.getUser('user') ?? interaction.user;
        const member = user.id === interaction.user.id ? interaction.member : interaction.options.getMember('user');
        const view = await getMentorProfile({ guildId, userId: user.id, viewer: actorOf(interaction) }, ctx.clock);
        const sessions = await sessionTotals(guildId, user.id);
        await respond(interaction, {
          embeds: [mentorProfileEmbed(ctx.i18n, view, displayNameOf(member, user), sessions)],
        });
        return;
      }
    }
  },
  autocomplete(interaction) {
    const focused = interaction.options.getFocused(true);
    if (focused.name !== 'timezone') return Promise.resolve([]);
    return Promise.resolve(timezoneChoices(focused.value));
  },
});
