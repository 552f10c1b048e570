import {
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';
import type { Logger } from '../src/logger.js';
import { z } from 'zod';
import { actorOf, guildIdOf } from '../src/discord/actor.js';
import { defineCommand } from '../src/discord/command.js';
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
import { parseInput } from '../src/services/service-input.js';
import { pauseEndJob } from '../src/jobs/pause-end.job.js';
import { memberLabel, requestForMentor } from '../src/views/mentorship-request.view.js';
import { timezoneChoices, timezoneOption } from '../src/discord/timezone-option.js';
import { mentorDraftPanel } from '../src/views/mentor-draft.view.js';
import { findableNote, mentorProfileEmbed } from '../src/views/mentor-profile.view.js';
import { memberRoleNote } from '../src/views/role-report.view.js';

const detailOptions = (sub: SlashCommandSubcommandBuilder, required: boolean) =>
  sub
    .addStringOption((o) => timezoneOption(o, required))
    .addIntegerOption((o) =>
      o
        .setName('years')
        .setDescription('Years of experience in the field')
        .setMinValue(0)
        .setMaxValue(60)
        .setRequired(required),
    )
    .addIntegerOption((o) =>
      o
        .setName('capacity')
        .setDescription('How many mentees you can take at once (default 3)')
        .setMinValue(1)
        .setMaxValue(20),
    )
    .addStringOption((o) =>
      o.setName('languages').setDescription('Languages you mentor in, comma-separated (default: en)').setMaxLength(100),
    );

const subcommand = z.enum(['register', 'edit', 'pause', 'resume', 'retire', 'profile', 'requests', 'block', 'unblock']);
/** Requests listed at once, oldest first; the rest wait for the next look. */
const REQUESTS_SHOWN = 5;
const pauseOptions = z.object({
  until: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/u, 'Write the date as YYYY-MM-DD, like 2026-12-24.')
    .nullable(),
});

async function answerChange(
  interaction: ChatInputCommandInteraction,
  change: MentorChange,
  message: string,
  logger: Logger,
): Promise<void> {
  const roles = interaction.guild
    ? memberRoleNote(await reconcileMemberRoles(interaction.guild, { userIds: [interaction.user.id] }, logger))
    : '';
  await respond(interaction, {
    content: [message, findableNote(change.view)].filter(Boolean).join(' ') + roles,
    embeds: [mentorProfileEmbed(change.view, displayNameOf(interaction.member, interaction.user))],
  });
}

export const mentorCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('mentor')
    .setDescription('Offer your time as a mentor and manage your mentor profile')
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) =>
      detailOptions(sub.setName('register').setDescription('Become a mentor on this server'), true),
    )
    .addSubcommand((sub) => detailOptions(sub.setName('edit').setDescription('Change your mentor profile'), false))
    .addSubcommand((sub) =>
      sub
        .setName('pause')
        .setDescription('Stop receiving requests for a while')
        .addStringOption((o) =>
          o
            .setName('until')
            .setDescription('Resume automatically on this date (YYYY-MM-DD, your time zone)')
            .setMaxLength(10),
        ),
    )
    .addSubcommand((sub) => sub.setName('resume').setDescription('Take requests again after a pause'))
    .addSubcommand((sub) => sub.setName('retire').setDescription('Stop mentoring; your profile and history are kept'))
    .addSubcommand((sub) => sub.setName('requests').setDescription('Mentorship requests waiting for your answer'))
    .addSubcommand((sub) =>
      sub
        .setName('block')
        .setDescription('Stop a member from asking you for mentorship')
        .addUserOption((o) => o.setName('user').setDescription('The member').setRequired(true)),
    )
    .addSubcommand((sub) =>
      sub
        .setName('unblock')
        .setDescription('Let a member you blocked ask you again')
        .addUserOption((o) => o.setName('user').setDescription('The member').setRequired(true)),
    )
    .addSubcommand((sub) =>
      sub
        .setName('profile')
        .setDescription("See a mentor's profile")
        .addUserOption((o) => o.setName('user').setDescription('Whose profile (default: yours)')),
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
        await respond(interaction, mentorDraftPanel(panel));
        return;
      }
      case 'pause': {
        const { until } = parseInput(pauseOptions, { until: interaction.options.getString('until') });
        const change = await pauseMentor({ guildId, userId, until }, ctx.clock);
        const when = change.view.profile.pausedUntil;
        if (when) await ctx.jobs.schedule(pauseEndJob, when, { guildId, userId }, { uniqueBy: ['guildId', 'userId'] });
        await answerChange(interaction, change, 'Paused.', ctx.logger);
        return;
      }
      case 'resume': {
        const change = await resumeMentor({ guildId, userId }, ctx.clock);
        await ctx.jobs.cancel(pauseEndJob, { guildId, userId });
        await answerChange(interaction, change, 'Welcome back!', ctx.logger);
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
          'You have retired from mentoring. Thank you! `/mentor register` brings you back any time.' +
            (closed > 0 ? ` ${closed} waiting request(s) were closed and the members told.` : ''),
          ctx.logger,
        );
        return;
      }
      case 'block':
      case 'unblock': {
        const member = interaction.options.getUser('user', true);
        const ref = { guildId, mentorId: userId, memberId: member.id };
        if (sub === 'block') await blockMember(ref, ctx.clock);
        const lifted = sub === 'unblock' && (await unblockMember(ref));
        await respond(interaction, {
          content:
            sub === 'block'
              ? `${memberLabel(member.id, member.displayName)} can no longer ask you for mentorship. \`/mentor unblock\` lifts it.`
              : lifted
                ? `${memberLabel(member.id, member.displayName)} can ask you for mentorship again.`
                : `${memberLabel(member.id, member.displayName)} was not blocked.`,
        });
        return;
      }
      case 'requests': {
        // One message per request, so answering one redraws only that one.
        const { requests, total } = await pendingRequestsFor(guildId, userId, REQUESTS_SHOWN);
        const [first, ...rest] = requests.map((request) => requestForMentor(request));
        const header =
          total === 0
            ? 'No requests are waiting for you.'
            : `${total} request(s) waiting${total > requests.length ? `; here are the oldest ${requests.length}` : ''}:`;
        await respond(interaction, { content: header, ...first });
        for (const view of rest) await interaction.followUp({ ...view, flags: MessageFlags.Ephemeral });
        return;
      }
      case 'profile': {
        const user = interaction.options.getUser('user') ?? interaction.user;
        const member = user.id === interaction.user.id ? interaction.member : interaction.options.getMember('user');
        const view = await getMentorProfile({ guildId, userId: user.id, viewer: actorOf(interaction) }, ctx.clock);
        await respond(interaction, { embeds: [mentorProfileEmbed(view, displayNameOf(member, user))] });
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
