import { ChannelType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { actorOf, guildIdOf } from '../src/discord/actor.js';
import { requireAssignableRole } from '../src/discord/assignable-role.js';
import { defineCommand } from '../src/discord/command.js';
import { InvalidInputError } from '../src/errors.js';
import { sendDirectMessage } from '../src/discord/direct-message.js';
import { applicationsChannelProblem } from '../src/discord/applications-channel.js';
import { memberDisplayNames } from '../src/discord/display-name.js';
import { reconcileMemberRoles } from '../src/discord/member-roles.js';
import { respond } from '../src/discord/respond.js';
import { updateMentorProgramSettings } from '../src/services/guild-settings.service.js';
import { approveMentor, listPendingApplications, rejectMentor } from '../src/services/mentor-profile.service.js';
import {
  MAX_REQUEST_COOLDOWN_DAYS,
  closePendingRequestsForMentor,
  setRequestCooldown,
} from '../src/services/mentorship-request.service.js';
import { requestNoticeQueue } from '../src/jobs/mentorship-request-notice.job.js';
import { userText } from '../src/views/format.js';
import { pendingApplicationsList } from '../src/views/mentor-application.view.js';
import { findableNote } from '../src/views/mentor-profile.view.js';
import { adminRoleReport, roleFailuresForAdmin } from '../src/views/role-report.view.js';

const subcommand = z.enum([
  'formal-program',
  'mentor-role',
  'applications-channel',
  'applications',
  'approve',
  'reject',
  'request-cooldown',
]);
/** Applications listed at once; each line can be long (five specialties), and an embed holds 4,096 characters. */
const APPLICATIONS_SHOWN = 5;

export const adminCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('admin')
    .setDescription('Run the mentor program on this server')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((sub) =>
      sub
        .setName('formal-program')
        .setDescription('Require admin approval for new mentors')
        .addBooleanOption((o) => o.setName('enabled').setDescription('On or off').setRequired(true)),
    )
    .addSubcommand((sub) =>
      sub
        .setName('mentor-role')
        .setDescription('The role every recognised mentor gets (needs Manage Roles too)')
        .addRoleOption((o) => o.setName('role').setDescription('The role (leave empty to clear)')),
    )
    .addSubcommand((sub) =>
      sub
        .setName('applications-channel')
        .setDescription('Where admins are told about new mentor applications')
        .addChannelOption((o) =>
          o
            .setName('channel')
            .setDescription('A text channel (leave empty to clear)')
            .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
        ),
    )
    .addSubcommand((sub) => sub.setName('applications').setDescription('Mentor applications waiting for a decision'))
    .addSubcommand((sub) =>
      sub
        .setName('request-cooldown')
        .setDescription('Days a declined member waits before asking the same mentor again (default 30)')
        .addIntegerOption((o) =>
          o
            .setName('days')
            .setDescription('0 turns the cooling-off off')
            .setRequired(true)
            .setMinValue(0)
            .setMaxValue(MAX_REQUEST_COOLDOWN_DAYS),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('approve')
        .setDescription("Approve a mentor's application")
        .addUserOption((o) => o.setName('user').setDescription('The applicant').setRequired(true)),
    )
    .addSubcommand((sub) =>
      sub
        .setName('reject')
        .setDescription("Turn down a mentor's application; they are told why")
        .addUserOption((o) => o.setName('user').setDescription('The applicant').setRequired(true))
        .addStringOption((o) =>
          o.setName('reason').setDescription('Why; the applicant reads this').setRequired(true).setMaxLength(500),
        ),
    )
    .toJSON(),
  defer: 'ephemeral',
  async execute(interaction, ctx) {
    const guildId = guildIdOf(interaction);
    const actor = actorOf(interaction);
    const sub = subcommand.parse(interaction.options.getSubcommand());
    if (sub === 'formal-program') {
      const enabled = interaction.options.getBoolean('enabled', true);
      const { settings } = await updateMentorProgramSettings({ guildId, actor, formalProgram: enabled });
      const channelProblem =
        enabled && interaction.guild
          ? applicationsChannelProblem(interaction.guild, settings.applicationsChannelId)
          : null;
      await respond(interaction, {
        content: enabled
          ? 'Formal program on: new mentors wait for approval (`/admin approve`, `/admin reject`; `/admin applications` lists them). Mentors already accepted stay.' +
            (channelProblem === null
              ? ` New applications are announced in <#${settings.applicationsChannelId ?? ''}>.`
              : `\n${channelProblem}`)
          : 'Formal program off: new mentors are offered as soon as they register.',
      });
      return;
    }
    if (sub === 'mentor-role') {
      const role = interaction.options.getRole('role');
      if (role) requireAssignableRole(interaction, role.id);
      const { previous } = await updateMentorProgramSettings({ guildId, actor, mentorRoleId: role?.id ?? null });
      const report = interaction.guild
        ? adminRoleReport(
            await reconcileMemberRoles(
              interaction.guild,
              { formerRoleIds: previous.mentorRoleId === null ? [] : [previous.mentorRoleId] },
              ctx.logger,
            ),
          )
        : '';
      await respond(interaction, {
        content: `${role ? `Every mentor gets <@&${role.id}> now.` : 'Mentors get no common role now.'}\n${report}`,
      });
      return;
    }
    if (sub === 'applications-channel') {
      const channel = interaction.options.getChannel('channel');
      const problem = channel && interaction.guild ? applicationsChannelProblem(interaction.guild, channel.id) : null;
      if (problem !== null) throw new InvalidInputError('channel', problem);
      await updateMentorProgramSettings({ guildId, actor, applicationsChannelId: channel?.id ?? null });
      await respond(interaction, {
        content: channel
          ? `New mentor applications are announced in <#${channel.id}>.`
          : 'New mentor applications are no longer announced; `/admin applications` still lists them.',
      });
      return;
    }
    if (sub === 'applications') {
      const { total, applications } = await listPendingApplications({ guildId, actor }, ctx.clock, APPLICATIONS_SHOWN);
      const names =
        interaction.guild && applications.length > 0
          ? await memberDisplayNames(
              interaction.guild,
              applications.map((view) => view.profile.userId),
            )
          : new Map<string, string>();
      await respond(
        interaction,
        pendingApplicationsList(
          total,
          applications.map((view) => ({ view, displayName: names.get(view.profile.userId) ?? view.profile.userId })),
        ),
      );
      return;
    }
    if (sub === 'request-cooldown') {
      const days = await setRequestCooldown({ guildId, actor, days: interaction.options.getInteger('days', true) });
      await respond(interaction, {
        content:
          days === 0
            ? 'Cooling-off off: a declined member may ask the same mentor again at once.'
            : `A declined member now waits ${days} day(s) before asking the same mentor again.`,
      });
      return;
    }
    const applicant = interaction.options.getUser('user', true);
    const decision =
      sub === 'approve'
        ? await approveMentor({ guildId, mentorUserId: applicant.id, actor }, ctx.clock)
        : await rejectMentor(
            { guildId, mentorUserId: applicant.id, actor, reason: interaction.options.getString('reason', true) },
            ctx.clock,
          );
    if (sub === 'reject') {
      await closePendingRequestsForMentor(guildId, applicant.id, 'rejected', {
        clock: ctx.clock,
        notices: requestNoticeQueue(ctx),
      });
    }
    const roles = interaction.guild
      ? roleFailuresForAdmin(await reconcileMemberRoles(interaction.guild, { userIds: [applicant.id] }, ctx.logger))
      : '';
    const serverName = userText(interaction.guild?.name ?? 'the server', 100);
    const notice = decision.applicantNotice;
    const told = await sendDirectMessage(
      ctx.client,
      applicant.id,
      {
        content:
          notice.outcome === 'approved'
            ? `Your mentor application on **${serverName}** was approved. ${findableNote(decision.view)}`
            : `Your mentor application on **${serverName}** was not approved.\nReason: ${userText(notice.reason ?? '', 500)}`,
      },
      ctx.logger,
    );
    await respond(interaction, {
      content:
        `${notice.outcome === 'approved' ? 'Approved' : 'Rejected'} <@${applicant.id}>'s application.` +
        (told
          ? ' They were told by direct message.'
          : " I couldn't message them (their DMs are closed); please tell them.") +
        roles,
    });
  },
});
